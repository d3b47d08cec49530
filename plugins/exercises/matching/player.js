/* Matching player: one native <select> per left-hand item, listing the
 * right-hand items in a shuffled order, so that mouse, touch, keyboard and
 * screen readers all work without any dragging. "Valider" marks each line
 * right or wrong; "Réessayer" keeps the right lines and clears the others. */
(function () {
  'use strict';

  function simplified(text) {
    return String(text || '').replace(/\s+/g, ' ').trim();
  }

  // The same order as the paper sheet: seeded from the right-hand texts so it
  // never changes between visits, and no answer faces its own line.
  function shuffledOrder(pairs) {
    var n = pairs.length;
    var order = pairs.map(function (p, i) { return i; });
    if (n < 2) return order;
    var seed = 2166136261;
    pairs.forEach(function (p) {
      var text = simplified(p.right && p.right.text);
      for (var c = 0; c < text.length; ++c) seed = Math.imul(seed ^ text.charCodeAt(c), 16777619) >>> 0;
    });
    for (var attempt = 0; attempt < 20; ++attempt) {
      for (var i = n - 1; i > 0; --i) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        var j = (seed >>> 8) % (i + 1);
        var tmp = order[i]; order[i] = order[j]; order[j] = tmp;
      }
      if (order.every(function (v, k) { return v !== k; })) return order;
    }
    return order.map(function (v, k) { return (k + 1) % n; });
  }

  window.Relais.register('matching', function (container, data, api) {
    var el = api.el, t = api.t;
    var pairs = data.pairs || [];
    var name = 'matching-' + api.id;
    var order = shuffledOrder(pairs);

    // What a right-hand answer is called in the list: its text, or the
    // description of its picture.
    function answerLabel(side) {
      return simplified(side && side.text) || (side && side.image && side.image.alt) || '';
    }

    // A closed list shows one line: when the chosen answer is longer than the
    // list is wide (a tablet, large print), it is repeated in full below.
    var ruler = document.createElement('canvas').getContext('2d');
    function fitEcho(r) {
      var text = r.select.value === '' ? '' : answerLabel(pairs[Number(r.select.value)].right);
      var cut = text.length > 40;
      if (ruler && r.select.clientWidth) {
        var style = window.getComputedStyle(r.select);
        ruler.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
        cut = ruler.measureText(text).width > r.select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      }
      r.echo.textContent = text && cut ? text : '';
    }

    var root = el('div', { 'class': 'relais-matching' });
    var promptId = name + '-prompt';
    root.appendChild(el('p', { id: promptId, 'class': 'relais-matching-prompt' }, [data.prompt || '']));
    root.appendChild(el('p', { 'class': 'relais-matching-hint' }, [t('Pour chaque ligne, choisissez la bonne réponse dans la liste, puis appuyez sur « Valider ».',
      'For each line, choose the right answer from the list, then press “Check”.')]));

    var withPictures = pairs.some(function (p) { return p.right && p.right.image; });
    if (withPictures) {
      var gallery = el('ul', { 'class': 'relais-matching-answers', 'aria-label': t('Les réponses possibles', 'The possible answers') });
      order.forEach(function (k) {
        var right = pairs[k].right || {};
        var item = el('li');
        var picture = api.media(right.image, 'relais-matching-image');
        if (picture) item.appendChild(picture);
        if (simplified(right.text)) item.appendChild(el('p', null, [right.text]));
        gallery.appendChild(item);
      });
      root.appendChild(el('p', { 'class': 'relais-matching-hint', 'aria-hidden': 'true' }, [t('Les réponses possibles :', 'The possible answers:')]));
      root.appendChild(gallery);
    }

    var list = el('ol', { 'class': 'relais-matching-rows', 'aria-labelledby': promptId });
    var rows = pairs.map(function (pair, i) {
      var left = pair.left || {};
      var leftId = name + '-left-' + i;
      var leftBox = el('div', { id: leftId, 'class': 'relais-matching-left' });
      var picture = api.media(left.image, 'relais-matching-image');
      if (picture) leftBox.appendChild(picture);
      if (simplified(left.text)) leftBox.appendChild(el('p', null, [left.text]));
      var noteId = name + '-note-' + i;
      var select = el('select', { id: name + '-' + i, 'aria-labelledby': leftId, 'aria-describedby': noteId });
      select.appendChild(el('option', { value: '' }, [t('— Choisir la réponse —', '— Choose the answer —')]));
      order.forEach(function (k) {
        select.appendChild(el('option', { value: String(k) }, [answerLabel(pairs[k].right)]));
      });
      var note = el('p', { id: noteId, 'class': 'relais-matching-note' });
      var echo = el('p', { 'class': 'relais-matching-echo', 'aria-hidden': 'true' });
      // The list's own arrow is tiny: a wrapper draws a large one.
      var field = el('div', { 'class': 'relais-matching-select' }, [select]);
      var row = el('li', { 'class': 'relais-matching-row' }, [leftBox, field, echo, note]);
      list.appendChild(row);
      var r = { row: row, select: select, note: note, echo: echo };
      select.addEventListener('change', function () { fitEcho(r); });
      return r;
    });
    root.appendChild(list);

    var check = el('button', { type: 'button' }, [t('Valider', 'Check')]);
    var retry = el('button', { type: 'button', 'class': 'relais-secondary', hidden: true }, [t('Réessayer', 'Try again')]);
    root.appendChild(check);
    root.appendChild(retry);
    container.appendChild(root);
    var feedback = api.feedback();
    function fitAll() { rows.forEach(fitEcho); }
    // Watched: the prompt, whose size follows the width and the text size but
    // not the repeated answers (watching those would loop).
    if (window.ResizeObserver) new window.ResizeObserver(fitAll).observe(root.firstChild);
    else window.addEventListener('resize', fitAll);

    function chosen() {
      return rows.map(function (r) { return r.select.value === '' ? null : Number(r.select.value); });
    }

    function show(answers) {
      var score = 0;
      rows.forEach(function (r, i) {
        var right = answers[i] === i;
        score += right ? 1 : 0;
        r.row.classList.remove('relais-right', 'relais-wrong');
        r.row.classList.add(right ? 'relais-right' : 'relais-wrong');
        r.note.textContent = right ? t('✓ Juste.', '✓ Right.') : t('✗ Pas encore : ce n’est pas la bonne réponse.', '✗ Not yet: this is not the right answer.');
        r.select.disabled = true;
      });
      var full = score === pairs.length;
      var count = score === 0 ? t('aucune ligne n’est juste.', 'no line is right.')
        : score === 1 ? t('1 ligne juste sur ', '1 line right out of ') + pairs.length + '.'
          : score + t(' lignes justes sur ', ' lines right out of ') + pairs.length + '.';
      feedback.show(full, full ? t('Bravo, tout est juste !', 'Well done, everything is right!')
        : t('Pas encore : ', 'Not yet: ') + count
          + t(' Les lignes marquées ✗ sont à revoir : appuyez sur « Réessayer ».', ' Lines marked ✗ need another look: press “Try again”.'));
      check.hidden = true;
      retry.hidden = false;
      api.report({ score: score, completed: true, response: answers });
    }

    check.addEventListener('click', function () {
      var answers = chosen();
      var missing = rows.filter(function (r, i) { return answers[i] === null; });
      if (missing.length) {
        feedback.show(null, missing.length === 1
          ? t('Il reste une ligne sans réponse : choisissez une réponse pour chaque ligne.', 'One line has no answer yet: choose an answer for every line.')
          : t('Il reste ' + missing.length + ' lignes sans réponse : choisissez une réponse pour chaque ligne.', missing.length + ' lines have no answer yet: choose an answer for every line.'));
        missing[0].select.focus();
        return;
      }
      show(answers);
      // Valider is gone: keep the keyboard where the next step is.
      retry.focus();
    });

    retry.addEventListener('click', function () {
      var firstWrong = null;
      rows.forEach(function (r, i) {
        r.select.disabled = false;
        if (Number(r.select.value) !== i) {
          r.select.value = '';
          r.echo.textContent = '';
          firstWrong = firstWrong || r;
        }
        r.row.classList.remove('relais-right', 'relais-wrong');
        r.note.textContent = '';
      });
      feedback.clear();
      retry.hidden = true;
      check.hidden = false;
      (firstWrong || rows[0]).select.focus();
    });

    if (Array.isArray(api.saved) && api.saved.length === rows.length) {
      rows.forEach(function (r, i) {
        var k = api.saved[i];
        r.select.value = k === null || k === undefined ? '' : String(k);
        fitEcho(r);
      });
      var restored = chosen();
      if (restored.every(function (k) { return k !== null; })) show(restored);
    }
  });
})();
