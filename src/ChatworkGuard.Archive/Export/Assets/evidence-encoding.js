/* ChatworkGuard evidence page: previous hash ‖ canonical encoding of a record (the bytes its hash is computed over, as
   described in the page footer and docs/evidence-format.md), written into one reused buffer. Everything is written
   byte by byte here: TextEncoder.encodeInto, a DataView and a subarray per field cost more than encoding the field
   itself, and this runs once per record. Used by evidence-chain.js. */
var CwgEncoding = (function () {
  'use strict';

  var NIBBLE = new Uint8Array(128);
  '0123456789abcdef'.split('').forEach(function (c, i) { NIBBLE[c.charCodeAt(0)] = i; NIBBLE[c.toUpperCase().charCodeAt(0)] = i; });

  var bytes = new Uint8Array(1 << 16);
  var position = 0;

  function ensure(more) {
    if (position + more <= bytes.length) { return; }
    var bigger = new Uint8Array(Math.max(bytes.length * 2, position + more));
    bigger.set(bytes.subarray(0, position));
    bytes = bigger;
  }

  // 64 hex digits as 32 bytes: a table, not parseInt.
  function hash(hex) {
    ensure(32);
    for (var i = 0; i < 32; i++) { bytes[position++] = (NIBBLE[hex.charCodeAt(2 * i) & 127] << 4) | NIBBLE[hex.charCodeAt(2 * i + 1) & 127]; }
  }

  function u32(value) {
    bytes[position++] = value >>> 24;
    bytes[position++] = (value >>> 16) & 255;
    bytes[position++] = (value >>> 8) & 255;
    bytes[position++] = value & 255;
  }

  // i64: 8 bytes, two's complement, big-endian. Numbers are safe integers; a BigInt is a value beyond 2^53 that the
  // page's JSON.parse kept exact (evidence-chain.js).
  function i64(value) {
    ensure(8);
    if (typeof value === 'bigint') {
      u32(Number(BigInt.asUintN(32, value >> 32n)));
      u32(Number(BigInt.asUintN(32, value)));
      return;
    }
    var high = Math.floor(value / 4294967296);
    u32(high | 0);
    u32(value - high * 4294967296);
  }

  // str: the UTF-8 byte length (4 bytes, big-endian), then UTF-8. A lone surrogate becomes U+FFFD (EF BF BD), as
  // TextEncoder and the exporter's UTF-8 encoder write it.
  function str(value) {
    if (typeof value !== 'string') { value = String(value); } // as TextEncoder would take it
    ensure(4 + value.length * 3);
    var start = position + 4;
    var p = start;
    for (var i = 0; i < value.length; i++) {
      var c = value.charCodeAt(i);
      if (c < 0x80) {
        bytes[p++] = c;
      } else if (c < 0x800) {
        bytes[p++] = 0xc0 | (c >> 6);
        bytes[p++] = 0x80 | (c & 63);
      } else if (c < 0xd800 || c > 0xdfff) {
        bytes[p++] = 0xe0 | (c >> 12);
        bytes[p++] = 0x80 | ((c >> 6) & 63);
        bytes[p++] = 0x80 | (c & 63);
      } else {
        var low = c <= 0xdbff && i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          var point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          bytes[p++] = 0xf0 | (point >> 18);
          bytes[p++] = 0x80 | ((point >> 12) & 63);
          bytes[p++] = 0x80 | ((point >> 6) & 63);
          bytes[p++] = 0x80 | (point & 63);
          i++;
        } else {
          bytes[p++] = 0xef;
          bytes[p++] = 0xbf;
          bytes[p++] = 0xbd;
        }
      }
    }
    u32(p - start);
    position = p;
  }

  function u8(value) { ensure(1); bytes[position++] = value; }
  function flag(present) { u8(present ? 1 : 0); return present; }
  function optStr(value) { if (flag(value !== null && value !== undefined)) { str(value); } }
  function optI64(value) { if (flag(value !== null && value !== undefined)) { i64(value); } }

  // Writes previous hash ‖ encoding of record (with seq in place of record.seq) and returns its length; the bytes are
  // bytes()[0..length) until the next call.
  function encode(record, seq) {
    position = 0;
    hash(record.prev_hash);
    u8(1); // the format version
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
    return position;
  }

  return { encode: encode, bytes: function () { return bytes; } };
})();
