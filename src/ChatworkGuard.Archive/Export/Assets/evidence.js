/* ChatworkGuard evidence page: language switch and in-browser verification of the hash chain.
   The chain is recomputed with WebCrypto from the embedded record data (#cwg-data), following the canonical
   encoding described in the page footer, with the same break rules as `chatwork-guard verify`. What the page shows,
   the checkpoints and a value the reader pastes are then checked by evidence-checks.js (CwgChecks) and
   evidence-witness.js (CwgWitness). */
(function () {
  'use strict';

  var ZERO = '0000000000000000000000000000000000000000000000000000000000000000';
  var i18n = JSON.parse(document.getElementById('cwg-i18n').textContent);
  var lang = 'ja';
  var lastResult = null;
  var resultEl = document.getElementById('verify-result');
  var button = document.getElementById('verify-btn');
  var witnessEl = document.getElementById('witness');
  var expectEl = document.getElementById('expect-input');
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

  function line(text) { var p = document.createElement('p'); p.textContent = text; return p; }

  function render(result) {
    lastResult = result;
    resultEl.className = 'result ' + result.status;
    resultEl.dataset.status = result.status;
    resultEl.textContent = '';
    witnessEl.textContent = '';
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
    if (result.status === 'broken') {
      resultEl.dataset.seq = String(result.seq);
      resultEl.dataset.kind = result.kind;
      title.textContent = t('v.broken', { seq: result.seq, kind: t('v.' + result.kind) });
      detail.textContent = t('v.d.' + result.kind) + ' ';
      var link = document.createElement('a');
      link.href = '#r-' + result.seq;
      link.textContent = t('v.goto');
      detail.appendChild(link);
    } else {
      delete resultEl.dataset.seq;
      delete resultEl.dataset.kind;
      if (result.count === 0) {
        title.textContent = t('v.empty');
      } else if (result.status === 'witnessed') {
        title.textContent = t('v.witnessed', { seq: result.witnessedSeq, source: t('v.src.' + result.source) });
        if (result.count > result.witnessedSeq) { detail.appendChild(line(t('v.after', { seq: result.witnessedSeq, n: (result.count - result.witnessedSeq).toLocaleString() }))); }
      } else {
        title.textContent = t('v.consistent', { n: result.count.toLocaleString() });
      }
      var code = document.createElement('code');
      code.textContent = result.head ? '#' + result.head.seq + ' ' + result.head.hash : '';
      detail.appendChild(code);
      if (result.checkpoints.checked.length > 0) {
        detail.appendChild(line(t('cp.summary', { n: result.checkpoints.checked.length }) + ' ' +
          (result.checkpoints.signed > 0 ? t('cp.signed', { key: Array.from(result.checkpoints.keys).join(', ') }) : t('cp.unsigned'))));
      }
      result.posts.forEach(function (post) { witnessEl.appendChild(line(t('w.post', post))); });
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
    found = found || checkHead(data.chain_head, lastGood, total) || CwgChecks.checkDisplay(data, records, t);
    var checkpoints = found ? null : await CwgWitness.checkCheckpoints(records);
    found = found || checkpoints.broken;
    var expected = expectEl.value.trim();
    var witnessed = found || expected === '' ? null : CwgWitness.compareExpected(expected, records, checkpoints);
    if (!found && expected !== '' && !witnessed) { found = { seq: total ? Number(records[total - 1].seq) : 0, kind: 'witness' }; }
    if (found) {
      var article = document.getElementById('r-' + found.seq);
      if (article) { article.classList.add('broken'); }
      render({ status: 'broken', seq: found.seq, kind: found.kind });
      return;
    }
    CwgChecks.renderBodies(records);
    render({
      status: witnessed ? 'witnessed' : 'unwitnessed',
      count: total,
      head: lastGood ? { seq: lastGood.seq, hash: lastGood.hash } : null,
      witnessedSeq: witnessed ? witnessed.seq : 0,
      source: witnessed ? witnessed.source : null,
      checkpoints: checkpoints,
      posts: CwgWitness.witnessPosts(data, checkpoints),
    });
  }

  function run() {
    button.disabled = true;
    verify().catch(function (e) {
      render({ status: 'error', message: t('v.error') + ' ' + e.message });
    }).finally(function () { button.disabled = false; });
  }

  button.addEventListener('click', run);
  // Checked as soon as the page opens: nothing it shows should go unchecked until someone presses the button.
  run();
})();
