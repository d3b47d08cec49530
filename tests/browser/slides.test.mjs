// The slideshow (slides exporter) as a facilitator uses it on a projector:
// one HTML file that asks for nothing but itself, keyboard navigation with a
// slide counter and one slide visible at a time, the facilitator's notes
// behind the N key, and author text carrying script kept inert.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { run, launch, sourceDir, hostileCurriculum } from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const curriculum = join(sourceDir, 'curricula/parcours-relais');
const work = mkdtempSync(join(tmpdir(), 'relais-slides-'));
let browser;

function exportDeck(name, args, source = curriculum) {
  const file = join(work, `${name}.html`);
  run(['export', source, '--format', 'slides', '-o', file, ...args]);
  return file;
}

// Opens the deck; every request is recorded, the file itself included.
async function openDeck(file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const dialogs = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  return { page, context, requests, errors, dialogs };
}

async function state(page) {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll('.slide')].filter((s) => s.getBoundingClientRect().height > 0 && getComputedStyle(s).display !== 'none');
    return {
      counter: document.querySelector('.counter').textContent,
      visible: visible.map((s) => s.id),
      total: document.querySelectorAll('.slide').length,
    };
  });
}

// Every src and href of the deck as the browser reads it, notes included.
function references(page) {
  return page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('template')].map((t) => t.content)];
    return roots.flatMap((root) => [...root.querySelectorAll('[src], [href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')));
  });
}

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

for (const [name, args] of [['module', ['--module', 'arnaques-reperer']], ['pathway', ['--pathway', 'numerique-au-quotidien-seniors']]]) {
  test(`${name}: one file that needs nothing else, the same bytes each time`, async () => {
    const file = exportDeck(name, args);
    const html = readFileSync(file, 'utf8');
    assert.doesNotMatch(html, /<link\b|@import|url\((?!["']?data:)/i, 'no stylesheet or font from elsewhere');
    assert.ok(readFileSync(exportDeck(`${name}-again`, args)).equals(readFileSync(file)), 'same input, same bytes');

    const { page, context, requests, errors } = await openDeck(file);
    try {
      assert.deepEqual(requests.filter((u) => u !== pathToFileURL(file).href && !u.startsWith('data:')), [], 'no request but the file itself');
      assert.deepEqual(errors, []);
      const refs = await references(page);
      assert.ok(refs.length > 0, 'pictures are embedded');
      for (const ref of refs) assert.ok(ref.startsWith('data:') || ref.startsWith('#'), `only data: or #anchors: ${ref.slice(0, 60)}`);
      const images = await page.$$eval('img', (imgs) => imgs.map((i) => ({ ok: i.complete && i.naturalWidth > 0, alt: i.alt })));
      assert.ok(images.length > 0);
      for (const image of images) {
        assert.ok(image.ok, 'every picture shows');
        assert.ok(image.alt.length > 0, 'every picture has its text');
      }
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((x) => x.target.join(' ')) }));
      });
      assert.deepEqual(violations, [], 'axe-core: no serious or critical violation');
    } finally {
      await context.close();
    }
  });
}

test('keyboard: → Space ← Home End move the counter, one slide at a time', async () => {
  const { page, context, errors } = await openDeck(exportDeck('keys', ['--module', 'arnaques-reperer']));
  try {
    let s = await state(page);
    const n = s.total;
    assert.ok(n >= 8, `a title slide, the running order and an end slide (${n})`);
    assert.equal(s.counter, `1 / ${n}`);
    assert.deepEqual(s.visible, ['diapo-1']);
    const expect = async (key, at) => {
      await page.keyboard.press(key);
      s = await state(page);
      assert.equal(s.counter, `${at} / ${n}`, `after ${key}`);
      assert.deepEqual(s.visible, [`diapo-${at}`], `after ${key}, only slide ${at} shows`);
    };
    await expect('ArrowRight', 2);
    await expect('Space', 3);
    await expect('PageDown', 4);
    await expect('ArrowLeft', 3);
    await expect('PageUp', 2);
    await expect('End', n);
    await expect('ArrowRight', n);
    await expect('Home', 1);
    await expect('ArrowLeft', 1);
    await page.getByRole('button', { name: 'Diapositive suivante' }).click();
    assert.equal((await state(page)).counter, `2 / ${n}`);
    // Space on a focused button presses it, once.
    await page.keyboard.press('Space');
    assert.equal((await state(page)).counter, `3 / ${n}`);
    assert.match(await page.locator('#diapo-1').textContent(), /Repérer les arnaques/);
    assert.match(await page.locator(`#diapo-${n}`).textContent(), /Fin de l’atelier/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('N shows and hides the facilitator notes, hidden at first', async () => {
  const { page, context } = await openDeck(exportDeck('notes', ['--module', 'arnaques-reperer']));
  try {
    const notes = page.locator('#notes');
    assert.equal(await notes.isVisible(), false, 'the room does not see the notes');
    assert.equal(await page.locator('.slide:not([hidden])').filter({ hasText: 'Ne jugez jamais' }).count(), 0, 'notes are not on the slide');
    await page.keyboard.press('n');
    assert.equal(await notes.isVisible(), true);
    assert.match(await notes.textContent(), /Ne jugez jamais/, 'the module’s facilitator notes');
    assert.match(await notes.textContent(), /Matériel/);
    assert.equal(await page.getByRole('button', { name: 'Notes (N)' }).getAttribute('aria-pressed'), 'true');
    // A step of the running order carries its own note.
    await page.keyboard.press('End');
    for (let i = 0; i < 20 && !/^Le faux conseiller bancaire/.test(await page.locator('.slide:not([hidden]) h2').first().textContent()); ++i) {
      await page.keyboard.press('ArrowLeft');
    }
    assert.match(await notes.textContent(), /Jeu de rôle/);
    await page.keyboard.press('N');
    assert.equal(await notes.isVisible(), false);
  } finally {
    await context.close();
  }
});

test('author text holding markup and script stays text', async () => {
  const source = join(work, 'injected');
  const xml = hostileCurriculum(source, [
    ['<title>Accueil : « Avez-vous déjà reçu un message bizarre ? »</title>', (bad) => `<title>Accueil ${bad}</title>`],
    ['<p>Le 33700 est le numéro', (bad) => `<p>${bad} Le 33700 est le numéro`],
  ]);
  assert.equal(xml.split('alert(4)').length - 1, 4);
  const deck = exportDeck('injected', ['--module', 'arnaques-reperer'], source);
  const html = readFileSync(deck, 'utf8');
  assert.equal(html.match(/<script\b/g).length, 1, 'only the deck’s own script');

  const { page, context, dialogs, errors } = await openDeck(deck);
  try {
    assert.match(await page.locator('#diapo-1 h1').textContent(), /<img src=x onerror=alert\(1\)><script>alert\(2\)<\/script>/);
    await page.keyboard.press('n');
    assert.match(await page.locator('#notes').textContent(), /<script>alert\(2\)<\/script>.*alert\(4\) Le 33700/);
    for (let i = 0; i < 12; ++i) await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('img[src="x"], [onerror]').count(), 0);
    for (const ref of await references(page)) assert.ok(ref.startsWith('data:') || ref.startsWith('#'), ref.slice(0, 60));
    assert.match(await page.locator('body').textContent(), /Je donne le code <img src=x/);
    assert.deepEqual(dialogs, [], 'no script ran');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
