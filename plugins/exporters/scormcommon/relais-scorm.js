/* What the SCORM 1.2 and SCORM 2004 bridges share: finding the LMS's API the
 * way the specifications say, the learner's answers kept as suspend data, and
 * the moments to report. Plain ES2017, no modules, no network: the package is
 * played by an LMS over http(s), or tried from a folder with no LMS at all,
 * and the page must then work as if nothing were there. */
(function () {
  'use strict';

  // The ADL discovery algorithm: the API object hangs on a window above this
  // one (the LMS frames the SCO), or above the one that opened it (a pop-up).
  // A window of another origin cannot be read: it is not the LMS's.
  function lookUp(win, name) {
    for (var tries = 0; win && tries < 500; ++tries) {
      try {
        if (win[name]) return win[name];
      } catch (e) { /* another origin: look further up */ }
      var parent = null;
      try { parent = win.parent; } catch (e) { parent = null; }
      if (!parent || parent === win) return null;
      win = parent;
    }
    return null;
  }

  function findApi(name) {
    var api = lookUp(window, name);
    var openers = [];
    try { openers = [window.opener, window.top && window.top.opener]; } catch (e) { openers = []; }
    for (var i = 0; !api && i < openers.length; ++i) {
      if (openers[i]) api = lookUp(openers[i], name);
    }
    return api || null;
  }

  // An API call that never throws into the page: a broken LMS must not stop
  // the learner. Results come back as strings, as the specifications type them.
  function call(api, method) {
    var args = Array.prototype.slice.call(arguments, 2);
    try {
      var result = api[method].apply(api, args);
      return result === null || result === undefined ? '' : String(result);
    } catch (e) {
      if (window.console) console.warn('SCORM ' + method + ': ' + e);
      return '';
    }
  }

  // Sets a value only when it differs from the one set last: the LMS sees,
  // and commits, real changes only. True when something was set.
  function writer(api, method) {
    var written = {};
    return function (name, value) {
      var text = String(value);
      if (written[name] === text) return false;
      written[name] = text;
      call(api, method, name, text);
      return true;
    };
  }

  function settings() {
    var node = document.getElementById('relais-scorm-settings');
    try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
  }

  function number(text, fallback) {
    var value = text === '' ? NaN : Number(text);
    if (isFinite(value)) return value;
    return typeof fallback === 'number' && isFinite(fallback) ? fallback : null;
  }

  // The answers saved last time: a JSON object of responses by activity id,
  // handed to the players before they are mounted.
  function restore(text) {
    if (!text) return;
    try {
      var saved = JSON.parse(text);
      if (saved && typeof saved === 'object' && !Array.isArray(saved)) window.Relais.restore(saved);
    } catch (e) { /* not written by this page: start afresh */ }
  }

  // The answers to keep, within the LMS's limit. When they do not all fit,
  // the longest are left out first, so that as many activities as possible
  // come back; those left out are simply done again.
  function suspendData(results, limit) {
    var responses = {};
    var sizes = [];
    results.activities.forEach(function (a) {
      if (a.response === null || a.response === undefined) return;
      responses[a.id] = a.response;
      sizes.push({ id: a.id, size: JSON.stringify(a.response).length });
    });
    sizes.sort(function (x, y) { return y.size - x.size; });
    var text = JSON.stringify(responses);
    for (var i = 0; text.length > limit && i < sizes.length; ++i) {
      delete responses[sizes[i].id];
      text = JSON.stringify(responses);
    }
    return text;
  }

  // The module's score in percent, or null when nothing in it is scored.
  function percent(results) {
    return results.maxScore > 0 ? results.score * 100 / results.maxScore : null;
  }

  // Whether a scored activity has been answered: until then the LMS shows
  // no score rather than a zero the learner never earned.
  function attempted(results) {
    return results.activities.some(function (a) { return a.maxScore > 0 && a.completed; });
  }

  function passed(scorePercent, masteryPercent) {
    return scorePercent + 1e-9 >= masteryPercent;
  }

  function round(value, digits) {
    var f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }

  // Results once every activity of the page is mounted: players that restore
  // saved answers report while the page starts, before the others exist.
  function onResults(callback) {
    var expected = document.querySelectorAll('section.relais-activity').length;
    window.Relais.onChange(function (results) {
      if (results.activities.length < expected) return;
      callback(results, results.completed || expected === 0);
    });
  }

  // The learner leaves for good: pagehide, which every browser fires where
  // unload is no longer dependable; once only.
  var left = false;
  function onLeave(callback) {
    window.addEventListener('pagehide', function () {
      if (left) return;
      left = true;
      callback();
    });
  }

  // A tablet may put the page away without ever unloading it. A page that is
  // leaving is hidden too, after its session is over: nothing to say then.
  function onHidden(callback) {
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden' && !left) callback();
    });
  }

  // Time spent, in hundredths of a second split into hours, minutes, seconds.
  function duration(since) {
    var total = Math.max(0, Math.round((Date.now() - since) / 10));
    return {
      hours: Math.floor(total / 360000),
      minutes: Math.floor(total % 360000 / 6000),
      seconds: Math.floor(total % 6000 / 100),
      hundredths: total % 100
    };
  }

  window.RelaisScorm = {
    findApi: findApi, call: call, writer: writer, settings: settings, number: number, restore: restore,
    suspendData: suspendData, percent: percent, attempted: attempted, passed: passed, round: round,
    onResults: onResults, onLeave: onLeave, onHidden: onHidden, duration: duration
  };
})();
