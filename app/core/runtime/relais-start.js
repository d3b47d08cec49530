/* Starts the page once every player has registered: the score line, the
 * large-print switch, then the players. */
(function () {
  'use strict';
  var R = window.Relais;
  var scoreLine = document.querySelector('.relais-score');
  if (scoreLine) {
    R.onChange(function (r) {
      var done = r.activities.filter(function (a) { return a.completed; }).length;
      var text = R.t('Activités faites : ', 'Activities done: ') + done + ' / ' + r.activities.length;
      if (r.maxScore > 0) text += R.t(' — score : ', ' — score: ') + r.score + ' / ' + r.maxScore;
      scoreLine.textContent = text;
    });
  }
  var large = document.querySelector('.relais-large-print');
  if (large) {
    var key = 'relais-large-print';
    var apply = function (on) {
      document.documentElement.classList.toggle('relais-large', on);
      large.setAttribute('aria-pressed', on ? 'true' : 'false');
    };
    try { apply(window.localStorage.getItem(key) === '1'); } catch (e) { apply(false); }
    large.addEventListener('click', function () {
      var on = !document.documentElement.classList.contains('relais-large');
      apply(on);
      try { window.localStorage.setItem(key, on ? '1' : '0'); } catch (e) { /* storage may be off */ }
    });
  }
  R.start();
})();
