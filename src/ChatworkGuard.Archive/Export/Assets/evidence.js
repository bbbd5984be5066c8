/* ChatworkGuard evidence page: language switch and in-browser verification of the hash chain.
   The chain is recomputed with WebCrypto from the embedded record data (#cwg-data), following the canonical
   encoding described in the page footer, with the same break rules as `chatwork-guard verify`. */
(function () {
  'use strict';

  var ZERO = '0000000000000000000000000000000000000000000000000000000000000000';
  var i18n = JSON.parse(document.getElementById('cwg-i18n').textContent);
  var lang = 'ja';
  var lastResult = null;
  var resultEl = document.getElementById('verify-result');
  var button = document.getElementById('verify-btn');
  var textEncoder = new TextEncoder();

  function t(key, vars) {
    var text = (i18n[lang] && i18n[lang][key]) || i18n.ja[key] || key;
    if (vars) {
      Object.keys(vars).forEach(function (name) { text = text.split('{' + name + '}').join(String(vars[name])); });
    }
    return text;
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    if (lastResult) { render(lastResult); }
  }

  document.getElementById('lang-btn').addEventListener('click', function () {
    lang = lang === 'ja' ? 'en' : 'ja';
    applyLanguage();
  });

  // Integers beyond 2^53 would lose digits as JS numbers: keep their exact text as a BigInt.
  function reviver(key, value, context) {
    if (typeof value === 'number' && !Number.isSafeInteger(value) && context && typeof context.source === 'string') {
      return BigInt(context.source);
    }
    return value;
  }

  function hexToBytes(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) { bytes[i] = parseInt(hex.substr(i * 2, 2), 16); }
    return bytes;
  }

  function toHex(buffer) {
    var bytes = new Uint8Array(buffer);
    var out = '';
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16); }
    return out;
  }

  function encode(record, seq) {
    var parts = [];
    var length = 0;
    function push(bytes) { parts.push(bytes); length += bytes.length; }
    function u8(value) { push(Uint8Array.of(value)); }
    function i64(value) { var b = new Uint8Array(8); new DataView(b.buffer).setBigInt64(0, BigInt(value)); push(b); }
    function str(value) {
      var utf8 = textEncoder.encode(value);
      var size = new Uint8Array(4);
      new DataView(size.buffer).setUint32(0, utf8.length);
      push(size);
      push(utf8);
    }
    function optStr(value) { if (value === null || value === undefined) { u8(0); } else { u8(1); str(value); } }
    function optI64(value) { if (value === null || value === undefined) { u8(0); } else { u8(1); i64(value); } }

    u8(1);
    i64(record.room_id);
    i64(seq);
    str(record.kind);
    optStr(record.message_id);
    optI64(record.account_id);
    optStr(record.account_name);
    optStr(record.body);
    optI64(record.send_time);
    optI64(record.update_time);
    i64(record.observed_at_ms);
    str(record.source);
    optStr(record.details);

    var out = new Uint8Array(32 + length);
    var offset = 32;
    parts.forEach(function (part) { out.set(part, offset); offset += part.length; });
    return out;
  }

  async function hashOf(record, seq) {
    var bytes = encode(record, seq === undefined ? record.seq : seq);
    bytes.set(hexToBytes(record.prev_hash), 0);
    return toHex(await crypto.subtle.digest('SHA-256', bytes));
  }

  async function classify(cur, next, nextSelfOk, lastGood, expectedSeq, expectedPrev, curSelfOk) {
    var seq = Number(cur.seq);
    if (seq > expectedSeq) { return { seq: expectedSeq, kind: 'missing' }; }
    if (seq < expectedSeq) { return { seq: seq, kind: 'inserted' }; }
    if (cur.prev_hash === expectedPrev) { return { seq: expectedSeq, kind: 'changed' }; }
    if (next && next.prev_hash === expectedPrev) {
      return { seq: expectedSeq, kind: cur.prev_hash === next.hash ? 'reordered' : 'inserted' };
    }
    if (lastGood && cur.prev_hash === lastGood.prev_hash) { return { seq: Number(lastGood.seq), kind: 'inserted' }; }
    for (var shift = 1; shift <= 8; shift++) {
      if (await hashOf(cur, seq + shift) === cur.hash) {
        var moved = next && nextSelfOk && Number(next.seq) !== seq + shift;
        return { seq: expectedSeq, kind: moved ? 'reordered' : 'missing' };
      }
    }
    return { seq: expectedSeq, kind: curSelfOk ? 'missing' : 'changed' };
  }

  function checkHead(head, lastGood, count) {
    var last = lastGood ? Number(lastGood.seq) : 0;
    if (!head) { return count > 0 ? { seq: last, kind: 'missing' } : null; }
    if (Number(head.seq) > last) { return { seq: last + 1, kind: 'missing' }; }
    if (Number(head.seq) < last) { return { seq: Number(head.seq) + 1, kind: 'inserted' }; }
    return head.hash === lastGood.hash ? null : { seq: last, kind: 'changed' };
  }

  // The page must show exactly the verified records: one entry per record, and each shown body (outside <del>)
  // equal to the hashed body.
  function checkDisplay(records) {
    var bySeq = new Map();
    records.forEach(function (r) { bySeq.set(String(r.seq), r); });
    var shown = document.querySelectorAll('#transcript > article[data-seq]');
    if (shown.length !== records.length) {
      for (var i = 0; i < records.length; i++) {
        if (!document.getElementById('r-' + records[i].seq)) { return { seq: Number(records[i].seq), kind: 'display' }; }
      }
      return { seq: records.length ? Number(records[records.length - 1].seq) : 0, kind: 'display' };
    }
    var bodies = document.querySelectorAll('[data-body-seq]');
    for (var j = 0; j < bodies.length; j++) {
      var el = bodies[j];
      var record = bySeq.get(el.getAttribute('data-body-seq'));
      var clone = el.cloneNode(true);
      clone.querySelectorAll('del').forEach(function (d) { d.remove(); });
      if (!record || clone.textContent !== (record.body === null ? '' : record.body)) {
        return { seq: Number(el.getAttribute('data-body-seq')), kind: 'display' };
      }
    }
    return null;
  }

  function render(result) {
    lastResult = result;
    resultEl.className = 'result ' + result.status;
    resultEl.dataset.status = result.status;
    resultEl.textContent = '';
    if (result.status === 'running') {
      resultEl.textContent = t('v.running') + ' ' + result.done.toLocaleString() + ' / ' + result.total.toLocaleString();
      return;
    }
    if (result.status === 'error') {
      resultEl.textContent = result.message;
      return;
    }
    var title = document.createElement('strong');
    var detail = document.createElement('div');
    if (result.status === 'ok') {
      title.textContent = result.count === 0 ? t('v.empty') : t('v.ok', { n: result.count.toLocaleString() });
      var code = document.createElement('code');
      code.textContent = result.head ? ' #' + result.head.seq + ' ' + result.head.hash : '';
      detail.appendChild(code);
    } else {
      resultEl.dataset.seq = String(result.seq);
      resultEl.dataset.kind = result.kind;
      title.textContent = t('v.broken', { seq: result.seq, kind: t('v.' + result.kind) });
      detail.textContent = t('v.d.' + result.kind) + ' ';
      var link = document.createElement('a');
      link.href = '#r-' + result.seq;
      link.textContent = t('v.goto');
      detail.appendChild(link);
    }
    resultEl.appendChild(title);
    resultEl.appendChild(detail);
  }

  async function verify() {
    if (!window.crypto || !crypto.subtle) {
      render({ status: 'error', message: t('v.nocrypto') });
      return;
    }
    var data;
    try {
      data = JSON.parse(document.getElementById('cwg-data').textContent, reviver);
    } catch (e) {
      render({ status: 'error', message: t('v.error') + ' ' + e.message });
      return;
    }
    document.querySelectorAll('article.broken').forEach(function (a) { a.classList.remove('broken'); });
    var records = data.records;
    var total = records.length;
    // Every record's own hash is independent of the others, so they are computed in parallel batches;
    // the walk below then checks the links in order.
    var computed = new Array(total);
    for (var start = 0; start < total; start += 1000) {
      var batch = [];
      for (var i = start; i < Math.min(total, start + 1000); i++) {
        batch.push(hashOf(records[i]).then(function (index) { return function (h) { computed[index] = h; }; }(i)));
      }
      await Promise.all(batch);
      render({ status: 'running', done: Math.min(total, start + 1000), total: total });
    }

    var expectedSeq = 1;
    var expectedPrev = ZERO;
    var lastGood = null;
    var found = null;
    for (var k = 0; k < total; k++) {
      var cur = records[k];
      if (Number(cur.seq) === expectedSeq && cur.prev_hash === expectedPrev && computed[k] === cur.hash) {
        expectedSeq++;
        expectedPrev = cur.hash;
        lastGood = cur;
        continue;
      }
      var next = k + 1 < total ? records[k + 1] : null;
      found = await classify(cur, next, next !== null && computed[k + 1] === next.hash, lastGood, expectedSeq, expectedPrev, computed[k] === cur.hash);
      break;
    }
    found = found || checkHead(data.chain_head, lastGood, total) || checkDisplay(records);
    if (found) {
      var article = document.getElementById('r-' + found.seq);
      if (article) { article.classList.add('broken'); }
      render({ status: 'broken', seq: found.seq, kind: found.kind });
    } else {
      render({ status: 'ok', count: total, head: lastGood ? { seq: lastGood.seq, hash: lastGood.hash } : null });
    }
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    verify().catch(function (e) {
      render({ status: 'error', message: t('v.error') + ' ' + e.message });
    }).finally(function () { button.disabled = false; });
  });
})();
