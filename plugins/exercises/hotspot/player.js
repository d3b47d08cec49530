/* Hotspot player: the picture with each zone laid over it as a real, see-
 * through <button> named after the place it covers, so that the mouse, a
 * finger and the keyboard (Tab, then Enter or Space) all choose the same way.
 * A button is never smaller than 44 px; a polygon's button covers its bounds
 * and a click is then checked against the polygon itself; a click outside
 * every zone is a wrong place. "Valider" says whether it was the right place
 * and outlines the right one. */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';

  function polygonOf(zone) {
    var p = zone.points;
    if (zone.shape !== 'polygon') return [p[0], [p[1][0], p[0][1]], p[1], [p[0][0], p[1][1]]];
    return p;
  }

  function bounds(zone) {
    var xs = zone.points.map(function (p) { return p[0]; });
    var ys = zone.points.map(function (p) { return p[1]; });
    var left = Math.min.apply(null, xs), top = Math.min.apply(null, ys);
    return { left: left, top: top, width: Math.max.apply(null, xs) - left, height: Math.max.apply(null, ys) - top };
  }

  // Even-odd rule, as the validation checks overlaps.
  function contains(polygon, x, y) {
    var inside = false;
    for (var i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      var a = polygon[i], b = polygon[j];
      if ((a[1] > y) !== (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
    return inside;
  }

  window.Relais.register('hotspot', function (container, data, api) {
    var el = api.el, t = api.t;
    var name = 'hotspot-' + api.id;
    var zones = (data.zones || []).map(function (z, i) {
      return { index: i, zone: z, box: z.points && z.points.length ? bounds(z) : null };
    }).filter(function (z) { return z.box; });

    var root = el('div', { 'class': 'relais-hotspot' });
    var questionId = name + '-question';
    root.appendChild(el('p', { id: questionId, 'class': 'relais-hotspot-question' }, [data.question || '']));
    root.appendChild(el('p', { 'class': 'relais-hotspot-hint' }, [t('Touchez l’endroit sur l’image, puis appuyez sur « Valider ».',
      'Touch the place on the picture, then press “Check”.')]));
    container.appendChild(root);
    if (!data.image || !data.image.src) {
      root.appendChild(el('p', { 'class': 'relais-missing' }, [t('L’image de cet exercice manque.', 'The picture of this exercise is missing.')]));
      return;
    }

    var stage = el('div', { 'class': 'relais-hotspot-stage', role: 'group', 'aria-labelledby': questionId });
    stage.appendChild(el('img', { src: data.image.src, alt: data.image.alt || '' }));
    var overlay = document.createElementNS(SVG, 'svg');
    overlay.setAttribute('viewBox', '0 0 100 100');
    overlay.setAttribute('preserveAspectRatio', 'none');
    overlay.setAttribute('aria-hidden', 'true');
    overlay.setAttribute('focusable', 'false');
    overlay.setAttribute('class', 'relais-hotspot-overlay');
    stage.appendChild(overlay);

    // Tab goes through the places in reading order (top to bottom, then left
    // to right), not in the order they were written, which often starts with
    // the right one; smaller zones sit on top of larger ones.
    var reading = zones.slice().sort(function (a, b) {
      return Math.round(a.box.top / 3) - Math.round(b.box.top / 3) || a.box.left - b.box.left;
    });
    var bySize = zones.slice().sort(function (a, b) { return b.box.width * b.box.height - a.box.width * a.box.height; });
    reading.forEach(function (z) {
      var button = el('button', { type: 'button', 'class': 'relais-hotspot-zone', 'aria-label': z.zone.label || '', 'aria-pressed': 'false', 'data-zone': String(z.index) });
      var b = z.box;
      button.style.left = (b.left + b.width / 2) + '%';
      button.style.top = (b.top + b.height / 2) + '%';
      // The percentage alone where max() is unknown; 44 px at least elsewhere.
      button.style.width = b.width + '%';
      button.style.height = b.height + '%';
      button.style.width = 'max(44px, ' + b.width + '%)';
      button.style.height = 'max(44px, ' + b.height + '%)';
      button.style.zIndex = String(1 + bySize.indexOf(z));
      z.button = button;
      stage.appendChild(button);
    });
    // The stage shrinks to the picture; its own line keeps the buttons below it.
    root.appendChild(el('div', { 'class': 'relais-hotspot-frame' }, [stage]));

    var check = el('button', { type: 'button' }, [t('Valider', 'Check')]);
    var retry = el('button', { type: 'button', 'class': 'relais-secondary', hidden: true }, [t('Réessayer', 'Try again')]);
    root.appendChild(check);
    root.appendChild(retry);
    var feedback = api.feedback();
    var chosen = null;
    var done = false;

    // A pointer may also land outside every zone: that place is marked and,
    // once checked, counts as a wrong answer, as it would on a real screen.
    var spot = el('span', { 'class': 'relais-hotspot-spot', 'aria-hidden': 'true', hidden: true });
    stage.appendChild(spot);

    // chosen: { zone } for a zone, { point: [x, y] } for a place outside them.
    function choose(choice) {
      chosen = choice;
      zones.forEach(function (z) { z.button.setAttribute('aria-pressed', z === choice.zone ? 'true' : 'false'); });
      spot.hidden = !choice.point;
      spot.className = 'relais-hotspot-spot';
      if (choice.point) {
        spot.style.left = choice.point[0] + '%';
        spot.style.top = choice.point[1] + '%';
      }
      feedback.show(null, t('C’est noté. Appuyez sur « Valider » pour vérifier, ou touchez un autre endroit.',
        'Noted. Press “Check” to find out, or touch another place.'));
    }

    // Where a pointer landed: the smallest zone whose button is there, a
    // polygon only inside its outline (unless its button had to be enlarged
    // to 44 px, then anywhere on the button); otherwise the place itself, in
    // percent of the picture.
    function choiceAt(event) {
      var frame = stage.getBoundingClientRect();
      var x = (event.clientX - frame.left) / frame.width * 100;
      var y = (event.clientY - frame.top) / frame.height * 100;
      var hits = zones.filter(function (z) {
        var r = z.button.getBoundingClientRect();
        if (event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom) return false;
        if (z.zone.shape !== 'polygon') return true;
        var enlarged = r.width > z.box.width / 100 * frame.width + 1 || r.height > z.box.height / 100 * frame.height + 1;
        return enlarged || contains(z.zone.points, x, y);
      });
      hits.sort(function (a, b) { return a.box.width * a.box.height - b.box.width * b.box.height; });
      if (hits.length) return { zone: hits[0] };
      var clamp = function (v) { return Math.round(Math.min(100, Math.max(0, v)) * 10) / 10; };
      return { point: [clamp(x), clamp(y)] };
    }

    stage.addEventListener('click', function (event) {
      if (done) return;
      var target = event.target.closest ? event.target.closest('.relais-hotspot-zone') : null;
      // A click without a pointer (Enter or Space on a button) chooses that button.
      if (event.detail === 0 && target) {
        choose({ zone: zones.filter(function (z) { return z.button === target; })[0] });
        return;
      }
      choose(choiceAt(event));
    });

    function badge(left, top, kind) {
      var mark = el('span', { 'class': 'relais-hotspot-badge relais-hotspot-' + kind, 'aria-hidden': 'true' },
        [kind === 'wrong' ? '✗' : '✓']);
      mark.style.left = left + '%';
      mark.style.top = top + '%';
      stage.appendChild(mark);
    }

    function outline(z, kind) {
      var shape = document.createElementNS(SVG, 'polygon');
      shape.setAttribute('points', polygonOf(z.zone).map(function (p) { return p[0] + ',' + p[1]; }).join(' '));
      shape.setAttribute('class', 'relais-hotspot-outline relais-hotspot-' + kind);
      shape.setAttribute('vector-effect', 'non-scaling-stroke');
      overlay.appendChild(shape);
      badge(z.box.left, z.box.top, kind);
    }

    function clearMarks() {
      while (overlay.firstChild) overlay.removeChild(overlay.firstChild);
      Array.prototype.slice.call(stage.querySelectorAll('.relais-hotspot-badge')).forEach(function (b) { stage.removeChild(b); });
    }

    function show(choice) {
      done = true;
      var z = choice.zone;
      var right = !!(z && z.zone.correct);
      var rightZones = zones.filter(function (x) { return x.zone.correct; });
      clearMarks();
      if (z && !right) outline(z, 'wrong');
      if (choice.point) {
        spot.className = 'relais-hotspot-spot relais-hotspot-wrong';
        badge(choice.point[0], choice.point[1], 'wrong');
      }
      rightZones.forEach(function (x) { outline(x, 'right'); });
      stage.classList.add('relais-hotspot-done');
      // A zone's own feedback often starts with "Bravo !": no need to say it twice.
      var box = feedback.show(right, right ? (z.zone.feedback ? t('C’est le bon endroit.', 'That is the right place.') : t('Bravo, c’est le bon endroit !', 'Well done, that is the right place!'))
        : t('Pas encore : ce n’est pas le bon endroit.', 'Not yet: that is not the right place.'));
      if (z && z.zone.feedback) box.appendChild(el('p', null, [z.zone.feedback]));
      var names = rightZones.map(function (x) { return '« ' + (x.zone.label || '') + ' »'; }).join(', ');
      if (!right && rightZones.length) {
        box.appendChild(el('p', null, [rightZones.length > 1
          ? t('Les bons endroits sont entourés en vert sur l’image : ' + names + '.', 'The right places are outlined in green on the picture: ' + names + '.')
          : t('Le bon endroit est entouré en vert sur l’image : ' + names + '.', 'The right place is outlined in green on the picture: ' + names + '.')]));
      }
      check.hidden = true;
      retry.hidden = false;
      api.report({ score: right ? 1 : 0, completed: true, response: z ? z.index : choice.point });
    }

    check.addEventListener('click', function () {
      if (!chosen) {
        feedback.show(null, t('Touchez d’abord un endroit de l’image.', 'Touch a place on the picture first.'));
        return;
      }
      show(chosen);
      // Valider is gone: keep the keyboard where the next step is.
      retry.focus();
    });
    retry.addEventListener('click', function () {
      done = false;
      chosen = null;
      clearMarks();
      spot.hidden = true;
      stage.classList.remove('relais-hotspot-done');
      zones.forEach(function (z) { z.button.setAttribute('aria-pressed', 'false'); });
      feedback.clear();
      retry.hidden = true;
      check.hidden = false;
      if (reading.length) reading[0].button.focus();
    });

    // The saved response: a zone's number, or the [x, y] of a place outside them.
    var saved = api.saved;
    var restored = typeof saved === 'number' ? zones.filter(function (z) { return z.index === saved; })[0] : null;
    if (restored) restored = { zone: restored };
    else if (Array.isArray(saved) && saved.length === 2 && saved.every(function (v) { return typeof v === 'number'; })) restored = { point: saved };
    if (restored) {
      choose(restored);
      show(restored);
    }
  });
})();
