/* Put-in-order player: the steps come shuffled; each has "Monter" and
 * "Descendre" buttons (no dragging, WCAG 2.5.7) and its position number.
 * "Valider" marks each step at its place or not, one point per step. */
(function () {
  'use strict';

  // Never the right order itself, or there would be nothing to do.
  function shuffle(n, seedText) {
    var order = [];
    for (var i = 0; i < n; ++i) order.push(i);
    var next = window.Relais.seededRandom(seedText);
    for (var j = n - 1; j > 0; --j) {
      var k = Math.floor(next() * (j + 1));
      var tmp = order[j]; order[j] = order[k]; order[k] = tmp;
    }
    if (n > 1 && order.every(function (v, idx) { return v === idx; })) order.push(order.shift());
    return order;
  }

  window.Relais.register('ordering', function (container, data, api) {
    var el = api.el, t = api.t;
    var steps = data.steps || [];
    var name = 'ordering-' + api.id;
    var root = el('div', { 'class': 'relais-ordering' });
    var promptId = name + '-prompt';
    root.appendChild(el('p', { id: promptId, 'class': 'relais-ordering-prompt' }, [data.prompt || '']));
    root.appendChild(el('p', { 'class': 'relais-ordering-hint' }, [t('Touchez «\u00a0Monter\u00a0» ou «\u00a0Descendre\u00a0» pour déplacer une étape. L’étape n° 1 se fait en premier.',
      'Press “Move up” or “Move down” to move a step. Step 1 is done first.')]));
    var list = el('ol', { 'class': 'relais-ordering-list', 'aria-labelledby': promptId });
    root.appendChild(list);

    var items = steps.map(function (step, i) {
      var text = step.text || '';
      var number = el('span', { 'class': 'relais-ordering-number', 'aria-hidden': 'true' });
      var body = el('div', { 'class': 'relais-ordering-body' }, [el('p', { 'class': 'relais-ordering-text' }, [window.Relais.keepTogether(text)])]);
      var picture = api.media(step.image, 'relais-ordering-image');
      if (picture) body.appendChild(picture);
      var note = el('p', { 'class': 'relais-ordering-note', hidden: true });
      body.appendChild(note);
      var up = el('button', { type: 'button', 'class': 'relais-secondary relais-ordering-up', 'aria-label': t('Monter l’étape «\u00a0', 'Move up the step “') + text + t('\u00a0»', '”') },
        [el('span', { 'aria-hidden': 'true' }, ['▲ ']), t('Monter', 'Move up')]);
      var down = el('button', { type: 'button', 'class': 'relais-secondary relais-ordering-down', 'aria-label': t('Descendre l’étape «\u00a0', 'Move down the step “') + text + t('\u00a0»', '”') },
        [el('span', { 'aria-hidden': 'true' }, ['▼ ']), t('Descendre', 'Move down')]);
      var moves = el('div', { 'class': 'relais-ordering-moves' }, [up, down]);
      var li = el('li', { 'class': 'relais-ordering-step', 'data-step': String(i) }, [number, body, moves]);
      var item = { index: i, text: text, li: li, number: number, note: note, moves: moves, up: up, down: down };
      up.addEventListener('click', function () { move(item, -1, up); });
      down.addEventListener('click', function () { move(item, 1, down); });
      return item;
    });

    var order = shuffle(items.length, api.id + '\n' + items.map(function (x) { return x.text; }).join('\n'));

    var check = el('button', { type: 'button' }, [t('Valider', 'Check')]);
    var retry = el('button', { type: 'button', 'class': 'relais-secondary', hidden: true }, [t('Réessayer', 'Try again')]);
    container.appendChild(root);
    // The verdict comes before the buttons: read the result, then try again.
    var feedback = api.feedback();
    container.appendChild(el('div', { 'class': 'relais-ordering-actions' }, [check, retry]));

    // The list shows `order`; the buttons at either end say they cannot move
    // further but keep their focus (aria-disabled), so pressing "Monter"
    // again and again never loses the keyboard user's place.
    function layout() {
      order.forEach(function (stepIndex, position) {
        var x = items[stepIndex];
        list.appendChild(x.li);
        x.number.textContent = String(position + 1);
        x.up.setAttribute('aria-disabled', position === 0 ? 'true' : 'false');
        x.down.setAttribute('aria-disabled', position === order.length - 1 ? 'true' : 'false');
      });
    }

    function move(item, delta, button) {
      var from = order.indexOf(item.index);
      var to = from + delta;
      if (to < 0 || to >= order.length) {
        api.announce(to < 0 ? t('Cette étape est déjà la première.', 'This step is already the first.')
          : t('Cette étape est déjà la dernière.', 'This step is already the last.'));
        return;
      }
      order.splice(from, 1);
      order.splice(to, 0, item.index);
      layout();
      button.focus();
      api.announce(t('«\u00a0', '“') + item.text + t('\u00a0» est maintenant à la place ', '” is now in position ') + (to + 1) + t(' sur ', ' of ') + order.length + '.');
    }

    function show() {
      var score = 0;
      order.forEach(function (stepIndex, position) {
        var x = items[stepIndex];
        var right = stepIndex === position;
        score += right ? 1 : 0;
        x.li.classList.remove('relais-right', 'relais-wrong');
        x.li.classList.add(right ? 'relais-right' : 'relais-wrong');
        x.note.textContent = right ? t('✓ Bonne place', '✓ Right place') : t('✗ Pas à la bonne place', '✗ Not in the right place');
        x.note.hidden = false;
        x.moves.hidden = true;
      });
      var full = score === api.maxScore;
      feedback.show(full, full ? t('Bravo, toutes les étapes sont dans le bon ordre !', 'Well done, every step is in the right order!')
        : (score === 0 ? t('Pas encore : aucune étape n’est à la bonne place.', 'Not yet: no step is in the right place.')
          : t('Pas encore : ', 'Not yet: ') + score + (score > 1 ? t(' étapes sur ', ' steps out of ') : t(' étape sur ', ' step out of ')) + api.maxScore
            + (score > 1 ? t(' sont à la bonne place.', ' are in the right place.') : t(' est à la bonne place.', ' is in the right place.')))
          + t(' Touchez «\u00a0Réessayer\u00a0» pour déplacer les étapes marquées ✗.', ' Press “Try again” to move the steps marked ✗.'));
      check.hidden = true;
      retry.hidden = false;
      api.report({ score: score, completed: true, response: order.slice() });
    }

    check.addEventListener('click', function () {
      show();
      retry.focus();
    });

    // The order stays as the learner left it: only the misplaced steps need moving.
    retry.addEventListener('click', function () {
      var firstWrong = null;
      order.forEach(function (stepIndex, position) {
        var x = items[stepIndex];
        if (stepIndex !== position && !firstWrong) firstWrong = x;
        x.li.classList.remove('relais-right', 'relais-wrong');
        x.note.hidden = true;
        x.note.textContent = '';
        x.moves.hidden = false;
      });
      feedback.clear();
      retry.hidden = true;
      check.hidden = false;
      if (firstWrong) (order.indexOf(firstWrong.index) > 0 ? firstWrong.up : firstWrong.down).focus();
      else check.focus();
    });

    var saved = api.saved;
    var restored = Array.isArray(saved) && saved.length === items.length
      && saved.slice().sort(function (a, b) { return a - b; }).every(function (v, i) { return v === i; });
    if (restored) order = saved.slice();
    layout();
    if (restored) show();
  });
})();
