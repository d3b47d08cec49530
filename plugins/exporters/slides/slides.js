/* Slideshow: one slide at a time; → PageDown Space for the next, ← PageUp for
 * the previous, Home and End, ↓ ↑ to scroll a slide too long for the screen,
 * N for the facilitator's notes (hidden at first: the room sees the screen),
 * F for full screen. Plain ES2017. */
(function () {
  'use strict';
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  var counter = document.querySelector('.counter');
  var context = document.querySelector('.bar-title');
  var notes = document.getElementById('notes');
  var notesBody = notes.querySelector('.notes-body');
  var notesButton = document.querySelector('.toggle-notes');
  var noNotes = document.querySelector('template.no-notes');
  var current = 0;
  if (!slides.length) return;
  document.documentElement.classList.add('js');

  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (slide, i) { slide.hidden = i !== current; });
    var slide = slides[current];
    fit(slide);
    counter.textContent = (current + 1) + ' / ' + slides.length;
    context.textContent = slide.getAttribute('data-context') || '';
    var own = slide.querySelector('template.slide-notes');
    notesBody.textContent = '';
    notesBody.appendChild(document.importNode((own || noNotes).content, true));
    try { window.history.replaceState(null, '', '#' + slide.id); } catch (e) { /* some browsers refuse it from file:// */ }
  }

  // A slide too full for the screen is shrunk as a whole, down to 70 %;
  // beyond that it scrolls.
  function fit(slide) {
    slide.style.fontSize = '';
    for (var scale = 1; slide.scrollHeight > slide.clientHeight + 1 && scale > 0.7;) {
      scale -= 0.05;
      slide.style.fontSize = scale.toFixed(2) + 'rem';
    }
    slide.scrollTop = 0;
  }

  function toggleNotes() {
    notes.hidden = !notes.hidden;
    notesButton.setAttribute('aria-pressed', notes.hidden ? 'false' : 'true');
    document.documentElement.classList.toggle('with-notes', !notes.hidden);
  }

  function toggleFullScreen() {
    var root = document.documentElement;
    if (document.fullscreenElement || document.webkitFullscreenElement) {
      (document.exitFullscreen || document.webkitExitFullscreen).call(document);
    } else {
      var enter = root.requestFullscreen || root.webkitRequestFullscreen;
      if (enter) {
        var result = enter.call(root);
        if (result && result.catch) result.catch(function () { /* refused: stay in the window */ });
      }
    }
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    var onControl = e.target && e.target.closest && e.target.closest('button, a, summary, input, select, textarea');
    var key = e.key;
    if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !onControl)) show(current + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') show(current - 1);
    else if (key === 'ArrowDown' || key === 'ArrowUp') slides[current].scrollBy(0, (key === 'ArrowDown' ? 0.4 : -0.4) * slides[current].clientHeight);
    else if (key === 'Home') show(0);
    else if (key === 'End') show(slides.length - 1);
    else if (key === 'n' || key === 'N') toggleNotes();
    else if (key === 'f' || key === 'F') toggleFullScreen();
    else return;
    e.preventDefault();
  });
  document.querySelector('.prev').addEventListener('click', function () { show(current - 1); });
  document.querySelector('.next').addEventListener('click', function () { show(current + 1); });
  notesButton.addEventListener('click', toggleNotes);
  document.querySelector('.fullscreen').addEventListener('click', toggleFullScreen);

  window.addEventListener('resize', function () { fit(slides[current]); });

  var start = slides.map(function (s) { return '#' + s.id; }).indexOf(window.location.hash);
  show(start < 0 ? 0 : start);
})();
