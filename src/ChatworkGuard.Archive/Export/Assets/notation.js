/* ChatworkGuard evidence page: Chatwork notation rendered as Chatwork shows it.
   renderNotation(body, context) -> DocumentFragment, built with DOM calls only (never innerHTML), so no text
   from a message can become markup. One pass over the body with an explicit stack (no recursion): 100-deep
   nesting and 65,535-character bodies render without growing the call stack. Unknown or unbalanced tags stay
   as the text they are.
   context: { members: { accountId: name }, files: { fileId: { sha256, name } }, label: function (key) -> text or null } */
(function (global) {
  'use strict';

  var MAX_DEPTH = 64;        // deeper containers are shown flat (their tags as text)
  var MAX_LENGTH = 200000;   // beyond this, the rest of a body is shown as plain text
  var TAG = /\[(\/?)([A-Za-z]+)(?::([^\]\s]{0,64}))?((?:\s+[A-Za-z]+=[^\]\s]{0,64}){0,4})\]/g;
  var CONTAINERS = { info: 'div', title: 'div', qt: 'blockquote', code: 'pre', download: 'span', task: 'div' };

  function attrs(text) {
    var out = {};
    (text || '').replace(/([A-Za-z]+)=([^\]\s]*)/g, function (_, name, value) { out[name.toLowerCase()] = value; return ''; });
    return out;
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function nameOf(context, id) {
    var members = (context && context.members) || {};
    return Object.prototype.hasOwnProperty.call(members, id) ? members[id] : '#' + id;
  }

  function jst(seconds) {
    var n = Number(seconds);
    if (!isFinite(n) || n <= 0) { return ''; }
    return new Date((n + 9 * 3600) * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' JST';
  }

  function chip(kind, label, name, id) {
    var node = el('span', 'cw-chip cw-' + kind);
    node.appendChild(el('b', null, label));
    node.appendChild(document.createTextNode(' ' + name));
    node.setAttribute('data-aid', id);
    return node;
  }

  function label(context, key) {
    return context && typeof context.label === 'function' ? context.label(key) : null;
  }

  function renderNotation(body, context) {
    var root = document.createDocumentFragment();
    var text = body === null || body === undefined ? '' : String(body);
    var rest = '';
    if (text.length > MAX_LENGTH) { rest = text.slice(MAX_LENGTH); text = text.slice(0, MAX_LENGTH); }
    var stack = [{ name: null, node: root }];
    var last = 0;
    var flat = {};
    var match;

    function top() { return stack[stack.length - 1].node; }
    function append(node) { top().appendChild(node); }
    function appendText(value) { if (value) { append(document.createTextNode(value)); } }
    function open(name, node) {
      append(node);
      stack.push({ name: name, node: node });
    }

    TAG.lastIndex = 0;
    while ((match = TAG.exec(text)) !== null) {
      var whole = match[0];
      var closing = match[1] === '/';
      var name = match[2].toLowerCase();
      var value = match[3];
      var attributes = attrs(match[4]);
      appendText(text.slice(last, match.index));
      last = match.index + whole.length;

      if (closing) {
        if (flat[name] > 0) { flat[name]--; appendText(whole); continue; }
        var depth = -1;
        for (var i = stack.length - 1; i > 0; i--) { if (stack[i].name === name) { depth = i; break; } }
        if (depth > 0) { stack.length = depth; } else { appendText(whole); }
        continue;
      }

      if (name === 'code' && value === undefined) {
        // Nothing inside [code] is notation: everything up to [/code] is shown as written.
        var end = text.indexOf('[/code]', last);
        if (end < 0) { appendText(whole); continue; }
        append(el('pre', 'cw-code', text.slice(last, end)));
        last = end + '[/code]'.length;
        TAG.lastIndex = last;
        continue;
      }

      if (Object.prototype.hasOwnProperty.call(CONTAINERS, name) && stack.length > MAX_DEPTH) {
        flat[name] = (flat[name] || 0) + 1;
        appendText(whole);
        continue;
      }

      if (name === 'info' && value === undefined) {
        open('info', el('div', 'cw-info'));
      } else if (name === 'title' && value === undefined) {
        open('title', el('div', 'cw-title'));
      } else if (name === 'qt' && value === undefined) {
        open('qt', el('blockquote', 'cw-quote'));
      } else if (name === 'qtmeta' && attributes.aid) {
        var meta = el('div', 'cw-qtmeta');
        meta.appendChild(el('span', 'cw-name', nameOf(context, attributes.aid)));
        if (attributes.time) { meta.appendChild(el('time', null, jst(attributes.time))); }
        append(meta);
      } else if (name === 'hr' && value === undefined) {
        append(el('hr', 'cw-hr'));
      } else if (name === 'to' && value && /^\d+$/.test(value)) {
        append(chip('to', 'To', nameOf(context, value), value));
      } else if (name === 'toall' && value === undefined) {
        append(chip('to', 'To', label(context, 'cw.toall') || 'ALL', 'all'));
      } else if (name === 'rp' && attributes.aid) {
        append(chip('re', 'Re', nameOf(context, attributes.aid), attributes.aid));
      } else if ((name === 'piconname' || name === 'picon') && value && /^\d+$/.test(value)) {
        append(el('span', 'cw-name', nameOf(context, value)));
      } else if (name === 'dtext' && value) {
        var key = 'dt.' + value;
        var shown = label(context, key);
        if (shown) {
          var system = el('span', 'cw-dtext', shown);
          system.setAttribute('data-i18n', key);
          append(system);
        } else {
          appendText(whole);
        }
      } else if (name === 'download' && value && /^\d+$/.test(value)) {
        var file = ((context && context.files) || {})[value];
        var link;
        if (file && file.sha256) {
          link = el('a', 'cw-file');
          link.href = 'files/' + file.sha256;
          link.setAttribute('download', file.name || file.sha256);
        } else {
          link = el('span', 'cw-file cw-file-missing');
        }
        link.setAttribute('data-file-id', value);
        open('download', link);
      } else if (name === 'task' && value === undefined && attributes.aid) {
        var task = el('div', 'cw-task');
        task.appendChild(chip('to', label(context, 'cw.task') || 'Task', nameOf(context, attributes.aid), attributes.aid));
        if (attributes.lt && attributes.lt !== '0') { task.appendChild(el('time', null, jst(attributes.lt))); }
        open('task', task);
      } else if (name === 'preview' && attributes.id) {
        // The server's image preview of an upload; the [download] link beside it is the file.
      } else {
        appendText(whole);
      }
    }

    appendText(text.slice(last));
    if (rest) { root.appendChild(document.createTextNode(rest)); }
    return root;
  }

  global.renderNotation = renderNotation;
})(window);
