/* Fill-in-the-blanks player: the text with a box to type in, or a list to
 * choose from, at each gap; "Valider" marks each gap and shows the expected
 * word where it is wrong. Typed answers ignore case, accents and spaces
 * around: many learners type without accents. */
(function () {
  'use strict';

  // Cuts the text as FillBlanksType::parse does: "[[a|b]]" is a gap whose
  // answers are a and b; a stray "[[" or "]]" stays text.
  function parse(text) {
    var parts = [];
    function plain(s) {
      if (!s) return;
      var last = parts[parts.length - 1];
      if (last && !last.gap) last.text += s;
      else parts.push({ text: s });
    }
    var pos = 0;
    while (pos < text.length) {
      var start = text.indexOf('[[', pos);
      var stray = text.indexOf(']]', pos);
      if (stray >= 0 && (start < 0 || stray < start)) {
        plain(text.slice(pos, stray + 2));
        pos = stray + 2;
        continue;
      }
      if (start < 0) {
        plain(text.slice(pos));
        break;
      }
      plain(text.slice(pos, start));
      var end = text.indexOf(']]', start + 2);
      var next = text.indexOf('[[', start + 2);
      if (end < 0 || (next >= 0 && next < end)) {
        plain('[[');
        pos = start + 2;
        continue;
      }
      parts.push({ gap: true, answers: text.slice(start + 2, end).split('|').map(function (a) { return a.replace(/\s+/g, ' ').trim(); }) });
      pos = end + 2;
    }
    return parts;
  }

  function normalize(s) {
    return String(s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[\u2018\u2019]/g, '\'')
      .replace(/\s+/g, ' ').trim();
  }

  window.Relais.register('fillblanks', function (container, data, api) {
    var el = api.el, t = api.t;
    var choice = data.mode !== 'typed';
    var name = 'fillblanks-' + api.id;
    var parts = parse(String(data.text || ''));
    var root = el('div', { 'class': 'relais-fillblanks' + (choice ? ' relais-fb-choice' : ' relais-fb-typed') });
    root.appendChild(el('p', { 'class': 'relais-fb-hint' }, [choice
      ? t('Dans chaque case, choisissez le bon mot dans la liste.', 'In each box, choose the right word from the list.')
      : t('Les majuscules et les accents ne comptent pas.', 'Capitals and accents do not count.')]));

    // The list offered at every gap: each answer once and the extra words,
    // shuffled the same way every time the page opens.
    var words = [];
    if (choice) {
      parts.forEach(function (p) { if (p.gap && p.answers[0] && words.indexOf(p.answers[0]) < 0) words.push(p.answers[0]); });
      (data.distractors || []).forEach(function (d) {
        d = String(d || '').trim();
        if (d && words.indexOf(d) < 0) words.push(d);
      });
      var next = window.Relais.seededRandom(api.id + '\n' + words.join('\n'));
      for (var j = words.length - 1; j > 0; --j) {
        var k = Math.floor(next() * (j + 1));
        var tmp = words[j]; words[j] = words[k]; words[k] = tmp;
      }
    }

    // The punctuation or word part touching a gap (".[[gouv]].fr") stays on
    // its line: a line never starts with ".fr" cut from its box.
    parts.forEach(function (p, i) {
      if (!p.gap) return;
      var before = parts[i - 1], after = parts[i + 1];
      p.before = '';
      p.after = '';
      if (before && !before.gap) {
        p.before = /\S*$/.exec(before.text)[0];
        before.text = before.text.slice(0, before.text.length - p.before.length);
      }
      if (after && !after.gap) {
        p.after = /^\S*/.exec(after.text)[0];
        after.text = after.text.slice(p.after.length);
      }
    });

    var gaps = [];
    var text = el('div', { 'class': 'relais-fb-text' });
    var paragraph = null;
    function para() {
      if (!paragraph) { paragraph = el('p'); text.appendChild(paragraph); }
      return paragraph;
    }
    parts.forEach(function (p) {
      if (!p.gap) {
        p.text.split(/\n\s*\n/).forEach(function (chunk, i) {
          if (i > 0) paragraph = null;
          if (chunk) para().appendChild(document.createTextNode(window.Relais.keepTogether(chunk)));
        });
        return;
      }
      var n = gaps.length + 1;
      var id = name + '-' + n;
      var label = t('Mot manquant n°', 'Missing word no. ') + n;
      var field;
      if (choice) {
        field = el('select', { id: id, 'aria-label': label, 'aria-describedby': id + '-mark' },
          [el('option', { value: '' }, [t('— choisir —', '— choose —')])].concat(words.map(function (w) { return el('option', { value: w }, [w]); })));
      } else {
        var longest = p.answers.reduce(function (m, a) { return Math.max(m, a.length); }, 0);
        field = el('input', { type: 'text', id: id, 'aria-label': label, 'aria-describedby': id + '-mark', size: String(Math.max(6, longest + 2)),
          autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false' });
      }
      // The verdict goes under its box, so the sentence still reads on.
      var mark = el('span', { id: id + '-mark', 'class': 'relais-fb-mark' });
      var box = el('span', { 'class': 'relais-fb-gap' }, [field, mark]);
      para().appendChild(el('span', { 'class': 'relais-fb-unit' }, [p.before, box, p.after]));
      gaps.push({ answers: p.answers, field: field, box: box, mark: mark });
    });
    root.appendChild(text);
    container.appendChild(root);
    // The verdict comes before the buttons: read the result, then try again.
    var feedback = api.feedback();

    var check = el('button', { type: 'button' }, [t('Valider', 'Check')]);
    var retry = el('button', { type: 'button', 'class': 'relais-secondary', hidden: true }, [t('Réessayer', 'Try again')]);
    container.appendChild(el('div', { 'class': 'relais-fb-actions' }, [check, retry]));

    // Enter in a box checks, as it would send a form: many learners press it
    // once they have typed their word.
    gaps.forEach(function (gap) {
      gap.field.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && gap.field.tagName === 'INPUT' && !check.hidden) {
          event.preventDefault();
          check.click();
        }
      });
    });

    function isRight(gap, value) {
      var v = normalize(value);
      return v !== '' && gap.answers.some(function (a) { return normalize(a) === v; });
    }

    function show(values) {
      var score = 0;
      gaps.forEach(function (gap, i) {
        var right = isRight(gap, values[i]);
        score += right ? 1 : 0;
        gap.box.classList.remove('relais-right', 'relais-wrong');
        gap.box.classList.add(right ? 'relais-right' : 'relais-wrong');
        gap.field.disabled = true;
        gap.field.setAttribute('aria-invalid', right ? 'false' : 'true');
        gap.mark.textContent = right ? t('✓ juste', '✓ right') : t('✗ c’était : ', '✗ it was: ') + gap.answers[0];
      });
      var full = score === api.maxScore;
      feedback.show(full, full ? t('Bravo, tous les mots sont justes !', 'Well done, every word is right!')
        : (score === 0 ? t('Pas encore : aucun mot n’est juste.', 'Not yet: no word is right.')
          : t('Pas encore : ', 'Not yet: ') + score + (score > 1 ? t(' mots justes sur ', ' right words out of ') : t(' mot juste sur ', ' right word out of ')) + api.maxScore + '.')
          + t(' Regardez les mots marqués ✗, puis touchez «\u00a0Réessayer\u00a0».', ' Look at the words marked ✗, then press “Try again”.'));
      check.hidden = true;
      retry.hidden = false;
      api.report({ score: score, completed: true, response: values });
    }

    function values() {
      return gaps.map(function (gap) { return gap.field.value; });
    }

    check.addEventListener('click', function () {
      var current = values();
      var empty = current.filter(function (v) { return !v.trim(); }).length;
      if (empty) {
        feedback.show(null, (empty === 1 ? t('Il reste une case vide', 'One box is still empty') : t('Il reste ' + empty + ' cases vides', empty + ' boxes are still empty'))
          + t(' : si vous hésitez, essayez quand même !', ': if unsure, have a go anyway!'));
        gaps[current.findIndex(function (v) { return !v.trim(); })].field.focus();
        return;
      }
      show(current);
      retry.focus();
    });

    // Right words stay; only the wrong ones are emptied, to be tried again.
    retry.addEventListener('click', function () {
      var first = null;
      gaps.forEach(function (gap) {
        gap.field.disabled = false;
        gap.field.removeAttribute('aria-invalid');
        if (!isRight(gap, gap.field.value)) {
          gap.field.value = '';
          first = first || gap.field;
        }
        gap.box.classList.remove('relais-right', 'relais-wrong');
        gap.mark.textContent = '';
      });
      feedback.clear();
      retry.hidden = true;
      check.hidden = false;
      (first || check).focus();
    });

    if (Array.isArray(api.saved) && api.saved.length === gaps.length) {
      api.saved.forEach(function (v, i) {
        var value = String(v || '');
        if (!choice || words.indexOf(value) >= 0) gaps[i].field.value = value;
      });
      if (values().every(function (v) { return v.trim(); })) show(values());
    }
  });
})();
