/* ChatworkGuard evidence page: language switch, in-browser verification and the transcript window.
   The embedded data (#cwg-data) is decoded and its chain recomputed by evidence-chain.js (CwgChain); the transcript is
   then rendered from those verified records, one window at a time (evidence-render.js, CwgRender); the header and
   each rendered window are checked by evidence-checks.js (CwgChecks), the checkpoints and a value the reader pastes
   by evidence-witness.js (CwgWitness). */
(function () {
  'use strict';

  // Anything in the transcript before this script renders it came from the file, not from the verified data.
  var transcriptEl = document.getElementById('transcript');
  var prefilled = transcriptEl.children.length > 0 || transcriptEl.textContent.trim() !== '';
  var pagerEl = document.getElementById('pager');
  var model = null;
  var shownWindow = null;
  var i18n = JSON.parse(document.getElementById('cwg-i18n').textContent);
  var lang = 'ja';
  var lastResult = null;
  var resultEl = document.getElementById('verify-result');
  var button = document.getElementById('verify-btn');
  var witnessEl = document.getElementById('witness');
  var expectEl = document.getElementById('expect-input');

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
        if (result.lastSeq > result.witnessedSeq) { detail.appendChild(line(t('v.after', { seq: result.witnessedSeq, n: (result.lastSeq - result.witnessedSeq).toLocaleString() }))); }
      } else if (result.status === 'slice') {
        title.textContent = t('v.slice', { first: result.slice.first, last: result.slice.last, n: result.count.toLocaleString(), before: result.slice.before });
      } else {
        title.textContent = t('v.consistent', { n: result.count.toLocaleString() });
      }
      var code = document.createElement('code');
      code.textContent = result.head ? '#' + result.head.seq + ' ' + result.head.hash : '';
      detail.appendChild(code);
      if (result.slice) { renderSlice(detail, result); }
      if (result.checkpoints.checked.length > 0) {
        detail.appendChild(line(t('cp.summary', { n: result.checkpoints.checked.length }) + ' ' +
          (result.checkpoints.signed > 0 ? t('cp.signed', { key: Array.from(result.checkpoints.keys).join(', ') }) : t('cp.unsigned'))));
      }
      if (result.checkpoints.outside.length > 0) { detail.appendChild(line(t('cp.outside', { n: result.checkpoints.outside.length }))); }
      result.posts.forEach(function (post) { witnessEl.appendChild(line(t('w.post', post))); });
    }
    resultEl.appendChild(title);
    resultEl.appendChild(detail);
  }

  // What a slice adds to its result: that it is one, the chain head it states (which it cannot check), and a pasted
  // value it could not hold against its records.
  function renderSlice(detail, result) {
    var slice = result.slice;
    if (result.status === 'witnessed') { detail.appendChild(line(t('v.slice.witnessed', { first: slice.first, last: slice.last }))); }
    var stated = result.statedHead;
    detail.appendChild(line(t('v.slice.head') + ' ' + (stated ? '#' + stated.seq + ' ' + stated.hash : '—')));
    if (result.outside) {
      var p = line(t('v.outside.' + result.outside.outside, { seq: result.outside.seq, before: slice.before, last: slice.last }));
      p.id = 'verify-outside';
      detail.appendChild(p);
    }
  }

  async function verify() {
    if (!window.crypto || !crypto.subtle || typeof DecompressionStream !== 'function') {
      render({ status: 'error', message: t('v.nocrypto') });
      return;
    }
    var data;
    try {
      data = await CwgChain.load();
    } catch (e) {
      render({ status: 'error', message: t('v.error') + ' ' + e.message });
      return;
    }
    var records = data.records;
    var total = records.length;
    // The whole chain, or a slice: then the chain starts from the slice's link (prev_hash) and ends at its last record.
    var span = CwgChain.span(data, records);
    var computed = await CwgChain.hashAll(records, function (done, all) { render({ status: 'running', done: done, total: all }); });
    var chain = await CwgChain.walk(records, computed, span.first, span.prev);
    var lastGood = chain.lastGood;
    var found = chain.found || CwgChain.checkHead(span.end, lastGood, total, span.first);
    model = { data: data, records: records, previous: CwgRender.previousVersions(records), context: window.CwgTranscript ? window.CwgTranscript.contextFrom(records) : null, broken: null };
    var display = (prefilled ? { seq: 0, kind: 'display' } : null) || showWindowOf(targetSeq(found));
    found = found || CwgChecks.checkPage(data, records, t) || display;
    var checkpoints = found ? null : await CwgWitness.checkCheckpoints(records, span);
    found = found || checkpoints.broken;
    var expected = expectEl.value.trim();
    var witnessed = found || expected === '' ? null : CwgWitness.compareExpected(expected, span, checkpoints);
    if (!found && expected !== '' && !witnessed) { found = { seq: total ? Number(records[total - 1].seq) : 0, kind: 'witness' }; }
    // A value a slice cannot check is said so; it neither confirms nor refuses the slice.
    var outside = witnessed && witnessed.outside ? witnessed : null;
    if (outside) { witnessed = null; }
    if (found) {
      model.broken = found;
      if (found.kind !== 'display' && !document.getElementById('r-' + found.seq)) { showWindowOf(found.seq); }
      markBroken();
      render({ status: 'broken', seq: found.seq, kind: found.kind });
      return;
    }
    render({
      status: witnessed ? 'witnessed' : span.slice ? 'slice' : 'unwitnessed',
      count: total,
      lastSeq: lastGood ? Number(lastGood.seq) : 0,
      slice: span.slice,
      statedHead: data.chain_head,
      outside: outside,
      head: lastGood ? { seq: lastGood.seq, hash: lastGood.hash } : null,
      witnessedSeq: witnessed ? witnessed.seq : 0,
      source: witnessed ? witnessed.source : null,
      checkpoints: checkpoints,
      posts: CwgWitness.witnessPosts(data, checkpoints),
    });
  }

  function markBroken() {
    var article = model && model.broken ? document.getElementById('r-' + model.broken.seq) : null;
    if (article) { article.classList.add('broken'); }
  }

  function targetSeq(found) {
    var hash = /^#r-(\d+)$/.exec(location.hash);
    return found && found.seq > 0 ? found.seq : hash ? Number(hash[1]) : 0;
  }

  // Renders the window holding record seq (the first window when none holds it), checks it, and returns the first
  // field it shows that is not as recorded (null when all are). A failing window makes the whole result a refusal.
  function showWindowOf(seq) {
    var records = model.records;
    var index = records.length && seq > 0 ? Math.min(records.length - 1, Math.max(0, seq - Number(records[0].seq))) : 0;
    var first = Math.floor(index / CwgRender.PAGE) * CwgRender.PAGE;
    shownWindow = CwgRender.renderWindow(model, first, t);
    if (window.CwgTranscript) { window.CwgTranscript.wire(document.getElementById('transcript')); }
    renderPager();
    return CwgChecks.checkWindow(model, shownWindow, t);
  }

  function renderPager() {
    var total = model.records.length;
    pagerEl.textContent = '';
    if (total <= CwgRender.PAGE) { return; }
    function go(key, first, disabled) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'ghost';
      b.setAttribute('data-i18n', key);
      b.textContent = t(key);
      b.disabled = disabled;
      b.addEventListener('click', function () { moveTo(Number(model.records[first].seq)); });
      pagerEl.appendChild(b);
    }
    var last = Math.floor((total - 1) / CwgRender.PAGE) * CwgRender.PAGE;
    go('p.first', 0, shownWindow.first === 0);
    go('p.prev', Math.max(0, shownWindow.first - CwgRender.PAGE), shownWindow.first === 0);
    var where = document.createElement('span');
    where.className = 'pager-where';
    where.textContent = '#' + model.records[shownWindow.first].seq + '–#' + model.records[shownWindow.end - 1].seq + ' / ' + total.toLocaleString();
    pagerEl.appendChild(where);
    go('p.next', Math.min(last, shownWindow.first + CwgRender.PAGE), shownWindow.first === last);
    go('p.last', last, shownWindow.first === last);
  }

  // Another window: rendered from the same verified records and checked like the first; a failure is a refusal.
  function moveTo(seq) {
    if (!model) { return; }
    var found = showWindowOf(seq);
    markBroken();
    if (found && (!lastResult || lastResult.status !== 'broken')) {
      model.broken = found;
      render({ status: 'broken', seq: found.seq, kind: found.kind });
    }
    var target = document.getElementById('r-' + seq);
    if (target) { target.scrollIntoView(); }
  }

  window.addEventListener('hashchange', function () {
    var hash = /^#r-(\d+)$/.exec(location.hash);
    if (hash && model && !document.getElementById(location.hash.substr(1))) { moveTo(Number(hash[1])); }
  });

  function run() {
    button.disabled = true;
    // The previous verdict goes at once: nothing may read it as the answer to this run.
    render({ status: 'running', done: 0, total: 0 });
    verify().catch(function (e) {
      render({ status: 'error', message: t('v.error') + ' ' + e.message });
    }).finally(function () { button.disabled = false; });
  }

  button.addEventListener('click', run);
  // Checked as soon as the page opens: nothing it shows should go unchecked until someone presses the button.
  run();
})();
