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
  // The evidence page's labels (Chatwork's system messages, "To all", "Task") in both languages.
  var labels = { ja: {}, en: {} };
  try { labels = JSON.parse(timeline.getAttribute('data-labels') || '{}'); } catch (e) { labels = { ja: {}, en: {} }; }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  function label(key) { return (labels[lang] && labels[lang][key]) || (labels.ja && labels.ja[key]) || null; }
  var context = { members: members, files: {}, label: label };

  timeline.querySelectorAll('.body-rendered[data-body]').forEach(function (node) {
    var fragment = window.renderNotation(node.getAttribute('data-body'), context);
    node.textContent = '';
    node.appendChild(fragment);
    node.setAttribute('data-rendered', 'true');
  });
})();
