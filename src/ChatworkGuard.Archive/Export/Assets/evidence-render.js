/* ChatworkGuard evidence page: the transcript, rendered from the verified record data (never from anything else in the
   file), one window of records at a time so that a room of 100,000 records opens quickly. Each record becomes one
   <article>: who, kind, time, content (bodies through CwgChecks.renderBody, edits as an inline diff against the
   version before, files, details) and a foot with when it was observed, its source, message id and hash. After each
   render evidence.js checks the window with CwgChecks (every shown field, nothing added, nothing hidden). */
var CwgRender = (function () {
  'use strict';

  var PAGE = 200;
  var MAX_DIFFED = 4000;
  var BOT_KINDS = { 'warning-posted': 1, 'reminder-posted': 1 };
  var NOTES = { 'message-deleted': 'n.deleted', 'room-lost': 'n.room-lost', gap: 'n.gap', 'room-joined': 'n.room-joined', 'warning-suppressed': 'n.warning-suppressed' };
  var FILE_NOTES = { 'file-archived': 'n.file-archived', 'file-unavailable': 'n.file-unavailable', 'file-deleted': 'n.file-deleted' };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function labelled(tag, cls, key, t) { var node = el(tag, cls, t(key)); node.setAttribute('data-i18n', key); return node; }

  function parseJson(text) { try { return JSON.parse(text); } catch (e) { return undefined; } }

  function style(kind) {
    if (/^message-(created|edited|deleted)$/.test(kind)) { return 'msg'; }
    if (BOT_KINDS[kind]) { return 'msg bot'; }
    return kind === 'room-lost' || kind === 'gap' ? 'sys alert' : 'sys';
  }

  function members(node, snapshot) {
    if (!snapshot || !snapshot.members || snapshot.members.length === 0) { node.appendChild(document.createTextNode('—')); return; }
    snapshot.members.forEach(function (m) {
      var span = el('span', 'member', m.name + ' ');
      span.appendChild(el('small', null, '#' + m.account_id + (m.role ? ' ' + m.role : '')));
      node.appendChild(span);
    });
  }

  // Grapheme clusters, so a diff never splits an emoji or a combining mark.
  var segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter() : null;
  function graphemes(text) { return segmenter ? Array.from(segmenter.segment(text), function (s) { return s.segment; }) : Array.from(text); }

  function span(parent, tag, text) { if (text.length > 0) { parent.appendChild(el(tag, null, text)); } }

  // The new text with what was removed in <del> and what was added in <ins>: the common beginning and end once, the
  // middle diffed by longest common subsequence when old and new together are at most MAX_DIFFED characters.
  function diff(parent, before, after) {
    var a = graphemes(before);
    var b = graphemes(after);
    var prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) { prefix++; }
    var suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) { suffix++; }
    var oldMid = a.slice(prefix, a.length - suffix);
    var newMid = b.slice(prefix, b.length - suffix);
    parent.appendChild(document.createTextNode(b.slice(0, prefix).join('')));
    if (oldMid.join('').length + newMid.join('').length <= MAX_DIFFED) {
      lcsDiff(parent, oldMid, newMid);
    } else {
      span(parent, 'del', oldMid.join(''));
      span(parent, 'ins', newMid.join(''));
    }
    parent.appendChild(document.createTextNode(b.slice(b.length - suffix).join('')));
  }

  function lcsDiff(parent, a, b) {
    var n = a.length;
    var m = b.length;
    var table = new Uint16Array((n + 1) * (m + 1));
    for (var i = n - 1; i >= 0; i--) {
      for (var j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] = a[i] === b[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
      }
    }
    var same = '', del = '', ins = '';
    function flush() { span(parent, 'del', del); span(parent, 'ins', ins); del = ''; ins = ''; }
    for (i = 0, j = 0; i < n || j < m;) {
      if (i < n && j < m && a[i] === b[j]) {
        if (del || ins) { flush(); }
        same += a[i]; i++; j++;
        continue;
      }
      if (same) { parent.appendChild(document.createTextNode(same)); same = ''; }
      if (j >= m || (i < n && table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])) { del += a[i++]; } else { ins += b[j++]; }
    }
    if (same) { parent.appendChild(document.createTextNode(same)); }
    flush();
  }

  function fileLine(r, t) {
    var d = r.details === null ? null : parseJson(r.details);
    if (!d || typeof d !== 'object') { return null; }
    var p = el('p', 'file');
    p.setAttribute('data-file-id', String(d.file_id));
    var sha = typeof d.sha256 === 'string' && /^[0-9a-f]{64}$/.test(d.sha256) ? d.sha256 : null;
    var label = d.name || (sha || String(d.file_id));
    if (sha) {
      var link = el('a', 'file-link', label);
      link.href = 'files/' + sha;
      link.setAttribute('download', label);
      p.appendChild(link);
    } else {
      p.appendChild(el('span', 'file-name', label));
    }
    var size = d.received_size !== undefined && d.received_size !== null ? d.received_size : d.size;
    if (size !== undefined && size !== null) { p.appendChild(el('span', 'file-size', Number(size).toLocaleString('en-US') + ' bytes')); }
    if (sha) {
      p.appendChild(el('code', 'hash', 'SHA-256 ' + sha));
      var pick = el('label', 'file-check');
      pick.appendChild(labelled('span', null, 'file.check', t));
      var input = el('input');
      input.type = 'file';
      input.setAttribute('data-sha256', sha);
      pick.appendChild(input);
      p.appendChild(pick);
      var output = el('output', 'file-check-result');
      output.dataset.status = 'idle';
      p.appendChild(output);
    }
    return p;
  }

  function body(article, r, cls, content) {
    var div = el('div', cls);
    div.setAttribute('data-body-seq', String(r.seq));
    content(div);
    article.appendChild(div);
  }

  // One record as an <article>; before: the body of the message's previous version, or undefined.
  function article(r, before, t, context) {
    var kind = r.kind;
    var node = el('article', 'rec ' + style(kind) + ' k-' + kind);
    node.id = 'r-' + r.seq;
    node.setAttribute('data-seq', String(r.seq));
    var head = el('div', 'rec-head');
    if (BOT_KINDS[kind]) {
      head.appendChild(el('span', 'who', 'ChatworkGuard')).setAttribute('data-f', 'who');
    } else if (r.account_name !== null || r.account_id !== null) {
      head.appendChild(el('span', 'who', r.account_name === null ? '—' : r.account_name)).setAttribute('data-f', 'who');
      if (r.account_id !== null) { head.appendChild(el('span', 'aid', '#' + r.account_id)).setAttribute('data-f', 'aid'); }
    }
    head.appendChild(labelled('span', 'badge', 'k.' + kind, t));
    var when = el('span', 'when');
    when.setAttribute('data-f', 'when');
    var timeKey = kind === 'message-created' && r.send_time !== null ? 't.sent' : kind === 'message-edited' && r.update_time !== null && Number(r.update_time) > 0 ? 't.updated' : 't.observed';
    when.appendChild(labelled('span', null, timeKey, t));
    when.appendChild(document.createTextNode(' '));
    when.appendChild(el('time', null, timeKey === 't.sent' ? CwgChecks.jst(Number(r.send_time) * 1000) : timeKey === 't.updated' ? CwgChecks.jst(Number(r.update_time) * 1000) : CwgChecks.jst(r.observed_at_ms)));
    head.appendChild(when);
    var seqLink = el('a', 'seq', '#' + r.seq);
    seqLink.href = '#r-' + r.seq;
    head.appendChild(seqLink);
    node.appendChild(head);

    var diffed = kind === 'message-edited' && r.message_id !== null && before !== undefined && r.body !== null;
    if (diffed) {
      node.appendChild(labelled('p', 'note', 'n.edited', t));
      body(node, r, 'body diff', function (div) { diff(div, before, r.body); });
    } else if (NOTES[kind]) {
      node.appendChild(labelled('p', 'note', NOTES[kind], t));
    } else if (FILE_NOTES[kind]) {
      node.appendChild(labelled('p', 'note', FILE_NOTES[kind], t));
      var file = fileLine(r, t);
      if (file) { node.appendChild(file); }
    } else if (kind === 'room-snapshot') {
      var snapshot = r.details === null ? null : parseJson(r.details);
      if (snapshot && typeof snapshot.name === 'string') {
        var p = el('p', 'note');
        p.setAttribute('data-f', 'snapshot');
        p.appendChild(el('strong', null, snapshot.name));
        p.appendChild(document.createTextNode(' · '));
        members(p, snapshot);
        node.appendChild(p);
      }
    }
    if (r.body !== null && !diffed) {
      body(node, r, kind === 'message-deleted' ? 'body gone' : 'body', function (div) { div.appendChild(CwgChecks.renderBody(r, context)); });
    }
    if (r.details !== null && kind !== 'room-snapshot') {
      var details = parseJson(r.details);
      node.appendChild(el('pre', 'details', details === undefined ? r.details : JSON.stringify(details, null, 2))).setAttribute('data-f', 'details');
    }

    var foot = el('div', 'rec-foot');
    foot.setAttribute('data-f', 'foot');
    var observed = el('span');
    observed.appendChild(labelled('span', null, 't.observed', t));
    observed.appendChild(document.createTextNode(' ' + CwgChecks.jst(r.observed_at_ms)));
    foot.appendChild(observed);
    foot.appendChild(labelled('span', null, 'src.' + r.source, t));
    if (r.message_id !== null) { foot.appendChild(el('span', null, 'message_id ' + r.message_id)); }
    foot.appendChild(el('code', 'hash', r.hash.substr(0, 16) + '…')).title = r.hash;
    node.appendChild(foot);
    return node;
  }

  // For each record, the index of the same message's previous version with a body (-1: none), as the diff needs.
  function previousVersions(records) {
    var previous = new Int32Array(records.length).fill(-1);
    var last = new Map();
    for (var i = 0; i < records.length; i++) {
      var r = records[i];
      if (r.message_id === null) { continue; }
      if (last.has(r.message_id)) { previous[i] = last.get(r.message_id); }
      if (r.body !== null && (r.kind === 'message-created' || r.kind === 'message-edited')) { last.set(r.message_id, i); }
    }
    return previous;
  }

  // Renders records [first, first + PAGE) into #transcript, replacing the window shown before.
  function renderWindow(model, first, t) {
    var main = document.getElementById('transcript');
    var end = Math.min(model.records.length, first + PAGE);
    var fragment = document.createDocumentFragment();
    for (var i = first; i < end; i++) {
      var before = model.previous[i] >= 0 ? model.records[model.previous[i]].body : undefined;
      fragment.appendChild(article(model.records[i], before, t, model.context));
    }
    main.replaceChildren(fragment);
    return { first: first, end: end };
  }

  return { PAGE: PAGE, renderWindow: renderWindow, previousVersions: previousVersions, members: members };
})();
