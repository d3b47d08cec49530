/* SCORM 2004 (4th edition) bridge: tells the LMS (window.API_1484_11) how the
 * learner is doing and brings back the answers of a previous session. Runs
 * after the players and before the page starts; without an LMS it does
 * nothing. */
(function () {
  'use strict';
  var S = window.RelaisScorm;
  var api = S.findApi('API_1484_11');
  if (!api || S.call(api, 'Initialize', '') !== 'true') return;

  var started = Date.now();
  var set = S.writer(api, 'SetValue');
  var finished = false;
  // The LMS's passing score (the manifest's minNormalizedMeasure, or its own
  // setting) comes first; an LMS that has none answers "" with error 403.
  var fallback = S.settings().masteryScore;
  var passing = S.number(S.call(api, 'GetValue', 'cmi.scaled_passing_score'),
    typeof fallback === 'number' ? fallback / 100 : null);
  S.restore(S.call(api, 'GetValue', 'cmi.suspend_data'));

  // ISO 8601 duration: PT#H#M#.##S.
  function duration(d) {
    return 'PT' + d.hours + 'H' + d.minutes + 'M' + d.seconds + '.' + (d.hundredths < 10 ? '0' : '') + d.hundredths + 'S';
  }

  function commit() {
    S.call(api, 'Commit', '');
  }

  S.onResults(function (results, done) {
    var percent = S.percent(results);
    var total = results.activities.length;
    var changed = false;
    if (total > 0) {
      var completed = results.activities.filter(function (a) { return a.completed; }).length;
      changed = set('cmi.progress_measure', S.round(completed / total, 4)) || changed;
    }
    if (percent !== null && S.attempted(results)) {
      changed = set('cmi.score.min', 0) || changed;
      changed = set('cmi.score.max', 100) || changed;
      changed = set('cmi.score.raw', S.round(percent, 2)) || changed;
      changed = set('cmi.score.scaled', S.round(percent / 100, 4)) || changed;
    }
    changed = set('cmi.completion_status', done ? 'completed' : 'incomplete') || changed;
    if (percent !== null && passing !== null) {
      var success = done ? (S.passed(percent, passing * 100) ? 'passed' : 'failed') : 'unknown';
      changed = set('cmi.success_status', success) || changed;
    }
    finished = done;
    changed = set('cmi.suspend_data', S.suspendData(results, 64000)) || changed;
    if (changed) commit();
  });

  S.onHidden(commit);

  S.onLeave(function () {
    set('cmi.session_time', duration(S.duration(started)));
    set('cmi.exit', finished ? 'normal' : 'suspend');
    commit();
    S.call(api, 'Terminate', '');
  });
})();
