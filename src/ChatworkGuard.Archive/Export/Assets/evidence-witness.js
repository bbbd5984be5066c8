/* ChatworkGuard evidence page: the checkpoint records (Merkle proof up to the statement's root, ECDSA P-256 signature
   with WebCrypto), the witness posts the file carries, and the value a reader pastes (a chain head or checkpoint lines
   copied from the witness room in Chatwork). Used by evidence.js. */
var CwgWitness = (function () {
  'use strict';

  var textEncoder = new TextEncoder();

  function parseJson(text) { try { return JSON.parse(text); } catch (e) { return undefined; } }

  function hexToBytes(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) { bytes[i] = parseInt(hex.substr(i * 2, 2), 16); }
    return bytes;
  }

  function toHex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  async function sha(bytes) { return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)); }

  function parseStatements(text) {
    var re = /chatwork-guard checkpoint v1 root=([0-9a-f]{64}) at=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) rooms=(\d{1,9})/g;
    var out = [];
    var m;
    while ((m = re.exec(text || '')) !== null) { out.push({ line: m[0], root: m[1] }); }
    return out;
  }

  function fromBase64(text) { return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); }); }

  // Each checkpoint record: its leaf is in the chain, its proof leads to its statement's root, its signature holds.
  // In a slice, a checkpoint whose leaf lies before the slice's link cannot be held against the records: its proof and
  // signature are checked, and it is counted apart (outside), never as covering the slice.
  async function checkCheckpoints(records, span) {
    var result = { checked: [], outside: [], keys: new Set(), signed: 0, broken: null };
    for (var i = 0; i < records.length; i++) {
      var r = records[i];
      var d = r.kind === 'checkpoint' && r.details !== null ? parseJson(r.details) : null;
      if (!d || typeof d.statement !== 'string') { continue; }
      var statement = parseStatements(d.statement)[0];
      var leafSeq = Number(d.leaf_seq);
      var leafHash = span.hashAt(leafSeq);
      var outside = span.slice !== null && leafHash === undefined && leafSeq < span.first - 1;
      var ok = !!statement && (outside || leafHash === d.leaf_head) && leafSeq < Number(r.seq);
      if (ok) {
        var leaf = new Uint8Array(49);
        var view = new DataView(leaf.buffer);
        view.setBigInt64(1, BigInt(r.room_id));
        view.setBigInt64(9, BigInt(d.leaf_seq));
        leaf.set(hexToBytes(d.leaf_head), 17);
        var current = await sha(leaf);
        for (var p = 0; p < d.proof.length; p++) {
          var sibling = hexToBytes(d.proof[p].substr(2));
          var node = new Uint8Array(65);
          node[0] = 1;
          node.set(d.proof[p][0] === 'L' ? sibling : current, 1);
          node.set(d.proof[p][0] === 'L' ? current : sibling, 33);
          current = await sha(node);
        }
        ok = toHex(current) === statement.root;
      }
      if (ok && (d.signature || d.public_key)) {
        result.signed++;
        try {
          var spki = fromBase64(d.public_key);
          var key = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
          ok = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromBase64(d.signature), textEncoder.encode(statement.line));
          result.keys.add(toHex(await sha(spki)));
        } catch (e) { ok = false; }
      }
      if (!ok) { result.broken = result.broken || { seq: Number(r.seq), kind: 'checkpoint' }; continue; }
      (outside ? result.outside : result.checked).push({ seq: Number(r.seq), leafSeq: leafSeq, line: statement.line, root: statement.root, room: d.witness_room_id, message: d.witness_message_id });
    }
    return result;
  }

  // The value the reader pasted: a chain head "seq:hash" or checkpoint lines copied from the witness room. Null when
  // it does not match the file; for a slice, { outside: 'head' | 'checkpoint' } when it names what the slice does not
  // hold, so it can be neither confirmed nor refused here.
  function compareExpected(text, span, checkpoints) {
    var head = /^\s*#?(\d+)\s*:\s*([0-9a-fA-F]{64})\s*$/.exec(text);
    if (head) {
      var seq = Number(head[1]);
      var hash = span.hashAt(seq);
      if (hash === undefined) { return span.slice ? { outside: 'head', seq: seq } : null; }
      return hash === head[2].toLowerCase() ? { seq: seq, source: 'head' } : null;
    }
    var best = null;
    var statements = parseStatements(text);
    statements.forEach(function (s) {
      checkpoints.checked.forEach(function (c) { if (c.line === s.line && (!best || c.leafSeq > best.seq)) { best = { seq: c.leafSeq, source: 'checkpoint' }; } });
    });
    return best || (span.slice && statements.length > 0 ? { outside: 'checkpoint' } : null);
  }

  function witnessPosts(data, checkpoints) {
    var byId = new Map();
    (data.witness_records || []).forEach(function (w) { byId.set(w.message_id, w); });
    return checkpoints.checked.filter(function (c) { return c.message && byId.has(c.message); }).map(function (c) {
      var w = byId.get(c.message);
      return { root: c.root, room: c.room, message: c.message, time: w.send_time === null ? '—' : CwgChecks.jst(Number(w.send_time) * 1000) };
    });
  }

  return { checkCheckpoints: checkCheckpoints, compareExpected: compareExpected, witnessPosts: witnessPosts, parseStatements: parseStatements };
})();
