/* Self-assessment player: each "Je sais …" statement is a fieldset with two
 * big radio buttons, "Je sais faire" and "Pas encore". "Enregistrer" reports
 * the answers as the response (one {statement, answer} per statement, answer
 * "known" or "not-yet") with a kind summary; there is no score.
 * French texts hold no-break spaces inside « » and before : ! ? so that a
 * mark never wraps alone onto the next line. */
(function () {
  'use strict';
  window.Relais.register('selfassessment', function (container, data, api) {
    var el = api.el, t = api.t;
    var statements = data.statements || [];
    var base = 'selfassessment-' + api.id;
    var root = el('div', { 'class': 'relais-selfassessment' });
    var items = statements.map(function (statement, i) {
      var name = base + '-' + i;
      var fieldset = el('fieldset', { 'class': 'relais-selfassessment-statement', role: 'radiogroup', 'aria-labelledby': name + '-text' });
      fieldset.appendChild(el('legend', { id: name + '-text' }, [statement.text || '']));
      var choices = el('div', { 'class': 'relais-selfassessment-choices' });
      var inputs = [
        ['known', t('Je sais faire', 'I can do it')],
        ['not-yet', t('Pas encore', 'Not yet')]
      ].map(function (choice) {
        var input = el('input', { type: 'radio', name: name, value: choice[0], id: name + '-' + choice[0] });
        var label = el('label', { 'class': 'relais-option relais-selfassessment-' + choice[0], 'for': input.id }, [input, el('span', null, [choice[1]])]);
        choices.appendChild(label);
        return input;
      });
      fieldset.appendChild(choices);
      root.appendChild(fieldset);
      return { text: statement.text || '', fieldset: fieldset, inputs: inputs };
    });
    var save = el('button', { type: 'button', 'class': 'relais-selfassessment-save' }, [t('Enregistrer', 'Save')]);
    root.appendChild(save);
    container.appendChild(root);
    var feedback = api.feedback();
    var saved = false;

    function answerOf(item) {
      var checked = item.inputs.filter(function (input) { return input.checked; })[0];
      return checked ? checked.value : null;
    }

    function paint(item) {
      item.inputs.forEach(function (input) {
        input.parentNode.classList.toggle('relais-selfassessment-chosen', input.checked);
      });
    }

    function summary(known, total) {
      if (known === total) {
        return total === 1 ? t('C’est enregistré. Vous savez déjà le faire : bravo !', 'Saved. You can already do it: well done!')
          : t('C’est enregistré. Vous savez déjà faire les ' + total + ' choses : bravo !', 'Saved. You can already do all ' + total + ' things: well done!');
      }
      if (known === 0) return t('C’est enregistré. Nous allons apprendre tout cela ensemble, pas à pas.', 'Saved. We will learn all of this together, step by step.');
      var rest = total - known;
      return t('C’est enregistré. Vous savez déjà faire ' + known + (known === 1 ? ' chose' : ' choses') + ' sur ' + total + '. '
          + (rest === 1 ? 'Nous travaillerons l’autre ensemble.' : 'Nous travaillerons les autres ensemble.'),
        'Saved. You can already do ' + known + ' of ' + total + (known === 1 ? ' thing. ' : ' things. ')
          + (rest === 1 ? 'We will work on the other one together.' : 'We will work on the others together.'));
    }

    function record() {
      var response = items.map(function (item) { return { statement: item.text, answer: answerOf(item) }; });
      var known = response.filter(function (r) { return r.answer === 'known'; }).length;
      saved = true;
      feedback.show(true, summary(known, items.length));
      api.report({ score: 0, completed: true, response: response });
    }

    items.forEach(function (item) {
      item.inputs.forEach(function (input) {
        input.addEventListener('change', function () {
          paint(item);
          if (saved) feedback.show(null, t('Vous avez changé une réponse : appuyez sur « Enregistrer » pour la garder.', 'You changed an answer: press “Save” to keep it.'));
        });
      });
    });

    save.addEventListener('click', function () {
      var missing = items.filter(function (item) { return !answerOf(item); });
      if (!missing.length) {
        record();
        return;
      }
      feedback.show(null, missing.length === 1
        ? t('Il reste une phrase sans réponse : choisissez « Je sais faire » ou « Pas encore ».', 'One statement has no answer yet: choose “I can do it” or “Not yet”.')
        : t('Il reste ' + missing.length + ' phrases sans réponse : pour chacune, choisissez « Je sais faire » ou « Pas encore ».',
          missing.length + ' statements have no answer yet: for each, choose “I can do it” or “Not yet”.'));
      // The first statement left is where the learner goes on; focus takes them there.
      missing[0].inputs[0].focus();
    });

    // Saved answers are matched by statement text, so that a statement moved
    // or added in a new version of the curriculum does not take another's answer.
    if (Array.isArray(api.saved)) {
      api.saved.forEach(function (entry, i) {
        if (!entry) return;
        var item = items[i] && items[i].text === entry.statement ? items[i]
          : items.filter(function (x) { return x.text === entry.statement; })[0];
        var input = item && item.inputs.filter(function (x) { return x.value === entry.answer; })[0];
        if (input) input.checked = true;
      });
      items.forEach(paint);
      if (items.length && items.every(answerOf)) record();
    }
  });
})();
