/* ChatworkGuard evidence page: the transcript as Chatwork shows it, and the archived files.
   Each message body is rendered from the embedded, hash-protected record data (#cwg-data) with renderNotation
   (notation.js). The raw body element the export wrote (data-body-seq, what the Verify button compares with the
   hashed body) stays in the page, hidden while the rendered view is shown; a button per message and one for the
   page show it again. Edits keep their inline diff, shown under the rendered new text. A file picker beside each
   archived file hashes a chosen file in the browser and says whether it is the archived one. */
(function () {
  'use strict';

  var i18n = JSON.parse(document.getElementById('cwg-i18n').textContent);

  function t(key) {
    var lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
    return (i18n[lang] && i18n[lang][key]) || i18n.ja[key] || null;
  }

  function button(key, cls) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.setAttribute('data-i18n', key);
    b.setAttribute('aria-pressed', 'false');
    b.textContent = t(key);
    return b;
  }

  function contextFrom(records) {
    var members = {};
    var files = {};
    records.forEach(function (r) {
      if (r.account_id !== null && r.account_id !== undefined && r.account_name) { members[String(r.account_id)] = r.account_name; }
      var details = null;
      if (r.details && (r.kind === 'room-snapshot' || r.kind === 'file-archived')) {
        try { details = JSON.parse(r.details); } catch (e) { details = null; }
      }
      if (details && r.kind === 'room-snapshot' && Array.isArray(details.members)) {
        details.members.forEach(function (m) { if (m && m.name) { members[String(m.account_id)] = m.name; } });
      }
      if (details && r.kind === 'file-archived' && details.sha256 && /^[0-9a-f]{64}$/.test(details.sha256)) {
        files[String(details.file_id)] = { sha256: details.sha256, name: details.name };
      }
    });
    return { members: members, files: files, label: t };
  }

  function showRaw(article, raw) {
    article.classList.toggle('show-raw', raw);
    var rendered = article.querySelector('.body-rendered');
    var source = article.querySelector('[data-body-seq].body:not(.diff)');
    if (rendered) { rendered.hidden = raw; }
    if (source) { source.hidden = !raw; }
    var toggle = article.querySelector('button.raw-toggle');
    if (toggle) { toggle.setAttribute('aria-pressed', raw ? 'true' : 'false'); }
  }

  function renderTranscript() {
    if (typeof window.renderNotation !== 'function') { return; }
    var records = JSON.parse(document.getElementById('cwg-data').textContent).records;
    var context = contextFrom(records);
    var bySeq = {};
    records.forEach(function (r) { bySeq[String(r.seq)] = r; });
    document.querySelectorAll('#transcript > article.msg').forEach(function (article) {
      var source = article.querySelector('[data-body-seq]');
      var record = source && bySeq[source.getAttribute('data-body-seq')];
      if (!record || record.body === null) { return; }
      var rendered = document.createElement('div');
      rendered.className = 'body-rendered';
      rendered.appendChild(window.renderNotation(record.body, context));
      // An edit's note ("changes from the previous version") belongs with its diff, below the rendered text.
      var previous = source.previousElementSibling;
      var anchor = source.classList.contains('diff') && previous && previous.classList.contains('note') ? previous : source;
      anchor.parentNode.insertBefore(rendered, anchor);
      var toggle = button('raw.message', 'raw-toggle');
      toggle.addEventListener('click', function () { showRaw(article, !article.classList.contains('show-raw')); });
      article.querySelector('.rec-head').appendChild(toggle);
      showRaw(article, false);
    });

    var pageToggle = button('raw.page', 'ghost raw-page');
    pageToggle.id = 'raw-btn';
    pageToggle.addEventListener('click', function () {
      var raw = pageToggle.getAttribute('aria-pressed') !== 'true';
      pageToggle.setAttribute('aria-pressed', raw ? 'true' : 'false');
      document.querySelectorAll('#transcript > article.msg').forEach(function (a) { if (a.querySelector('.body-rendered')) { showRaw(a, raw); } });
    });
    var tools = document.querySelector('.bar .tools');
    if (tools) { tools.insertBefore(pageToggle, tools.firstChild); }
  }

  function toHex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  function wireFileChecks() {
    document.querySelectorAll('input[type=file][data-sha256]').forEach(function (input) {
      input.addEventListener('change', function () {
        var output = input.closest('.file').querySelector('.file-check-result');
        var chosen = input.files && input.files[0];
        if (!chosen || !window.crypto || !crypto.subtle) { return; }
        output.dataset.status = 'running';
        output.textContent = '…';
        chosen.arrayBuffer().then(function (bytes) { return crypto.subtle.digest('SHA-256', bytes); }).then(function (digest) {
          var hex = toHex(digest);
          var ok = hex === input.getAttribute('data-sha256');
          output.dataset.status = ok ? 'ok' : 'bad';
          output.textContent = (ok ? t('file.ok') : t('file.bad')) + ' ' + hex;
        }).catch(function (e) {
          output.dataset.status = 'error';
          output.textContent = String(e && e.message);
        });
      });
    });
  }

  renderTranscript();
  wireFileChecks();
})();
