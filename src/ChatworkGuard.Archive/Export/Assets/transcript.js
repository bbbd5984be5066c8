/* ChatworkGuard evidence page: what the transcript needs to read like Chatwork, and the archived files.
   Once the page has verified, evidence-render.js renders each body from the hash-protected records with
   renderNotation (notation.js) and the context built here (members' archived names, archived files); a button per
   message and one for the page show the raw body, exactly as hashed. Edits keep their inline diff. A file picker
   beside each archived file hashes a chosen file in the browser and says whether it is the archived one. */
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

  // The page-wide switch: every rendered body (evidence-checks.js renders them once the page has verified) shows
  // its raw text, or its rendered view again.
  function addPageToggle() {
    var pageToggle = button('raw.page', 'ghost raw-page');
    pageToggle.id = 'raw-btn';
    pageToggle.addEventListener('click', function () {
      var raw = pageToggle.getAttribute('aria-pressed') !== 'true';
      pageToggle.setAttribute('aria-pressed', raw ? 'true' : 'false');
      document.querySelectorAll('#transcript .body-view').forEach(function (node) { window.CwgChecks.showRaw(node, raw); });
    });
    var tools = document.querySelector('.bar .tools');
    if (tools) { tools.insertBefore(pageToggle, tools.firstChild); }
  }

  function toHex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  // The file pickers of a newly rendered window, and the page-wide raw switch's state for its bodies.
  function wire(root) {
    var raw = document.getElementById('raw-btn');
    if (raw && raw.getAttribute('aria-pressed') === 'true') {
      root.querySelectorAll('.body-view').forEach(function (node) { window.CwgChecks.showRaw(node, true); });
    }
    root.querySelectorAll('input[type=file][data-sha256]').forEach(function (input) {
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

  window.CwgTranscript = { contextFrom: contextFrom, wire: wire };
  addPageToggle();
})();
