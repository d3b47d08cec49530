// Shared set-up of the browser tests: learner pages written by `relais
// preview`, opened from file:// in Debian's chromium, with every request that
// leaves file:// recorded (there must be none).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const sourceDir = resolve(here, '../..');
export const relais = process.env.RELAIS_CLI || resolve(sourceDir, 'build/bin/relais');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function run(args) {
  return execFileSync(relais, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
}

// Markup and script as an author could type them, escaped for a module's XML.
export const hostileText = '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt; &quot; onerror=&quot;alert(3) javascript:alert(4)';

// A copy of parcours-relais in `folder` whose module arnaques-reperer carries
// hostileText in its title, in an MCQ choice, and in what each [text, place]
// of `more` replaces (place: a function of hostileText). The module's XML.
export function hostileCurriculum(folder, more = []) {
  cpSync(join(sourceDir, 'curricula/parcours-relais'), folder, { recursive: true });
  const file = join(folder, 'modules/arnaques-reperer.xml');
  let xml = readFileSync(file, 'utf8')
    .replace('<title>Repérer les arnaques : SMS, courriels et faux appels</title>', `<title>Arnaques ${hostileText}</title>`)
    .replace('<text>Je donne le code pour bloquer le paiement.</text>', `<text>Je donne le code ${hostileText}</text>`);
  for (const [text, place] of more) xml = xml.replace(text, place(hostileText));
  writeFileSync(file, xml);
  return xml;
}

// Every module of a curriculum previewed once; for each exercise type, the
// pages that hold it.
export function previewCurriculum(curriculum = join(sourceDir, 'curricula/parcours-relais')) {
  const out = mkdtempSync(join(tmpdir(), 'relais-browser-'));
  const info = JSON.parse(run(['info', curriculum, '--json']));
  const modules = listModules(curriculum);
  const pages = {};
  for (const id of modules) {
    const dir = join(out, id);
    run(['preview', curriculum, '--module', id, '-o', dir]);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const match of html.matchAll(/data-type="([a-z0-9-]+)"/g)) {
      (pages[match[1]] ||= []).includes(dir) || pages[match[1]].push(dir);
    }
  }
  return { out, info, pages };
}

function listModules(curriculum) {
  const xml = readFileSync(join(curriculum, 'curriculum.xml'), 'utf8');
  const block = xml.split('<modules>')[1].split('</modules>')[0];
  return [...block.matchAll(/ref="([a-z0-9-]+)"/g)].map((m) => m[1]);
}

export function installedTypes() {
  return JSON.parse(run(['plugins', '--json'])).plugins
    .filter((p) => p.kind === 'exercise' && p.status === 'loaded')
    .map((p) => p.id);
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}

// Opens a page (dir/index.html, or dir/<file>); returns it with the list of
// requests that left file:// and the errors the page raised. By default it is
// ready once the learner runtime has started; ready() may say otherwise.
export async function open(browser, dir, { file = 'index.html', ready } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://')) outside.push(r.url()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(join(dir, file)).href);
  await page.waitForFunction(ready || (() => window.Relais && document.querySelector('.relais-score')?.textContent.length > 0));
  return { page, context, outside, errors };
}

export async function sectionData(section) {
  return JSON.parse(await section.locator('script.relais-data').textContent());
}

export async function activityResult(page, id) {
  return page.evaluate((activityId) => window.Relais.results().activities.find((a) => a.id === activityId), id);
}

// Keyboard only from here on: focus is put on the activity's heading, as a
// screen-reader user arriving at it would have it, then only keys are used.
export async function focusActivity(section) {
  await section.locator('h2').evaluate((h) => { h.tabIndex = -1; h.focus(); });
}

export async function axe(page, section) {
  await page.addScriptTag({ content: axeSource });
  const selector = `#${await section.getAttribute('id')}`;
  const result = await page.evaluate(async (sel) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(sel, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, selector);
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function hasDriver(type) {
  return existsSync(join(here, 'drivers', `${type}.mjs`));
}
