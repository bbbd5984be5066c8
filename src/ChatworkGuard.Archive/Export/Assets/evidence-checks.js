/* ChatworkGuard evidence page: checks that what the page shows is exactly the hashed record data (every field of the
   header and of each record, nothing added, nothing hidden) and turns record bodies into DOM text in one place
   (renderBody). Used by evidence.js. */
var CwgChecks = (function () {
  'use strict';

  var BOT_KINDS = { 'warning-posted': 1, 'reminder-posted': 1 };
  var rendered = new WeakSet();

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  // Japan has no daylight saving: UTC+9 all year, as the exporter writes it.
  function jst(ms) {
    var d = new Date(Number(ms) + 9 * 3600 * 1000);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' +
      pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds()) + ' JST';
  }

  function count(n) { return Number(n).toLocaleString('en-US'); }

  function parseJson(text) { try { return JSON.parse(text); } catch (e) { return undefined; } }

  function snapshotOf(record) {
    if (record.kind !== 'room-snapshot' && record.kind !== 'room-joined') { return null; }
    var s = record.details === null ? null : parseJson(record.details);
    return s && typeof s.name === 'string' ? s : null;
  }

  function membersText(snapshot) {
    if (!snapshot || !snapshot.members || snapshot.members.length === 0) { return '—'; }
    return snapshot.members.map(function (m) { return m.name + ' #' + m.account_id + (m.role ? ' ' + m.role : ''); }).join('');
  }

  function shown(el) {
    if (!el || el.getClientRects().length === 0) { return false; }
    var style = getComputedStyle(el);
    return style.visibility === 'visible' && Number(style.opacity) > 0 && style.color !== 'rgba(0, 0, 0, 0)' && parseFloat(style.fontSize) >= 6;
  }

  // The one place where a record's body becomes DOM, from verified data only: rendered like Chatwork when the
  // notation renderer (notation.js, transcript.js) is present, with the raw body, exactly as hashed, one click away.
  function renderBody(record, context) {
    var node = document.createElement('span');
    var text = record.body === null ? '' : record.body;
    if (context && typeof window.renderNotation === 'function') {
      node.className = 'body-view';
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'raw-toggle';
      toggle.setAttribute('data-i18n', 'raw.message');
      toggle.setAttribute('aria-pressed', 'false');
      toggle.textContent = context.label('raw.message');
      var view = document.createElement('span');
      view.className = 'body-rendered';
      view.appendChild(window.renderNotation(text, context));
      var raw = document.createElement('span');
      raw.className = 'body-raw';
      raw.textContent = text;
      raw.hidden = true;
      toggle.addEventListener('click', function () { showRaw(node, raw.hidden); });
      node.appendChild(toggle);
      node.appendChild(view);
      node.appendChild(raw);
    } else {
      node.textContent = text;
    }
    rendered.add(node);
    return node;
  }

  // Shows a rendered body's raw text (true) or its rendered view (false).
  function showRaw(node, raw) {
    var view = node.querySelector(':scope > .body-rendered');
    var source = node.querySelector(':scope > .body-raw');
    var toggle = node.querySelector(':scope > button.raw-toggle');
    if (!view || !source) { return; }
    view.hidden = raw;
    source.hidden = !raw;
    toggle.setAttribute('aria-pressed', raw ? 'true' : 'false');
  }

  // A file record's line: its link, size and hash must be the record's, and nothing else may be in it.
  function checkFile(article, r) {
    var p = article.querySelector(':scope > p.file');
    var fileKind = r.kind === 'file-archived' || r.kind === 'file-unavailable' || r.kind === 'file-deleted';
    var details = !fileKind || r.details === null ? null : parseJson(r.details);
    if (!details || typeof details !== 'object') { return p === null; }
    if (!p || p.getAttribute('data-file-id') !== String(details.file_id) || !shown(p)) { return false; }
    var sha = typeof details.sha256 === 'string' && /^[0-9a-f]{64}$/.test(details.sha256) ? details.sha256 : null;
    var link = p.querySelector(':scope > a.file-link');
    var name = p.querySelector(':scope > span.file-name');
    var label = details.name || (sha || String(details.file_id));
    if (sha ? !link || link.textContent !== label || link.getAttribute('href') !== 'files/' + sha || name : !name || name.textContent !== label || link) { return false; }
    var size = details.received_size !== undefined && details.received_size !== null ? details.received_size : details.size;
    var sizeEl = p.querySelector(':scope > span.file-size');
    if ((size === undefined || size === null) ? sizeEl !== null : !sizeEl || sizeEl.textContent !== Number(size).toLocaleString('en-US') + ' bytes') { return false; }
    var hash = p.querySelector(':scope > code.hash');
    var input = p.querySelector(':scope > label.file-check > input[type=file]');
    if (sha ? !hash || hash.textContent !== 'SHA-256 ' + sha || !input || input.getAttribute('data-sha256') !== sha : hash || input) { return false; }
    var rest = p.cloneNode(true);
    rest.querySelectorAll(':scope > a.file-link, :scope > span.file-name, :scope > span.file-size, :scope > code.hash, :scope > label.file-check, :scope > output.file-check-result').forEach(function (d) { d.remove(); });
    return rest.textContent.trim() === '' && rest.children.length === 0;
  }

  // Only these elements may exist at the top of the page and of the header: anything added is refused. A slice's
  // header has its note, shown in the page's language; a whole chain's has none.
  function checkStructure(data, t) {
    var allowed = ['HEADER.doc', 'NAV#pager', 'MAIN#transcript', 'FOOTER.doc', 'SCRIPT#cwg-data', 'SCRIPT#cwg-i18n', 'SCRIPT'];
    var top = Array.prototype.map.call(document.body.children, function (el) { return el.tagName + (el.id ? '#' + el.id : el.className ? '.' + el.className : ''); });
    if (top.join('|') !== allowed.join('|')) { return { seq: 0, kind: 'display' }; }
    var header = document.querySelector('header.doc');
    var parts = Array.prototype.map.call(header.children, function (el) { return el.tagName + '.' + (el.id || el.className); });
    var slice = data.slice !== undefined && data.slice !== null;
    var expected = ['DIV.bar', 'DIV.title', 'DL.facts', 'P.unchained-note'].concat(slice ? ['P.slice-note'] : [], ['SECTION.verify']);
    if (document.getElementById('export-break')) { expected.push('DIV.export-break'); }
    var note = document.getElementById('slice-note');
    var noteOk = !slice || (note !== null && note.textContent === t('f.slice.note') && shown(note));
    return parts.join('|') === expected.join('|') && noteOk ? null : { seq: 0, kind: 'display' };
  }

  // The header's facts, each against the verified records. A slice's range and link (the first record's seq and
  // prev_hash) come from its records too; the chain head it states lies outside it and is shown as the file states it.
  function checkHeader(data, records) {
    var snapshot = null;
    var messages = new Set();
    records.forEach(function (r) {
      snapshot = snapshotOf(r) || snapshot;
      if (r.message_id !== null && /^message-/.test(r.kind)) { messages.add(r.message_id); }
    });
    var name = snapshot ? snapshot.name : 'Room ' + data.room_id;
    var head = records.length ? records[records.length - 1] : null;
    var facts = {
      room_id: String(data.room_id),
      records: count(records.length),
      messages: count(messages.size),
      period: head ? jst(records[0].observed_at_ms) + ' – ' + jst(head.observed_at_ms) : '—',
      members: membersText(snapshot),
    };
    var slice = data.slice !== undefined && data.slice !== null;
    var shownHead = slice ? data.chain_head : head;
    if (slice && head) {
      facts.slice = '#' + records[0].seq + '–#' + head.seq;
      facts.link = '#' + (Number(records[0].seq) - 1) + ' ' + records[0].prev_hash;
    }
    var ok = document.getElementById('room-name').textContent === name
      && document.title === name + ' — ChatworkGuard evidence'
      && document.getElementById('chain-head').textContent === (shownHead ? '#' + shownHead.seq + ' ' + shownHead.hash : '—');
    var dds = document.querySelectorAll('dl.facts > div > dd');
    var seen = {};
    Array.prototype.forEach.call(dds, function (dd) {
      var field = dd.getAttribute('data-f');
      if (dd.querySelector('#chain-head')) { field = 'head'; }
      var known = field in facts || field === 'unchained' || field === 'head';
      if (!known || seen[field] && field !== 'unchained' || (field in facts && dd.textContent !== facts[field]) || !shown(dd)) { ok = false; }
      seen[field] = true;
    });
    ['room_id', 'records', 'messages', 'period', 'members', 'head'].concat(slice ? ['slice', 'link'] : []).forEach(function (f) { if (!seen[f]) { ok = false; } });
    return ok && document.querySelectorAll('dl.facts > div').length === dds.length && shown(document.getElementById('room-name'))
      ? null : { seq: 0, kind: 'display' };
  }

  function expectedWhen(r, t) {
    if (r.kind === 'message-created' && r.send_time !== null) { return t('t.sent') + ' ' + jst(Number(r.send_time) * 1000); }
    if (r.kind === 'message-edited' && r.update_time !== null && Number(r.update_time) > 0) { return t('t.updated') + ' ' + jst(Number(r.update_time) * 1000); }
    return t('t.observed') + ' ' + jst(r.observed_at_ms);
  }

  function without(el, selector) {
    var clone = el.cloneNode(true);
    clone.querySelectorAll(selector).forEach(function (d) { d.remove(); });
    return clone.textContent;
  }

  function sameJson(text, details) {
    var a = parseJson(text);
    var b = parseJson(details);
    return a === undefined || b === undefined ? text === details : JSON.stringify(a) === JSON.stringify(b);
  }

  // Every field each article shows is compared with its record; what is left after removing the compared parts
  // must be empty, so an added line or element is caught; every compared part must be visible.
  function checkArticle(article, r, t, before) {
    var kind = r.kind;
    var bot = BOT_KINDS[kind] === 1;
    var who = article.querySelector('.rec-head > [data-f=who]');
    var aid = article.querySelector('.rec-head > [data-f=aid]');
    var badge = article.querySelector('.rec-head > .badge');
    var when = article.querySelector('.rec-head > [data-f=when]');
    var seqLink = article.querySelector('.rec-head > a.seq');
    var foot = article.querySelector(':scope > [data-f=foot]');
    var hashEl = foot && foot.querySelector('code.hash');
    var expectWho = bot ? 'ChatworkGuard' : (r.account_name !== null || r.account_id !== null ? (r.account_name === null ? '—' : r.account_name) : null);
    var expectFoot = t('t.observed') + ' ' + jst(r.observed_at_ms) + t('src.' + r.source) + (r.message_id !== null ? 'message_id ' + r.message_id : '') + r.hash.substr(0, 16) + '…';
    var good = article.id === 'r-' + r.seq && article.classList.contains('k-' + kind)
      && (expectWho === null ? who === null : who !== null && who.textContent === expectWho && shown(who))
      && (!bot && r.account_id !== null ? aid !== null && aid.textContent === '#' + r.account_id && shown(aid) : aid === null)
      && badge && badge.getAttribute('data-i18n') === 'k.' + kind && badge.textContent === t('k.' + kind) && shown(badge)
      && when && when.textContent === expectedWhen(r, t) && shown(when)
      && seqLink && seqLink.textContent === '#' + r.seq && seqLink.getAttribute('href') === '#r-' + r.seq
      && foot && foot.textContent === expectFoot && hashEl && hashEl.getAttribute('title') === r.hash && shown(foot);
    if (!good) { return false; }
    var bodies = article.querySelectorAll('[data-body-seq]');
    for (var i = 0; i < bodies.length; i++) {
      var body = bodies[i];
      var expected = r.body === null ? '' : r.body;
      var plain = body.children.length === 1 && rendered.has(body.firstChild);
      if (body.getAttribute('data-body-seq') !== String(r.seq) || !shown(body)) { return false; }
      if (!plain && without(body, 'del') !== expected) { return false; }
      if (body.classList.contains('diff') && without(body, 'ins') !== before) { return false; }
    }
    if (!checkFile(article, r)) { return false; }
    var details = article.querySelector(':scope > [data-f=details]');
    if ((r.details !== null && kind !== 'room-snapshot') !== (details !== null) || (details && (!sameJson(details.textContent, r.details) || !shown(details)))) { return false; }
    var snapshotEl = article.querySelector(':scope > [data-f=snapshot]');
    var snapshot = kind === 'room-snapshot' ? snapshotOf(r) : null;
    if ((snapshot !== null) !== (snapshotEl !== null) || (snapshot && snapshotEl.textContent !== snapshot.name + ' · ' + membersText(snapshot))) { return false; }
    var notes = article.querySelectorAll(':scope > p.note[data-i18n]');
    for (var n = 0; n < notes.length; n++) { if (notes[n].textContent !== t(notes[n].getAttribute('data-i18n'))) { return false; } }
    var rest = article.cloneNode(true);
    rest.querySelectorAll('.rec-head > [data-f], .rec-head > .badge, .rec-head > a.seq, :scope > [data-f], :scope > [data-body-seq], :scope > p.note[data-i18n], :scope > p.file').forEach(function (d) { d.remove(); });
    var left = rest.querySelectorAll('*');
    return rest.textContent.trim() === '' && left.length === 1 && left[0].className === 'rec-head' && shown(article);
  }

  // The header and the page around the transcript (written by the exporter) against the verified data.
  function checkPage(data, records, t) { return checkStructure(data, t) || checkHeader(data, records); }

  // The rendered window of the transcript: exactly its records, each shown as recorded.
  function checkWindow(model, shownWindow, t) {
    var articles = document.getElementById('transcript').children;
    var size = shownWindow.end - shownWindow.first;
    for (var i = 0; i < Math.max(articles.length, size); i++) {
      var k = shownWindow.first + i;
      var r = model.records[k];
      var before = r && model.previous[k] >= 0 ? model.records[model.previous[k]].body : undefined;
      if (i >= size || !articles[i] || articles[i].tagName !== 'ARTICLE' || !checkArticle(articles[i], r, t, before)) {
        return { seq: r ? Number(r.seq) : Number(model.records[shownWindow.end - 1].seq), kind: 'display' };
      }
    }
    return null;
  }

  return { checkPage: checkPage, checkWindow: checkWindow, renderBody: renderBody, showRaw: showRaw, jst: jst };
})();
