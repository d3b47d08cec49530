// The "kit tablette" (html exporter) opened as a learner opens it: from
// file:// in Chromium, with no request leaving file://, axe-core on every
// page, every exercise played right with its browser driver, answers kept
// across a reload and shown on the contents page, the large-print switch, the
// button that forgets progress, and author text carrying script kept inert.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { run, launch, open, sourceDir, sectionData, activityResult, hasDriver, hostileCurriculum } from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const curriculum = join(sourceDir, 'curricula/parcours-relais');
const work = mkdtempSync(join(tmpdir(), 'relais-kit-'));
const kit = join(work, 'kit');
const indexReady = () => !!document.querySelector('.kit-module .kit-state');
let browser;
let info;

function tree(root) {
  const out = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(root, path)] = readFileSync(path);
    }
  };
  walk(root);
  return out;
}

function moduleIds() {
  return readdirSync(join(kit, 'ateliers')).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
}

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function statuses(page) {
  return page.$$eval('.kit-module', (cards) => cards.map((c) => ({
    id: c.getAttribute('data-module'),
    state: c.querySelector('.kit-status').getAttribute('data-state'),
    text: c.querySelector('.kit-state').textContent,
    link: c.querySelector('a').textContent.replace(/\s+/g, ' ').trim(),
  })));
}

before(async () => {
  info = JSON.parse(run(['info', curriculum, '--json']));
  run(['export', curriculum, '--format', 'html', '-o', kit]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the kit holds an index, one page per module, the assets and only the media used', () => {
  const files = Object.keys(tree(kit));
  assert.ok(files.includes('index.html'));
  assert.equal(moduleIds().length, 14, 'every module of parcours-relais has its page');
  const pages = [readFileSync(join(kit, 'index.html'), 'utf8'), ...moduleIds().map((id) => readFileSync(join(kit, 'ateliers', `${id}.html`), 'utf8'))];
  const all = pages.join('\n');
  for (const file of files.filter((f) => f.startsWith('media/'))) {
    assert.ok(all.includes(`../${file}`) || all.includes(`"${file}`), `${file} is used by a page`);
  }
  for (const page of pages) {
    for (const [, ref] of page.matchAll(/(?:src|href)="([^"#]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(ref)) continue;
      const path = ref.startsWith('../') ? ref.slice(3) : ref.startsWith('ateliers/') || !ref.endsWith('.html') ? ref : `ateliers/${ref}`;
      assert.ok(files.includes(path), `${ref} exists in the kit`);
    }
  }
});

test('the same curriculum gives the same bytes', () => {
  const again = join(work, 'again');
  run(['export', curriculum, '--format', 'html', '-o', again]);
  const a = tree(kit);
  const b = tree(again);
  assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
  for (const path of Object.keys(a)) assert.ok(a[path].equals(b[path]), `${path} differs between two exports`);
});

test('the index lists the pathways, their sessions and modules, and is accessible', async () => {
  const { page, context, outside, errors } = await open(browser, kit, { ready: indexReady });
  try {
    assert.equal(await page.locator('h1').textContent(), info.title);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    const pathways = await page.locator('.kit-pathway > h2').allTextContents();
    assert.equal(pathways.length, 2);
    assert.match(pathways[0], /numérique au quotidien/);
    assert.ok(await page.locator('.kit-step h3', { hasText: 'Séance 1' }).count() >= 1);
    const cards = await statuses(page);
    assert.ok(cards.length >= 14, 'every module is listed');
    assert.deepEqual([...new Set(cards.map((c) => c.id))].sort(), moduleIds());
    for (const c of cards) {
      assert.equal(c.state, 'todo');
      assert.match(c.link, /Pas commencé/, 'the state is part of the link, read with its name');
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(outside, [], 'no request leaves file://');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('every module page: accessible, every exercise works, answers survive a reload and show on the index', async () => {
  const { page, context, outside, errors } = await open(browser, kit, { ready: indexReady });
  const notRestored = [];
  try {
    for (const id of moduleIds()) {
      await page.goto(pathToFileURL(join(kit, 'ateliers', `${id}.html`)).href);
      await page.waitForFunction(() => document.querySelector('.relais-score')?.textContent.length > 0);
      assert.deepEqual(await axeViolations(page), [], `${id}: accessibility`);
      const sections = page.locator('section.relais-activity');
      const count = await sections.count();
      assert.ok(count > 0);
      for (let i = 0; i < count; ++i) {
        const section = sections.nth(i);
        const type = await section.getAttribute('data-type');
        const activity = await section.getAttribute('data-activity');
        assert.ok(hasDriver(type), `a driver for ${type}`);
        const driver = await import(`./drivers/${type}.mjs`);
        await driver.answer(page, section, await sectionData(section), { right: true, keyboard: false });
        const result = await activityResult(page, activity);
        assert.equal(result.completed, true, `${id}/${activity} (${type}) reports completion`);
        assert.equal(result.score, result.maxScore, `${id}/${activity} (${type}) gives the full score`);
      }
      const before = await page.evaluate(() => window.Relais.results());
      await page.reload();
      await page.waitForFunction(() => document.querySelector('.relais-score')?.textContent.length > 0);
      const afterReload = await page.evaluate(() => window.Relais.results());
      for (const a of before.activities) {
        const b = afterReload.activities.find((x) => x.id === a.id);
        if (!b.completed || b.score !== a.score) notRestored.push(`${id}/${a.id} (${a.type})`);
      }
    }
    assert.deepEqual(notRestored, [], 'every player restores its saved answer');

    await page.goto(pathToFileURL(join(kit, 'index.html')).href);
    await page.waitForFunction(indexReady);
    for (const c of await statuses(page)) {
      assert.equal(c.state, 'done', `${c.id} shows as done`);
      assert.match(c.text, /^Fait/);
      assert.match(c.link, /Fait/);
    }
    const scored = (await statuses(page)).find((c) => c.id === 'arnaques-reperer');
    assert.match(scored.text, /score\u00a0: (\d+) \/ \1/, 'a full score shows');
    assert.deepEqual(outside, [], 'no request leaves file://');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a module half done shows as in progress; forgetting asks first, then clears everything', async () => {
  const { page, context } = await open(browser, kit, { file: 'ateliers/arnaques-reperer.html' });
  try {
    const section = page.locator('section.relais-activity[data-type="truefalse"]').first();
    const driver = await import('./drivers/truefalse.mjs');
    await driver.answer(page, section, await sectionData(section), { right: false, keyboard: false });
    await page.goto(new URL('../index.html', page.url()).href);
    await page.waitForFunction(indexReady);
    const card = (await statuses(page)).find((c) => c.id === 'arnaques-reperer');
    assert.equal(card.state, 'doing');
    assert.match(card.text, /^En cours\u00a0: 1 activité faite sur \d+ — score\u00a0: \d+ \/ \d+$/);

    await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
    await page.getByRole('button', { name: 'Non, garder mes réponses' }).click();
    assert.equal((await statuses(page)).find((c) => c.id === 'arnaques-reperer').state, 'doing', '"No" keeps the answers');

    await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
    assert.ok(await page.locator('#kit-forget-question').isVisible(), 'the question is asked');
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    assert.ok((await statuses(page)).every((c) => c.state === 'todo'));
    assert.match(await page.locator('.kit-forget-done').textContent(), /effacées/);
    const key = await page.getAttribute('main', 'data-kit-store');
    assert.equal(key, `relais-kit:${info.id}:${info.version}`, 'the key names the curriculum and its version');
    assert.equal(await page.evaluate((k) => window.localStorage.getItem(k), key), null);
  } finally {
    await context.close();
  }
});

test('the large-print switch works on the index and is kept for the module pages', async () => {
  const { page, context } = await open(browser, kit, { ready: indexReady });
  try {
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize));
    const normal = await size();
    const button = page.getByRole('button', { name: 'Grands caractères' });
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.ok(await size() > normal * 1.2, 'the text is larger');
    assert.deepEqual(await axeViolations(page), [], 'large print stays accessible (the pressed switch readable)');
    await page.reload();
    await page.waitForFunction(indexReady);
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('relais-large')), 'kept after a reload');
    await page.locator('.kit-module a').first().click();
    await page.waitForFunction(() => document.querySelector('.relais-score')?.textContent.length > 0);
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('relais-large')), 'module pages follow');
    assert.equal(await page.getByRole('button', { name: 'Grands caractères' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await axeViolations(page), [], 'a module page in large print');
    await page.getByRole('button', { name: 'Grands caractères' }).click();
  } finally {
    await context.close();
  }
});

test('module pages lead back to the index and along the pathway', async () => {
  const { page, context } = await open(browser, kit, { file: 'ateliers/premiers-pas-ecrans.html' });
  try {
    const nav = page.getByRole('navigation', { name: 'Ateliers' });
    assert.match(await nav.textContent(), /atelier 2 sur 8/);
    await nav.getByRole('link', { name: /^Suivant/ }).click();
    assert.match(page.url(), /courriel-envoyer-message\.html$/);
    await page.getByRole('link', { name: /^Précédent/ }).first().click();
    assert.match(page.url(), /premiers-pas-ecrans\.html$/);
    await page.getByRole('link', { name: 'Sommaire', exact: true }).click();
    assert.match(page.url(), /index\.html$/);
  } finally {
    await context.close();
  }
});

test('author text holding markup and script stays text', async () => {
  const source = join(work, 'injected');
  const xml = hostileCurriculum(source);
  assert.ok(xml.includes('alert(4)'));
  const out = join(work, 'injected-kit');
  run(['export', source, '--format', 'html', '-o', out]);

  const { page, context, outside, errors } = await open(browser, out, { ready: indexReady });
  const dialogs = [];
  const messages = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  page.on('console', (m) => messages.push(m.text()));
  try {
    const card = page.locator('.kit-module[data-module="arnaques-reperer"] .kit-title').first();
    assert.match(await card.textContent(), /<img src=x onerror=alert\(1\)><script>alert\(2\)<\/script>/);
    await card.click();
    await page.waitForFunction(() => document.querySelector('.relais-score')?.textContent.length > 0);
    assert.match(await page.locator('h1').textContent(), /<script>alert\(2\)<\/script>/);
    const choice = page.locator('section.relais-activity[data-type="mcq"] label', { hasText: 'Je donne le code' });
    assert.match(await choice.textContent(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('img[src="x"], main script:not([src]):not([type="application/json"])').count(), 0);
    await page.goto(new URL('premiers-pas-ecrans.html', page.url()).href);
    assert.equal(await page.locator('a[rel="next"], a[rel="prev"]').count() > 0, true);
    assert.deepEqual(dialogs, [], 'no script ran');
    assert.deepEqual(messages.filter((m) => /alert|[1-4]\)/.test(m)), []);
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
