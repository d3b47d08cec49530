// Text typed by an author can never run as script, whatever the export: a
// copy of the shipped curriculum whose every short text (titles, paragraphs,
// answers, feedback, labels…) ends with markup, an event handler and a
// javascript: link — all valid text, so the curriculum still validates — is
// exported in every installed format. The pages are opened in Chromium (no
// dialog may open, nothing may be requested outside file://), every text file
// of every output is searched for the markup left raw, and the PDFs must show
// it as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseGift } from 'gift-pegjs';
import { launch, relais, run, sourceDir } from './harness.mjs';

const HOSTILE = '<script>alert("xss")</script><img src=x onerror=alert(1)> javascript:alert(2)';
const RAW = [/<script>alert/i, /<img src=x onerror/i];
const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let work;
let browser;
let curriculum;
const outputs = {};

function exporters() {
  return JSON.parse(run(['plugins', '--json'])).plugins
    .filter((p) => p.kind === 'exporter' && p.status === 'loaded' && !p.id.startsWith('fixture'))
    .map((p) => p.id);
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

// Short texts only, and only where they hold no markup: the result stays
// within the schema's lengths and is still valid.
function poison(file) {
  const xml = readFileSync(file, 'utf8');
  const poisoned = xml.replace(
    /<(title|p|li|text|question|feedback|explanation|label|objective|caption|description|statement|item|term|match|step|answer)>([^<]{1,80})<\/\1>/g,
    (whole, tag, text) => `<${tag}>${text} ${xmlEscape(HOSTILE)}</${tag}>`,
  );
  writeFileSync(file, poisoned);
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'relais-hostile-'));
  curriculum = join(work, 'curriculum');
  cpSync(join(sourceDir, 'curricula/parcours-relais'), curriculum, { recursive: true });
  for (const file of walk(curriculum)) if (file.endsWith('.xml')) poison(file);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the poisoned curriculum is still valid, and poisoned everywhere', () => {
  const report = JSON.parse(execFileSync(relais, ['validate', curriculum, '--json'], { encoding: 'utf8' }));
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => `${d.file}:${d.line} ${d.message}`), []);
  const module = readFileSync(join(curriculum, 'modules/arnaques-reperer.xml'), 'utf8');
  assert.ok(module.split('&lt;script&gt;').length > 20, 'titles, paragraphs, answers and feedback carry the script');
});

test('every format exports it', () => {
  const formats = exporters();
  assert.ok(formats.length >= 8, `exporters installed: ${formats.join(', ')}`);
  for (const format of formats) {
    const out = join(work, 'out', format);
    mkdirSync(join(work, 'out'), { recursive: true });
    execFileSync(relais, ['export', curriculum, '--format', format, '-o', out], { encoding: 'utf8' });
    outputs[format] = out;
  }
});

function kind(path) {
  if (statSync(path).isDirectory()) return 'folder';
  const head = readFileSync(path).subarray(0, 4).toString('latin1');
  return head === '%PDF' ? 'pdf' : head.startsWith('PK') ? 'zip' : 'text';
}

// Every text file of an output, zips unpacked.
function textFiles(format) {
  let root = outputs[format];
  if (kind(root) === 'zip') {
    const dir = `${root}.unzipped`;
    mkdirSync(dir, { recursive: true });
    execFileSync('bsdtar', ['-xf', root, '-C', dir]);
    root = dir;
  }
  const files = statSync(root).isFile() ? [root] : walk(root);
  return files.filter((f) => ['.html', '.xml', '.txt', '.js', '.json', '.htm', ''].includes(extname(f)));
}

// The texts Moodle reads as HTML in a GIFT question: {format, text} objects
// as gift-pegjs gives them. Plain strings (a matching pair's right side) are
// shown by Moodle as text, so markup there is inert and kept as typed.
function giftHtml(node, out = []) {
  if (Array.isArray(node)) node.forEach((n) => giftHtml(n, out));
  else if (node && typeof node === 'object') {
    if (typeof node.text === 'string' && node.format && node.format !== 'plain') out.push(node.text);
    Object.values(node).forEach((v) => giftHtml(v, out));
  }
  return out;
}

test('no output holds the markup raw', () => {
  assert.ok(Object.keys(outputs).length > 0);
  for (const format of Object.keys(outputs)) {
    if (kind(outputs[format]) === 'pdf') continue;
    if (format === 'gift') {
      const texts = giftHtml(parseGift(readFileSync(outputs[format], 'utf8')));
      assert.ok(texts.some((t) => t.includes('&lt;script&gt;')), 'the GIFT questions carry the script, escaped');
      for (const text of texts) for (const raw of RAW) assert.doesNotMatch(text, raw, `gift: ${text}`);
      continue;
    }
    for (const file of textFiles(format)) {
      const text = readFileSync(file, 'utf8');
      for (const raw of RAW) assert.doesNotMatch(text, raw, `${format}: ${file} holds author markup unescaped`);
    }
  }
});

test('the PDFs print it as text', () => {
  for (const format of Object.keys(outputs)) {
    if (kind(outputs[format]) !== 'pdf') continue;
    const text = execFileSync('pdftotext', [outputs[format], '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.ok(text.includes('<script>alert("xss")</script>'), `${format}: the script is printed as text`);
  }
});

// Opens a page and plays it: every button the page offers is pressed once
// (checks, hints, large print, slides) and the slides are walked through; any
// dialog fails.
async function openInert(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  const outside = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.evaluate(() => {
    for (const b of document.querySelectorAll('button')) b.click();
  }).catch(() => {});  // a button may leave the page
  for (const key of ['ArrowRight', 'ArrowRight', 'End', 'n']) await page.keyboard.press(key);
  await page.waitForTimeout(100);
  await context.close();
  return { dialogs, outside };
}

test('no page runs the script', async () => {
  const pages = [];
  for (const format of Object.keys(outputs)) {
    for (const file of textFiles(format)) if (file.endsWith('.html')) pages.push([format, file]);
  }
  assert.ok(pages.length > 0);
  for (const [format, file] of pages) {
    const { dialogs, outside } = await openInert(pathToFileURL(file).href);
    assert.deepEqual(dialogs, [], `${format}: ${file} ran author script`);
    assert.deepEqual(outside, [], `${format}: ${file} asked for something outside the export`);
  }
});
