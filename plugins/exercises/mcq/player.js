/* Multiple choice player: native radio buttons or check boxes inside large
 * labels, so the keyboard, screen readers and touch all work; "Valider"
 * shows the feedback of each chosen answer and reports the score. */
(function () {
  'use strict';
  window.Relais.register('mcq', function (container, data, api) {
    var el = api.el, t = api.t;
    var multiple = !!data.multiple;
    var choices = data.choices || [];
    var name = 'mcq-' + api.id;
    var root = el('div', { 'class': 'relais-mcq' });
    var legendId = name + '-question';
    var fieldset = el('fieldset', { 'aria-labelledby': legendId });
    fieldset.appendChild(el('p', { id: legendId, 'class': 'relais-mcq-question' }, [data.question || '']));
    var picture = api.media(data.image);
    if (picture) fieldset.appendChild(picture);
    fieldset.appendChild(el('p', { 'class': 'relais-mcq-hint' }, [multiple ? t('Choisissez toutes les bonnes réponses.', 'Choose every right answer.') : t('Choisissez une réponse.', 'Choose one answer.')]));
    var inputs = choices.map(function (choice, i) {
      var input = el('input', { type: multiple ? 'checkbox' : 'radio', name: name, value: String(i), id: name + '-' + i });
      var note = el('span', { 'class': 'relais-mcq-choice-feedback', id: name + '-' + i + '-note' });
      var label = el('label', { 'class': 'relais-option', 'for': input.id }, [input, el('span', null, [choice.text || '', note])]);
      fieldset.appendChild(label);
      return { input: input, label: label, note: note, choice: choice };
    });
    root.appendChild(fieldset);
    var check = el('button', { type: 'button' }, [t('Valider', 'Check')]);
    var retry = el('button', { type: 'button', 'class': 'relais-secondary', hidden: true }, [t('Réessayer', 'Try again')]);
    root.appendChild(check);
    root.appendChild(retry);
    container.appendChild(root);
    var feedback = api.feedback();

    function selected() {
      return inputs.filter(function (x) { return x.input.checked; }).map(function (x) { return Number(x.input.value); });
    }

    function score(chosen) {
      if (!multiple) return chosen.length === 1 && choices[chosen[0]].correct ? 1 : 0;
      var s = 0;
      chosen.forEach(function (i) { s += choices[i].correct ? 1 : -1; });
      return Math.max(0, s);
    }

    function show(chosen) {
      var s = score(chosen);
      inputs.forEach(function (x, i) {
        var picked = chosen.indexOf(i) >= 0;
        x.label.classList.remove('relais-right', 'relais-wrong');
        x.note.textContent = '';
        if (picked) {
          x.label.classList.add(x.choice.correct ? 'relais-right' : 'relais-wrong');
          x.note.textContent = (x.choice.correct ? t('Juste. ', 'Right. ') : t('Pas tout à fait. ', 'Not quite. ')) + (x.choice.feedback || '');
        }
        x.input.disabled = true;
      });
      var full = s === api.maxScore;
      feedback.show(full, full ? t('Bravo, c’est juste !', 'Well done, that’s right!')
        : t('Pas encore : ', 'Not yet: ') + s + ' / ' + api.maxScore + t('. Lisez les commentaires et réessayez.', '. Read the feedback and try again.'));
      check.hidden = true;
      retry.hidden = false;
      api.report({ score: s, completed: true, response: chosen });
    }

    check.addEventListener('click', function () {
      var chosen = selected();
      if (!chosen.length) {
        feedback.show(null, t('Choisissez d’abord une réponse.', 'Choose an answer first.'));
        return;
      }
      show(chosen);
    });
    retry.addEventListener('click', function () {
      inputs.forEach(function (x) {
        x.input.disabled = false;
        x.input.checked = false;
        x.label.classList.remove('relais-right', 'relais-wrong');
        x.note.textContent = '';
      });
      feedback.clear();
      retry.hidden = true;
      check.hidden = false;
      inputs[0] && inputs[0].input.focus();
    });

    if (Array.isArray(api.saved) && api.saved.length) {
      api.saved.forEach(function (i) { if (inputs[i]) inputs[i].input.checked = true; });
      show(selected());
    }
  });
})();
