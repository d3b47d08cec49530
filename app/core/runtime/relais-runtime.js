/* Relais learner runtime: exercise players register here; the runtime mounts
 * them, gathers each activity's score and completion, and tells whoever
 * listens (the page's score line, a SCORM bridge, offline progress) without
 * knowing the exercise types. Plain ES2017, no modules: it must work from
 * file:// on an old tablet. */
(function () {
  'use strict';

  var players = {};
  var activities = [];
  var listeners = [];
  var saved = {};
  var lang = (document.documentElement.getAttribute('lang') || 'fr').toLowerCase();
  var liveRegion = null;

  function t(fr, en) {
    return lang.indexOf('en') === 0 ? en : fr;
  }

  // Builds an element. Attributes are set as attributes (never as event
  // handlers); children are nodes or strings, strings always become text.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (/^on/i.test(name)) throw new Error('event handler attributes are not allowed');
        node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  var SAFE_TAGS = ['p', 'ul', 'ol', 'li', 'em', 'strong', 'br', 'a', 'span'];
  function safeHref(href) {
    return typeof href === 'string' && /^(https?:\/\/|mailto:|tel:)\S+$/i.test(href);
  }

  // Rich text arrives as a tree ({tag, children, href}); only the safe subset
  // is built, text is always text.
  function richText(tree) {
    var fragment = document.createDocumentFragment();
    (tree || []).forEach(function build(item, index, list, parent) {
      var target = parent || fragment;
      if (typeof item === 'string') {
        target.appendChild(document.createTextNode(item));
        return;
      }
      if (!item || SAFE_TAGS.indexOf(item.tag) < 0) return;
      var node;
      if (item.tag === 'a') {
        node = safeHref(item.href) ? el('a', { href: item.href, rel: 'noopener noreferrer', target: '_blank' }) : el('span');
      } else {
        node = el(item.tag);
      }
      (item.children || []).forEach(function (child, i, all) { build(child, i, all, node); });
      target.appendChild(node);
    });
    return fragment;
  }

  function plainText(tree) {
    var div = document.createElement('div');
    div.appendChild(richText(tree));
    return div.textContent;
  }

  // A picture, a sound or a video with what makes it accessible: alt text,
  // transcript, captions.
  function media(m, extraClass) {
    if (!m || !m.src) return null;
    var kind = (m.type || '').split('/')[0];
    var box = el('figure', { 'class': 'relais-media' + (extraClass ? ' ' + extraClass : '') });
    if (kind === 'image') {
      box.appendChild(el('img', { src: m.src, alt: m.alt || '' }));
    } else if (kind === 'audio' || kind === 'video') {
      var player = el(kind, { src: m.src, controls: true, preload: 'metadata' });
      if (kind === 'video' && m.captions) {
        player.appendChild(el('track', { kind: 'captions', src: m.captions, srclang: lang.slice(0, 2), label: t('Sous-titres', 'Captions'), 'default': true }));
      }
      box.appendChild(player);
      if (m.transcript && m.transcript.length) {
        var details = el('details', { 'class': 'relais-transcript' }, [el('summary', null, [t('Lire la transcription', 'Read the transcript')])]);
        details.appendChild(richText(m.transcript));
        box.appendChild(details);
      }
    }
    return box;
  }

  // French spacing: "« Envoyer »" or "mot :" never split at the end of a line.
  function keepTogether(text) {
    return String(text).replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');
  }

  // A small seeded generator (FNV-1a seed, mulberry32): the same activity
  // always shows the same shuffle, so a facilitator can say "the second item
  // on your screen".
  function seededRandom(seedText) {
    var h = 2166136261;
    for (var i = 0; i < seedText.length; ++i) h = Math.imul(h ^ seedText.charCodeAt(i), 16777619);
    return function () {
      h = (h + 0x6d2b79f5) | 0;
      var x = Math.imul(h ^ (h >>> 15), 1 | h);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }

  function announce(message) {
    if (!liveRegion) {
      liveRegion = el('div', { 'class': 'relais-sr-only', 'aria-live': 'polite', role: 'status' });
      document.body.appendChild(liveRegion);
    }
    liveRegion.textContent = '';
    window.setTimeout(function () { liveRegion.textContent = message; }, 50);
  }

  function results() {
    var score = 0;
    var maxScore = 0;
    var completed = activities.length > 0;
    var list = activities.map(function (a) {
      score += a.score;
      maxScore += a.maxScore;
      completed = completed && a.completed;
      return { id: a.id, type: a.type, score: a.score, maxScore: a.maxScore, completed: a.completed, response: a.response };
    });
    return { score: score, maxScore: maxScore, completed: completed, activities: list };
  }

  function notify() {
    var r = results();
    listeners.forEach(function (cb) {
      try { cb(r); } catch (e) { if (window.console) console.error(e); }
    });
  }

  function feedback(container) {
    var box = el('div', { 'class': 'relais-feedback', role: 'status', 'aria-live': 'polite' });
    container.appendChild(box);
    return {
      show: function (ok, message) {
        box.className = 'relais-feedback ' + (ok === true ? 'relais-right' : ok === false ? 'relais-wrong' : 'relais-neutral');
        box.textContent = '';
        var mark = ok === true ? '✓ ' : ok === false ? '✗ ' : '';
        box.appendChild(el('p', null, [mark + message]));
        return box;
      },
      clear: function () { box.textContent = ''; box.className = 'relais-feedback'; }
    };
  }

  function mount(section) {
    var type = section.getAttribute('data-type');
    var id = section.getAttribute('data-activity');
    var container = section.querySelector('.relais-player');
    var dataNode = section.querySelector('script.relais-data');
    var data = dataNode ? JSON.parse(dataNode.textContent) : {};
    var maxScore = Math.max(0, Number(data.maxScore) || 0);
    var activity = { id: id, type: type, section: section, score: 0, maxScore: maxScore, completed: false, response: null };
    activities.push(activity);
    var player = players[type];
    if (!player) {
      container.appendChild(el('p', { 'class': 'relais-missing' }, [t('Cet exercice ne peut pas être affiché : son type n’est pas installé.', 'This exercise cannot be shown: its type is not installed.')]));
      return;
    }
    var api = {
      id: id, lang: lang, data: data, maxScore: maxScore,
      t: t, el: el, richText: richText, plainText: plainText, media: media, announce: announce,
      feedback: function () { return feedback(container); },
      saved: Object.prototype.hasOwnProperty.call(saved, id) ? saved[id] : null,
      report: function (result) {
        var score = Number(result && result.score) || 0;
        activity.score = Math.min(maxScore, Math.max(0, score));
        activity.completed = !!(result && result.completed);
        activity.response = result && result.response !== undefined ? result.response : null;
        section.setAttribute('data-completed', activity.completed ? 'true' : 'false');
        section.setAttribute('data-score', String(activity.score));
        notify();
      }
    };
    try {
      player(container, data, api);
    } catch (e) {
      container.appendChild(el('p', { 'class': 'relais-missing' }, [t('Cet exercice n’a pas pu être affiché.', 'This exercise could not be shown.')]));
      if (window.console) console.error(e);
    }
  }

  window.Relais = {
    version: 1,
    register: function (type, player) { players[type] = player; },
    // Answers saved earlier (a SCORM suspend_data, local storage), by activity id,
    // handed to each player before it is mounted.
    restore: function (responses) { saved = responses || {}; },
    onChange: function (cb) { listeners.push(cb); },
    results: results,
    start: function () {
      Array.prototype.forEach.call(document.querySelectorAll('section.relais-activity'), mount);
      notify();
    },
    t: t, el: el, richText: richText, media: media, announce: announce,
    keepTogether: keepTogether, seededRandom: seededRandom
  };
})();
