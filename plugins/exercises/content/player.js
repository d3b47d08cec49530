/* Reading page player: the text and its figures, then one big "J'ai lu"
 * button. Pressing it marks the page as done; the button stays where it is
 * (so keyboard focus is not lost) and says that the page is read.
 * French texts hold no-break spaces inside « » and before : ! ? so that a
 * mark never wraps alone onto the next line. */
(function () {
  'use strict';
  window.Relais.register('content', function (container, data, api) {
    var el = api.el, t = api.t;
    var root = el('div', { 'class': 'relais-content' });
    var body = el('div', { 'class': 'relais-content-body' });
    body.appendChild(api.richText(data.body));
    root.appendChild(body);
    (data.figures || []).forEach(function (figure) {
      var box = api.media(figure.media, 'relais-content-figure');
      if (!box) return;
      if (figure.caption) box.appendChild(el('figcaption', null, [figure.caption]));
      root.appendChild(box);
    });
    var done = el('button', { type: 'button', 'class': 'relais-content-done' }, [t('J’ai lu', 'I have read it')]);
    root.appendChild(done);
    container.appendChild(root);
    var feedback = api.feedback();
    var read = false;

    function markRead(announce) {
      read = true;
      done.textContent = t('✓ Page lue', '✓ Page read');
      done.setAttribute('aria-disabled', 'true');
      done.classList.add('relais-content-read');
      if (announce) feedback.show(true, t('C’est noté : vous avez lu cette page. Vous pouvez passer à la suite.', 'Noted: you have read this page. You can go on.'));
      api.report({ score: 0, completed: true, response: true });
    }

    done.addEventListener('click', function () {
      if (!read) markRead(true);
    });

    if (api.saved) markRead(false);
  });
})();
