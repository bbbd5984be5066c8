/* ChatworkGuard console: renders each archived body like Chatwork with the evidence page's renderNotation
   (notation.js, served from the archive's own resources). The server already wrote every body as plain text, so a
   browser without script still shows it; rendering only replaces that text with DOM built by renderNotation, which
   never uses innerHTML. */
(function () {
  'use strict';

  var timeline = document.getElementById('timeline');
  if (!timeline || typeof window.renderNotation !== 'function') { return; }

  var members = {};
  try { members = JSON.parse(timeline.getAttribute('data-members') || '{}'); } catch (e) { members = {}; }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  var words = {
    ja: { 'cw.toall': '全員', 'cw.task': 'タスク' },
    en: { 'cw.toall': 'ALL', 'cw.task': 'Task' }
  };
  var context = { members: members, files: {}, label: function (key) { return words[lang][key] || null; } };

  timeline.querySelectorAll('.body-rendered[data-body]').forEach(function (node) {
    var fragment = window.renderNotation(node.getAttribute('data-body'), context);
    node.textContent = '';
    node.appendChild(fragment);
    node.setAttribute('data-rendered', 'true');
  });
})();
