/* ChatworkGuard evidence page: the embedded data and the hash chain. The exporter embeds room-<id>.json once,
   gzip-compressed and base64-encoded (#cwg-data); it is decoded here with DecompressionStream, parsed, and every
   record's hash recomputed with WebCrypto following the canonical encoding in the page footer, with the same break
   rules as `chatwork-guard verify`. Used by evidence.js. */
var CwgChain = (function () {
  'use strict';

  var PAINT_EVERY_MS = 250;
  var B64 = new Uint8Array(128).fill(255);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach(function (c, i) { B64[c.charCodeAt(0)] = i; });

  function fromBase64(text) {
    var clean = text.replace(/[^A-Za-z0-9+/]/g, '');
    var out = new Uint8Array(Math.floor(clean.length * 3 / 4));
    var o = 0;
    for (var i = 0; i < clean.length; i += 4) {
      var n = (B64[clean.charCodeAt(i)] << 18) | (B64[clean.charCodeAt(i + 1)] << 12) | ((i + 2 < clean.length ? B64[clean.charCodeAt(i + 2)] : 0) << 6) | (i + 3 < clean.length ? B64[clean.charCodeAt(i + 3)] : 0);
      if (o < out.length) { out[o++] = n >>> 16; }
      if (o < out.length) { out[o++] = (n >>> 8) & 255; }
      if (o < out.length) { out[o++] = n & 255; }
    }
    return out;
  }

  // Integers beyond 2^53 would lose digits as JS numbers: keep their exact text as a BigInt.
  function reviver(key, value, context) {
    if (typeof value === 'number' && !Number.isSafeInteger(value) && context && typeof context.source === 'string') {
      return BigInt(context.source);
    }
    return value;
  }

  // The embedded JSON: its text (exactly room-<id>.json) and the parsed object.
  async function load() {
    var element = document.getElementById('cwg-data');
    if (element.getAttribute('data-encoding') !== 'gzip base64') { throw new Error('#cwg-data is not gzip base64'); }
    // The whole compressed block in one write: fewer stream hops than a Blob's chunked stream. The browser's own
    // base64 decoder where it has one (Uint8Array.fromBase64), several times faster than the one above.
    var base64 = element.textContent;
    var gunzip = new DecompressionStream('gzip');
    var writer = gunzip.writable.getWriter();
    writer.write(typeof Uint8Array.fromBase64 === 'function' ? Uint8Array.fromBase64(base64) : fromBase64(base64))
      .catch(function () { /* reported by the read side */ });
    writer.close().catch(function () { /* reported by the read side */ });
    // Read and decoded chunk by chunk: collecting the stream with Response.arrayBuffer() and decoding it whole took
    // twice as long in Chromium.
    var reader = gunzip.readable.getReader();
    var decoder = new TextDecoder();
    var parts = [];
    for (var chunk = await reader.read(); !chunk.done; chunk = await reader.read()) { parts.push(decoder.decode(chunk.value, { stream: true })); }
    parts.push(decoder.decode());
    var text = parts.join('');
    // The reviver costs a call per value: used only when the text has a 16-digit number (beyond 2^53 is possible).
    return /[:[,]\s*-?\d{16}/.test(text) ? JSON.parse(text, reviver) : JSON.parse(text);
  }

  function toHex(buffer) {
    var bytes = new Uint8Array(buffer);
    var out = '';
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16); }
    return out;
  }

  // WebCrypto copies its input when digest is called, so the buffer is reused at once for the next record.
  function hashOf(record, seq) {
    var length = CwgEncoding.encode(record, seq === undefined ? record.seq : seq);
    return crypto.subtle.digest('SHA-256', CwgEncoding.bytes().subarray(0, length)).then(toHex);
  }

  function fastHashOf(record) {
    var length = CwgEncoding.encode(record, record.seq); // first: it may replace the buffer with a bigger one
    return CwgSha256.hex(CwgEncoding.bytes(), length);
  }

  // Every record's own hash; progress(done, total) now and then. The synchronous SHA-256 (evidence-sha256.js) is
  // used only once it agrees with WebCrypto on the first record; otherwise WebCrypto hashes every record.
  async function hashAll(records, progress) {
    var computed = new Array(records.length);
    var painted = performance.now();
    var fast = records.length > 0 && typeof CwgSha256 !== 'undefined' && fastHashOf(records[0]) === await hashOf(records[0]);
    for (var start = 0; start < records.length; start += 4000) {
      var end = Math.min(records.length, start + 4000);
      var batch = [];
      for (var i = start; i < end; i++) {
        if (fast) {
          computed[i] = fastHashOf(records[i]);
        } else {
          batch.push(hashOf(records[i]).then(function (index) { return function (h) { computed[index] = h; }; }(i)));
        }
      }
      await Promise.all(batch);
      // Let the page paint the progress, but not after every batch: a paint of the page took ~45 ms in headless
      // Chromium, more than hashing 4,000 records.
      if (end < records.length && performance.now() - painted >= PAINT_EVERY_MS) {
        progress(end, records.length);
        await new Promise(function (resolve) { setTimeout(resolve, 0); });
        painted = performance.now();
      }
    }
    return computed;
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

  // Walks the links from (firstSeq, firstPrev): the whole chain from 1 and zero, or a slice from the record
  // before it. Returns the last good record and the first break, if any.
  async function walk(records, computed, firstSeq, firstPrev) {
    var expectedSeq = firstSeq;
    var expectedPrev = firstPrev;
    var lastGood = null;
    for (var k = 0; k < records.length; k++) {
      var cur = records[k];
      if (Number(cur.seq) === expectedSeq && cur.prev_hash === expectedPrev && computed[k] === cur.hash) {
        expectedSeq++;
        expectedPrev = cur.hash;
        lastGood = cur;
        continue;
      }
      var next = k + 1 < records.length ? records[k + 1] : null;
      return { lastGood: lastGood, found: await classify(cur, next, next !== null && computed[k + 1] === next.hash, lastGood, expectedSeq, expectedPrev, computed[k] === cur.hash) };
    }
    return { lastGood: lastGood, found: null };
  }

  function checkHead(head, lastGood, count, firstSeq) {
    var last = lastGood ? Number(lastGood.seq) : firstSeq - 1;
    if (!head) { return count > 0 ? { seq: last, kind: 'missing' } : null; }
    if (Number(head.seq) > last) { return { seq: last + 1, kind: 'missing' }; }
    if (Number(head.seq) < last) { return { seq: Number(head.seq) + 1, kind: 'inserted' }; }
    return lastGood === null || head.hash === lastGood.hash ? null : { seq: last, kind: 'changed' };
  }

  // Where the file's chain starts and must end: the whole chain (seq 1 after 32 zero bytes, to chain_head), or a slice
  // (first_seq after prev_hash, the hash of the record before it, to last_seq and last_hash). hashAt(seq) is the hash
  // the file holds for record seq (for a slice, prev_hash at first_seq - 1), undefined for a record outside the file.
  function span(data, records) {
    var s = data.slice;
    if (s === undefined || s === null) {
      return { slice: null, first: 1, prev: ZERO, end: data.chain_head, hashAt: function (seq) { return seq >= 1 && records[seq - 1] ? records[seq - 1].hash : undefined; } };
    }
    var hex = /^[0-9a-f]{64}$/;
    var first = Number(s.first_seq);
    var last = Number(s.last_seq);
    if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first < 1 || last < first || !hex.test(s.prev_hash) || !hex.test(s.last_hash)) {
      throw new Error('the file says it is a slice, but its slice description is malformed');
    }
    return {
      slice: { first: first, last: last, before: first - 1, prev: s.prev_hash },
      first: first,
      prev: s.prev_hash,
      end: { seq: last, hash: s.last_hash },
      hashAt: function (seq) {
        if (seq === first - 1) { return s.prev_hash; }
        var r = records[seq - first];
        return r && Number(r.seq) === seq ? r.hash : undefined;
      },
    };
  }

  var ZERO = '0'.repeat(64);

  return { load: load, hashAll: hashAll, walk: walk, checkHead: checkHead, span: span, ZERO: ZERO };
})();
