/* ChatworkGuard evidence page: the embedded data and the hash chain. The exporter embeds room-<id>.json once,
   gzip-compressed and base64-encoded (#cwg-data); it is decoded here with DecompressionStream, parsed, and every
   record's hash recomputed with WebCrypto following the canonical encoding in the page footer, with the same break
   rules as `chatwork-guard verify`. Used by evidence.js. */
var CwgChain = (function () {
  'use strict';

  var textEncoder = new TextEncoder();
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
    // The whole compressed block in one write: fewer stream hops than a Blob's chunked stream.
    var gunzip = new DecompressionStream('gzip');
    var writer = gunzip.writable.getWriter();
    writer.write(fromBase64(element.textContent)).catch(function () { /* reported by the read side */ });
    writer.close().catch(function () { /* reported by the read side */ });
    var stream = gunzip.readable;
    var text = new TextDecoder().decode(await new Response(stream).arrayBuffer());
    // The reviver costs a call per value: used only when the text has a 16-digit number (beyond 2^53 is possible).
    return /[:[,]\s*-?\d{16}/.test(text) ? JSON.parse(text, reviver) : JSON.parse(text);
  }

  var NIBBLE = new Uint8Array(128);
  '0123456789abcdef'.split('').forEach(function (c, i) { NIBBLE[c.charCodeAt(0)] = i; NIBBLE[c.toUpperCase().charCodeAt(0)] = i; });

  // 64 hex digits into scratch[0..32): a table, not parseInt, as it runs once per record.
  function writeHash(hex) {
    for (var i = 0; i < 32; i++) { scratch[i] = (NIBBLE[hex.charCodeAt(2 * i) & 127] << 4) | NIBBLE[hex.charCodeAt(2 * i + 1) & 127]; }
  }

  function toHex(buffer) {
    var bytes = new Uint8Array(buffer);
    var out = '';
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16); }
    return out;
  }

  // previous hash ‖ canonical encoding of a record, written into one reused buffer.
  var scratch = new Uint8Array(1 << 16);
  var view = new DataView(scratch.buffer);
  var position = 0;

  function ensure(more) {
    if (position + more <= scratch.length) { return; }
    var bigger = new Uint8Array(Math.max(scratch.length * 2, position + more));
    bigger.set(scratch.subarray(0, position));
    scratch = bigger;
    view = new DataView(scratch.buffer);
  }

  function u8(value) { ensure(1); scratch[position++] = value; }

  function i64(value) {
    ensure(8);
    if (typeof value === 'bigint') {
      view.setBigInt64(position, value);
    } else {
      var high = Math.floor(value / 4294967296);
      view.setInt32(position, high);
      view.setUint32(position + 4, value - high * 4294967296);
    }
    position += 8;
  }

  function str(value) {
    ensure(4 + value.length * 3);
    var written = textEncoder.encodeInto(value, scratch.subarray(position + 4)).written;
    view.setUint32(position, written);
    position += 4 + written;
  }

  function optStr(value) { if (value === null || value === undefined) { u8(0); } else { u8(1); str(value); } }
  function optI64(value) { if (value === null || value === undefined) { u8(0); } else { u8(1); i64(value); } }

  function encode(record, seq) {
    position = 0;
    ensure(32);
    writeHash(record.prev_hash);
    position = 32;
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
    return scratch.subarray(0, position);
  }

  // WebCrypto copies its input when digest is called, so the buffer is reused at once for the next record.
  function hashOf(record, seq) { return crypto.subtle.digest('SHA-256', encode(record, seq === undefined ? record.seq : seq)).then(toHex); }

  // Every record's own hash; progress(done, total) after each batch. The synchronous SHA-256 (evidence-sha256.js) is
  // used only once it agrees with WebCrypto on the first record; otherwise WebCrypto hashes every record.
  async function hashAll(records, progress) {
    var computed = new Array(records.length);
    var fast = records.length > 0 && typeof CwgSha256 !== 'undefined' && CwgSha256.hex(encode(records[0], records[0].seq)) === await hashOf(records[0]);
    for (var start = 0; start < records.length; start += 4000) {
      var end = Math.min(records.length, start + 4000);
      var batch = [];
      for (var i = start; i < end; i++) {
        if (fast) {
          computed[i] = CwgSha256.hex(encode(records[i], records[i].seq));
        } else {
          batch.push(hashOf(records[i]).then(function (index) { return function (h) { computed[index] = h; }; }(i)));
        }
      }
      await Promise.all(batch);
      progress(end, records.length);
      // Let the page paint the progress between batches.
      await new Promise(function (resolve) { setTimeout(resolve, 0); });
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
