/* SCORM 1.2 bridge: tells the LMS (window.API) how the learner is doing and
 * brings back the answers of a previous session. Runs after the players and
 * before the page starts; without an LMS it does nothing. */
(function () {
  'use strict';
  var S = window.RelaisScorm;
  var api = S.findApi('API');
  if (!api || S.call(api, 'LMSInitialize', '') !== 'true') return;

  var started = Date.now();
  var set = S.writer(api, 'LMSSetValue');
  var finished = false;
  // The LMS's mastery score (from the manifest, or its own setting) comes first.
  var mastery = S.number(S.call(api, 'LMSGetValue', 'cmi.student_data.mastery_score'), S.settings().masteryScore);
  S.restore(S.call(api, 'LMSGetValue', 'cmi.suspend_data'));

  function pad(value, width) {
    var text = String(value);
    while (text.length < width) text = '0' + text;
    return text;
  }

  // CMITimespan: HHHH:MM:SS.SS.
  function timespan(d) {
    if (d.hours > 9999) return '9999:59:59.99';
    return pad(d.hours, 4) + ':' + pad(d.minutes, 2) + ':' + pad(d.seconds, 2) + '.' + pad(d.hundredths, 2);
  }

  function commit() {
    S.call(api, 'LMSCommit', '');
  }

  S.onResults(function (results, done) {
    var percent = S.percent(results);
    var changed = false;
    if (percent !== null && S.attempted(results)) {
      changed = set('cmi.core.score.min', 0) || changed;
      changed = set('cmi.core.score.max', 100) || changed;
      changed = set('cmi.core.score.raw', S.round(percent, 2)) || changed;
    }
    var status = 'incomplete';
    if (done) status = percent === null || mastery === null ? 'completed' : S.passed(percent, mastery) ? 'passed' : 'failed';
    finished = done;
    changed = set('cmi.core.lesson_status', status) || changed;
    changed = set('cmi.suspend_data', S.suspendData(results, 4096)) || changed;
    if (changed) commit();
  });

  S.onHidden(commit);

  S.onLeave(function () {
    set('cmi.core.session_time', timespan(S.duration(started)));
    set('cmi.core.exit', finished ? '' : 'suspend');
    commit();
    S.call(api, 'LMSFinish', '');
  });
})();
