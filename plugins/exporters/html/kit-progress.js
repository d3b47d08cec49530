/* Kit tablette, module pages: the learner's answers are kept in the
 * browser's local storage, under a key named after the curriculum and its
 * version, and handed back to the players when the page opens again. Each
 * module also keeps a summary (activities done, score) for the contents page.
 * Plain ES2017: old tablets, file://. */
(function () {
  'use strict';
  var R = window.Relais;
  var nav = document.querySelector('[data-kit-store][data-kit-module]');
  if (!R || !nav) return;
  var key = nav.getAttribute('data-kit-store');
  var moduleId = nav.getAttribute('data-kit-module');

  function load() {
    try {
      var store = JSON.parse(window.localStorage.getItem(key) || '{}');
      return store && typeof store === 'object' && store.modules && typeof store.modules === 'object' ? store : { modules: {} };
    } catch (e) {
      return { modules: {} };
    }
  }

  var entry = load().modules[moduleId];
  R.restore(entry && entry.responses && typeof entry.responses === 'object' ? entry.responses : {});

  R.onChange(function (r) {
    var store = load();
    var mine = store.modules[moduleId];
    if (!mine || typeof mine.responses !== 'object' || mine.responses === null) mine = { responses: {} };
    // While the page starts, the players mount one by one and report what they
    // restored: an activity not mounted yet keeps what was saved for it.
    r.activities.forEach(function (a) {
      if (a.response !== null && a.response !== undefined) mine.responses[a.id] = a.response;
      else delete mine.responses[a.id];
    });
    var done = r.activities.filter(function (a) { return a.completed; }).length;
    mine.done = done;
    mine.total = r.activities.length;
    mine.score = r.score;
    mine.maxScore = r.maxScore;
    mine.completed = r.completed;
    mine.started = done > 0 || Object.keys(mine.responses).length > 0;
    store.modules[moduleId] = mine;
    try {
      window.localStorage.setItem(key, JSON.stringify(store));
    } catch (e) { /* storage may be off (private browsing): the page still works */ }
  });
})();
