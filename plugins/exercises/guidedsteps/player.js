/* Step-by-step tutorial player: one step at a time ("Étape 2 sur 5"), the
 * instruction in large text, the screenshot, the recording if any, and two
 * big buttons. Changing step moves the focus to the step heading so that a
 * screen reader reads the new step and the page scrolls back to its top.
 * Done when "Terminer" is pressed on the last step.
 * French texts hold no-break spaces inside « » and before : ! ? so that a
 * mark never wraps alone onto the next line. */
(function () {
  'use strict';
  window.Relais.register('guidedsteps', function (container, data, api) {
    var el = api.el, t = api.t;
    var steps = data.steps || [];
    if (!steps.length) return;
    var base = 'guidedsteps-' + api.id;
    var root = el('div', { 'class': 'relais-guidedsteps' });
    var heading = el('h3', { id: base + '-heading', 'class': 'relais-guidedsteps-heading', tabindex: '-1' });
    var dots = el('ol', { 'class': 'relais-guidedsteps-dots', 'aria-hidden': 'true' });
    var marks = steps.map(function () {
      var mark = el('li');
      dots.appendChild(mark);
      return mark;
    });
    var instruction = el('p', { 'class': 'relais-guidedsteps-instruction' });
    var media = el('div', { 'class': 'relais-guidedsteps-media' });
    var previous = el('button', { type: 'button', 'class': 'relais-secondary relais-guidedsteps-previous' }, [t('Précédent', 'Previous')]);
    var next = el('button', { type: 'button', 'class': 'relais-guidedsteps-next' });
    var nav = el('div', { 'class': 'relais-guidedsteps-nav' }, [previous, next]);
    [heading, dots, instruction, media, nav].forEach(function (node) { root.appendChild(node); });
    container.appendChild(root);
    var feedback = api.feedback();
    var current = 0;
    var done = false;

    function last() { return current === steps.length - 1; }

    function report() {
      api.report({ score: 0, completed: done, response: { step: current, done: done } });
    }

    function showNext() {
      next.removeAttribute('aria-disabled');
      next.classList.remove('relais-guidedsteps-done');
      if (!last()) next.textContent = t('Suivant', 'Next');
      else if (!done) next.textContent = t('Terminer', 'Finish');
      else {
        next.textContent = t('✓ Terminé', '✓ Finished');
        next.setAttribute('aria-disabled', 'true');
        next.classList.add('relais-guidedsteps-done');
      }
    }

    function show(index, moveFocus) {
      current = Math.max(0, Math.min(steps.length - 1, index));
      var step = steps[current] || {};
      heading.textContent = t('Étape ', 'Step ') + (current + 1) + t(' sur ', ' of ') + steps.length;
      marks.forEach(function (mark, i) {
        mark.className = i < current ? 'relais-guidedsteps-past' : i === current ? 'relais-guidedsteps-current' : '';
      });
      instruction.textContent = step.instruction || '';
      media.textContent = '';
      var shot = api.media(step.image, 'relais-guidedsteps-shot');
      if (shot) media.appendChild(shot);
      var sound = api.media(step.audio, 'relais-guidedsteps-audio');
      if (sound) media.appendChild(sound);
      previous.disabled = current === 0;
      showNext();
      feedback.clear();
      if (moveFocus) heading.focus();
    }

    function finish() {
      done = true;
      showNext();
      feedback.show(true, steps.length > 1
        ? t('Bravo, vous avez suivi les ' + steps.length + ' étapes ! Pour revoir une étape, appuyez sur « Précédent ».',
          'Well done, you have followed the ' + steps.length + ' steps! To see a step again, press “Previous”.')
        : t('Bravo, vous avez suivi l’étape !', 'Well done, you have followed the step!'));
    }

    previous.addEventListener('click', function () {
      if (current === 0) return;
      show(current - 1, true);
      report();
    });
    next.addEventListener('click', function () {
      if (!last()) {
        show(current + 1, true);
        report();
      } else if (!done) {
        finish();
        report();
      }
    });

    var saved = api.saved;
    if (saved && typeof saved === 'object') {
      done = !!saved.done;
      show(Number(saved.step) || 0, false);
      if (done && last()) finish();
      report();
    } else {
      show(0, false);
    }
  });
})();
