/* ChatworkGuard evidence page: SHA-256 (FIPS 180-4) in plain JavaScript, synchronous. WebCrypto's digest is
   asynchronous and costs a round trip per call; for 100,000 small records one synchronous pass is many times faster.
   evidence-chain.js checks it against WebCrypto on the first record before relying on it. */
var CwgSha256 = (function () {
  'use strict';

  var K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  var W = new Int32Array(64);
  var H = new Int32Array(8);
  // Int32 throughout: values read back stay small integers in V8 (a Uint32Array above 2^31 yields doubles).
  var tail = new Uint8Array(128);
  var HEX = [];
  for (var h = 0; h < 256; h++) { HEX.push((h < 16 ? '0' : '') + h.toString(16)); }

  function block(bytes, offset) {
    for (var i = 0; i < 16; i++) {
      var j = offset + i * 4;
      W[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (i = 16; i < 64; i++) {
      var w15 = W[i - 15];
      var w2 = W[i - 2];
      var s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      var s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], hh = H[7];
    for (i = 0; i < 64; i++) {
      var t1 = (hh + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
      var t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + hh) | 0;
  }

  // The digest of bytes[0..length) (all of bytes without a length) as lower-case hex.
  function hex(bytes, length) {
    H[0] = 0x6a09e667; H[1] = 0xbb67ae85; H[2] = 0x3c6ef372; H[3] = 0xa54ff53a;
    H[4] = 0x510e527f; H[5] = 0x9b05688c; H[6] = 0x1f83d9ab; H[7] = 0x5be0cd19;
    if (length === undefined) { length = bytes.length; }
    var full = length - (length % 64);
    for (var offset = 0; offset < full; offset += 64) { block(bytes, offset); }
    var rest = length - full;
    tail.fill(0);
    for (var k = full; k < length; k++) { tail[k - full] = bytes[k]; }
    tail[rest] = 0x80;
    var end = rest < 56 ? 64 : 128;
    var bits = length * 8;
    tail[end - 5] = (bits / 4294967296) & 255;
    tail[end - 4] = bits >>> 24; tail[end - 3] = (bits >>> 16) & 255; tail[end - 2] = (bits >>> 8) & 255; tail[end - 1] = bits & 255;
    block(tail, 0);
    if (end === 128) { block(tail, 64); }
    var out = '';
    for (var i = 0; i < 8; i++) { out += HEX[H[i] >>> 24] + HEX[(H[i] >>> 16) & 255] + HEX[(H[i] >>> 8) & 255] + HEX[H[i] & 255]; }
    return out;
  }

  return { hex: hex };
})();
