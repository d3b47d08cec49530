/* Kit tablette, contents page: each module says whether it is done, started
 * or not started, with its score, from what the module pages kept in local
 * storage; a button erases every answer, after a confirmation. */
(function () {
  'use strict';
  var main = document.querySelector('[data-kit-store]');
  if (!main) return;
  var key = main.getAttribute('data-kit-store');
  var lang = (document.documentElement.getAttribute('lang') || 'fr').toLowerCase();
  function t(fr, en) { return lang.indexOf('en') === 0 ? en : fr; }

  function load() {
    try {
      var store = JSON.parse(window.localStorage.getItem(key) || '{}');
      return store && store.modules && typeof store.modules === 'object' ? store.modules : {};
    } catch (e) {
      return {};
    }
  }

  function describe(entry, total) {
    if (!entry || !entry.started) return { state: 'todo', mark: '○', text: t('Pas commencé', 'Not started') };
    var score = entry.maxScore > 0 ? t(' — score : ', ' — score: ') + entry.score + ' / ' + entry.maxScore : '';
    if (entry.completed) return { state: 'done', mark: '✓', text: t('Fait', 'Done') + score };
    var done = Number(entry.done) || 0;
    var count = Number(entry.total) || total;
    var progress = lang.indexOf('en') === 0
      ? 'In progress: ' + done + ' of ' + count + ' activities done'
      : 'En cours : ' + done + (done > 1 ? ' activités faites' : ' activité faite') + ' sur ' + count;
    return { state: 'doing', mark: '◐', text: progress + score };
  }

  function refresh() {
    var modules = load();
    Array.prototype.forEach.call(document.querySelectorAll('.kit-module[data-module]'), function (card) {
      var d = describe(modules[card.getAttribute('data-module')], Number(card.getAttribute('data-total')) || 0);
      var status = card.querySelector('.kit-status');
      status.setAttribute('data-state', d.state);
      status.querySelector('.kit-mark').textContent = d.mark;
      status.querySelector('.kit-state').textContent = keepTogether(d.text);
    });
  }

  function keepTogether(text) {
    return window.Relais ? window.Relais.keepTogether(text) : text;
  }

  refresh();
  // Back from a module page, the browser may show this page from its cache:
  // the states are read again.
  window.addEventListener('pageshow', refresh);
  window.addEventListener('storage', function (e) { if (e.key === key) refresh(); });

  var ask = document.querySelector('.kit-forget-ask');
  var confirmBox = document.querySelector('.kit-forget-confirm');
  var done = document.querySelector('.kit-forget-done');
  if (!ask || !confirmBox) return;
  ask.addEventListener('click', function () {
    confirmBox.hidden = false;
    ask.hidden = true;
    done.textContent = '';
    confirmBox.querySelector('#kit-forget-question').focus();
  });
  confirmBox.querySelector('.kit-forget-no').addEventListener('click', function () {
    confirmBox.hidden = true;
    ask.hidden = false;
    ask.focus();
  });
  confirmBox.querySelector('.kit-forget-yes').addEventListener('click', function () {
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing was kept */ }
    confirmBox.hidden = true;
    ask.hidden = false;
    refresh();
    done.textContent = t('Vos réponses sont effacées.', 'Your answers are erased.');
    ask.focus();
  });
})();
