/* True or false player: each statement is a radio group ("Vrai" / "Faux")
 * labelled by the statement, so arrows, Space, touch and screen readers all
 * work. "Valider" marks each statement and shows its explanation. */
(function () {
  'use strict';

  window.Relais.register('truefalse', function (container, data, api) {
    var el = api.el, t = api.t;
    var statements = data.statements || [];
    var name = 'truefalse-' + api.id;
    var root = el('div', { 'class': 'relais-truefalse' });
    var list = el('ol', { 'class': 'relais-tf-list' });

    var items = statements.map(function (statement, i) {
      var id = name + '-' + i;
      var text = el('p', { id: id + '-text', 'class': 'relais-tf-text' }, [
        el('span', { 'class': 'relais-tf-number', 'aria-hidden': 'true' }, [String(i + 1)]),
        el('span', null, [window.Relais.keepTogether(statement.text || '')])
      ]);
      var note = el('p', { id: id + '-note', 'class': 'relais-tf-note', hidden: true });
      var group = el('div', { role: 'radiogroup', 'class': 'relais-tf-choices', 'aria-labelledby': id + '-text', 'aria-describedby': id + '-note' });
      var radios = {};
      [['true', t('Vrai', 'True')], ['false', t('Faux', 'False')]].forEach(function (option) {
        var input = el('input', { type: 'radio', name: id, value: option[0], id: id + '-' + option[0] });
        radios[option[0]] = { input: input, label: el('label', { 'class': 'relais-option relais-tf-choice', 'for': input.id }, [input, el('span', null, [option[1]])]) };
        group.appendChild(radios[option[0]].label);
      });
      var item = el('li', { 'class': 'relais-tf-item' }, [text, group, note]);
      list.appendChild(item);
      return { statement: statement, item: item, note: note, radios: radios };
    });
    root.appendChild(list);
    container.appendChild(root);
    // The verdict comes before the buttons: read the result, then try again.
    var feedback = api.feedback();

    var check = el('button', { type: 'button' }, [t('Valider', 'Check')]);
    var retry = el('button', { type: 'button', 'class': 'relais-secondary', hidden: true }, [t('Réessayer', 'Try again')]);
    container.appendChild(el('div', { 'class': 'relais-tf-actions' }, [check, retry]));

    function answerOf(x) {
      if (x.radios['true'].input.checked) return 'true';
      if (x.radios['false'].input.checked) return 'false';
      return null;
    }

    function rightAnswer(x) {
      return x.statement.answer === 'false' ? 'false' : 'true';
    }

    // Explanations often open with the answer ("Faux. La carte Vitale est
    // gratuite."); the verdict already says it, so it is not read twice.
    function withoutVerdict(explanation, answer) {
      var word = answer === 'true' ? '(vrai|true)' : '(faux|false)';
      return explanation.replace(new RegExp('^\\s*' + word + '\\s*[.!:,;]\\s*', 'i'), '');
    }

    function show(answers) {
      var score = 0;
      items.forEach(function (x, i) {
        var right = answers[i] === rightAnswer(x);
        score += right ? 1 : 0;
        x.item.classList.remove('relais-right', 'relais-wrong');
        x.item.classList.add(right ? 'relais-right' : 'relais-wrong');
        ['true', 'false'].forEach(function (value) {
          var r = x.radios[value];
          r.input.disabled = true;
          r.label.classList.remove('relais-right', 'relais-wrong');
          if (answers[i] === value) r.label.classList.add(right ? 'relais-right' : 'relais-wrong');
        });
        var said = rightAnswer(x) === 'true' ? t('cette phrase est vraie.', 'this statement is true.') : t('cette phrase est fausse.', 'this statement is false.');
        x.note.textContent = '';
        x.note.appendChild(el('strong', null, [(right ? t('✓ Bonne réponse : ', '✓ Right: ') : t('✗ Non : ', '✗ No: ')) + said]));
        var explanation = withoutVerdict(x.statement.explanation || '', rightAnswer(x));
        if (explanation) x.note.appendChild(document.createTextNode(' ' + window.Relais.keepTogether(explanation)));
        x.note.hidden = false;
      });
      var full = score === api.maxScore;
      feedback.show(full, full ? t('Bravo, tout est juste !', 'Well done, everything is right!')
        : t('Pas encore : ', 'Not yet: ') + score + (score > 1 ? t(' bonnes réponses sur ', ' right answers out of ') : t(' bonne réponse sur ', ' right answer out of ')) + api.maxScore
          + t('. Lisez les explications sous chaque phrase, puis réessayez.', '. Read the explanation under each statement, then try again.'));
      check.hidden = true;
      retry.hidden = false;
      api.report({ score: score, completed: true, response: answers });
    }

    check.addEventListener('click', function () {
      var answers = items.map(answerOf);
      var missing = answers.filter(function (a) { return a === null; }).length;
      if (missing) {
        feedback.show(null, missing === 1 ? t('Il reste une phrase sans réponse : choisissez «\u00a0Vrai\u00a0» ou «\u00a0Faux\u00a0».', 'One statement has no answer yet: choose “True” or “False”.')
          : t('Il reste ' + missing + ' phrases sans réponse : choisissez «\u00a0Vrai\u00a0» ou «\u00a0Faux\u00a0» pour chacune.', missing + ' statements have no answer yet: choose “True” or “False” for each.'));
        items[answers.indexOf(null)].radios['true'].input.focus();
        return;
      }
      show(answers);
      retry.focus();
    });

    // Right answers stay; only the wrong ones are cleared, to be tried again.
    retry.addEventListener('click', function () {
      var first = null;
      items.forEach(function (x) {
        var wrong = answerOf(x) !== rightAnswer(x);
        ['true', 'false'].forEach(function (value) {
          var r = x.radios[value];
          r.input.disabled = false;
          if (wrong) r.input.checked = false;
          r.label.classList.remove('relais-right', 'relais-wrong');
        });
        x.item.classList.remove('relais-right', 'relais-wrong');
        x.note.hidden = true;
        x.note.textContent = '';
        if (wrong && !first) first = x.radios['true'].input;
      });
      feedback.clear();
      retry.hidden = true;
      check.hidden = false;
      (first || (items[0] && items[0].radios['true'].input) || check).focus();
    });

    if (Array.isArray(api.saved) && api.saved.length === items.length) {
      api.saved.forEach(function (value, i) {
        if (value === 'true' || value === 'false') items[i].radios[value].input.checked = true;
      });
      if (items.every(function (x) { return answerOf(x) !== null; })) show(items.map(answerOf));
    }
  });
})();
