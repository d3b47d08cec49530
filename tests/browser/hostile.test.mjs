// Text typed by an author can never run as script, whatever the export.
//
// A copy of the shipped curriculum whose every text field — titles,
// summaries, objectives, running order, notes, every payload text, captions,
// descriptions, changelog, publisher, attributes that are text — holds script
// elements, event handlers, javascript: and data: links, broken markup, bidi
// and zero-width controls, combining characters, emoji, and lengths at the
// limit (tests/hostile/make-hostile.py) is valid: it is text. It is exported
// in every installed format; every page is opened in Chromium: no dialog, no
// script of ours (it would set window.__relaisPwned), no request outside the
// export, no console error, and the words of 10,000 letters do not push the
// page sideways (screenshots in $TMPDIR/relais-hostile-screens/). Every text
// file is searched for the markup left raw, the PDFs print it as text and
// hold no script or javascript: link, the question banks parse.
//
// A second copy with real markup inside rich text is refused, by validation
// at the lines of the faults and by every export, which writes nothing. Files
// that are not well-formed XML are refused with a clear finding, and never crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, extname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseGift } from 'gift-pegjs';
import { launch, relais, run, sourceDir } from './harness.mjs';

const generator = join(sourceDir, 'tests/hostile/make-hostile.py');
const shipped = join(sourceDir, 'curricula/parcours-relais');
const screens = join(tmpdir(), 'relais-hostile-screens');
// What the hostile text would do if it ran or were parsed as markup.
const RAW = [/<script>window\.__relaisPwned/i, /<img src=x onerror/i, /<svg\/onload/i, /<iframe src="data:/i,
  /<link rel=stylesheet/i, /<font color="red"/i];
const SCRIPT_TEXT = '<script>window.__relaisPwned="script";alert("script")</script>';
const LONG_WORD = 'Anticonstitutionnellement'.repeat(400).slice(0, 10000);
// A hang is a failure, not a wait: no command may take longer.
const LIMIT = { timeout: 15 * 60 * 1000, maxBuffer: 256 << 20 };

let work;
let browser;
let valid;
let invalid;
let faults;
const outputs = {};

const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

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

function relaisRun(args) {
  return spawnSync(relais, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' }, ...LIMIT });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'relais-hostile-'));
  valid = join(work, 'valid');
  invalid = join(work, 'invalid');
  execFileSync('python3', [generator, shipped, valid]);
  faults = JSON.parse(execFileSync('python3', [generator, '--invalid', shipped, invalid], { encoding: 'utf8' }));
  mkdirSync(join(work, 'out'));
  mkdirSync(screens, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the hostile curriculum is valid, and hostile in every text', () => {
  const report = JSON.parse(relaisRun(['validate', valid, '--json']).stdout);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => `${d.file}:${d.line} [${d.code}] ${d.message}`), []);

  // Every element holding text only, every attribute holding words: the
  // generator's numbered text, but for slugs, the long words and the
  // foreign script; the coded values (ids, numbers, paths, hashes) hold none.
  let texts = 0;
  for (const file of walk(valid).filter((f) => f.endsWith('.xml'))) {
    const xml = readFileSync(file, 'utf8');
    for (const [, tag, text] of xml.matchAll(/<([A-Za-z:]+)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) {
      if (tag === 'audience' || tag.endsWith('script') || LONG_WORD.startsWith(unxml(text))) continue;
      assert.match(unxml(text), /^№\d+ /, `${relative(valid, file)}: <${tag}> holds “${text.slice(0, 60)}”`);
      texts += 1;
    }
    for (const [, name, value] of xml.matchAll(/\s(role|code|url)="([^"]*)"/g)) {
      assert.match(unxml(value), name === 'url' ? /^javascript:/ : /^№\d+ /, `${relative(valid, file)}: @${name}`);
    }
  }
  assert.ok(texts > 1000, `${texts} texts`);

  // At the limits: a title of 300 characters (the schema's maximum); words
  // of 10,000 letters and paragraphs of 100,000 characters in the rich texts
  // of curriculum.xml, a pathway and a module.
  const module = readFileSync(join(valid, 'modules/arnaques-reperer.xml'), 'utf8');
  assert.equal([...unxml(module.match(/<title>([^<]*)<\/title>/)[1])].length, 300);
  const all = walk(valid).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(f, 'utf8')).join('');
  assert.ok(all.split(`<p>${LONG_WORD}</p>`).length > 10, 'long words');
  assert.ok([...all.matchAll(/<p>([^<]*)<\/p>/g)].filter(([, p]) => [...unxml(p)].length >= 100000).length >= 10, 'long paragraphs');
});

test('every format exports it', () => {
  const formats = exporters();
  assert.ok(formats.length >= 8, `exporters installed: ${formats.join(', ')}`);
  for (const format of formats) {
    const out = join(work, 'out', format);
    const result = relaisRun(['export', valid, '--format', format, '-o', out]);
    assert.equal(result.status, 0, `${format}: ${result.stderr}`);
    // A page in one file is named as a browser recognises it (without its
    // extension it would be shown as plain text, and prove nothing).
    outputs[format] = kind(out) === 'text' && isPage(out) ? `${out}.html` : out;
    if (outputs[format] !== out) renameSync(out, outputs[format]);
  }
});

const isPage = (file) => extname(file) === '.html' || readFileSync(file).subarray(0, 15).toString('latin1').toLowerCase() === '<!doctype html>';

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
    if (kind(outputs[format]) === 'pdf' || format === 'gift' || format === 'moodlexml') continue;
    for (const file of textFiles(format)) {
      const text = readFileSync(file, 'utf8');
      for (const raw of RAW) assert.doesNotMatch(text, raw, `${format}: ${file} holds author markup unescaped`);
    }
  }
});

test('the question banks parse, and hold the markup as text', () => {
  const gift = giftHtml(parseGift(readFileSync(outputs.gift, 'utf8')));
  assert.ok(gift.some((t) => t.includes('&lt;script&gt;window.__relaisPwned')), 'the GIFT questions carry the script, escaped');
  for (const text of gift) for (const raw of RAW) assert.doesNotMatch(text, raw, `gift: ${text.slice(0, 200)}`);

  // Moodle shows <text> of a format="html" element as HTML: once the XML is
  // read (xmllint, which fails on a broken CDATA section), what is left must
  // hold the markup escaped.
  const xml = outputs.moodlexml;
  execFileSync('xmllint', ['--noout', '--nonet', xml]);
  const read = execFileSync('xmllint', ['--nonet', '--noent', '--nocdata', xml], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const html = [...read.matchAll(/format="html">\s*<text>([\s\S]*?)<\/text>/g)].map(([, t]) => unxml(t));
  assert.ok(html.length > 50, `${html.length} HTML texts`);
  assert.ok(html.some((t) => t.includes('&lt;script&gt;window.__relaisPwned')), 'the Moodle questions carry the script, escaped');
  for (const text of html) for (const raw of RAW) assert.doesNotMatch(text, raw, `moodlexml: ${text.slice(0, 200)}`);
});

test('the PDFs print it as text, with no script and no javascript: link', () => {
  for (const format of Object.keys(outputs)) {
    if (kind(outputs[format]) !== 'pdf') continue;
    const text = execFileSync('pdftotext', [outputs[format], '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
    assert.ok(text.includes(SCRIPT_TEXT), `${format}: the script is printed as text`);
    const flat = join(work, `${format}.qdf`);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', outputs[format], flat]);
    const objects = readFileSync(flat, 'latin1');
    assert.doesNotMatch(objects, /\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/, `${format}: an action that runs something`);
    assert.doesNotMatch(objects, /\/URI\s*\(\s*(javascript|data|file):/i, `${format}: a link that runs something`);
  }
});

// Opens a page and plays it: the words of 10,000 letters brought into view
// and photographed, every button the page offers pressed once (checks,
// hints, large print, slides) and the slides walked through.
async function inspect(file, shot) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const dialogs = [];
  const outside = [];
  const errors = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  // Pictures are inlined as data: URLs; any other request leaves the export.
  page.on('request', (r) => { if (!r.url().startsWith('file://') && !r.url().startsWith('data:image/')) outside.push(r.url()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  const overflow = await page.evaluate(() => {
    const word = [...document.querySelectorAll('p, li, div')].find((e) => e.textContent.startsWith('AnticonstitutionnellementAnti'));
    word?.scrollIntoView();
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
  if (shot) await page.screenshot({ path: shot });
  await page.evaluate(() => {
    for (const b of document.querySelectorAll('button')) b.click();
  }).catch(() => {});  // a button may leave the page
  for (const key of ['ArrowRight', 'ArrowRight', 'End', 'n']) await page.keyboard.press(key);
  await page.waitForLoadState('load');
  const ran = [];
  for (const frame of page.frames()) {
    const flag = await frame.evaluate(() => window.__relaisPwned).catch(() => undefined);
    if (flag !== undefined) ran.push(`${frame.url()}: ${flag}`);
  }
  await context.close();
  return { dialogs, outside, errors, overflow, ran };
}

test('no page runs the script, asks for anything outside, or is pushed sideways', async () => {
  const pages = [];
  for (const format of Object.keys(outputs)) {
    if (kind(outputs[format]) === 'pdf') continue;
    for (const file of textFiles(format)) if (isPage(file)) pages.push([format, file]);
  }
  assert.ok(pages.length > 30, `${pages.length} pages`);
  const shot = new Set();
  for (const [format, file] of pages) {
    const first = !shot.has(format) || file.endsWith('arnaques-reperer.html');
    shot.add(format);
    const name = `${format}-${basename(file, '.html')}.png`;
    const seen = await inspect(file, first ? join(screens, name) : null);
    const where = `${format}: ${relative(work, file)}`;
    assert.deepEqual(seen.dialogs, [], `${where} opened a dialog`);
    assert.deepEqual(seen.ran, [], `${where} ran author script`);
    assert.deepEqual(seen.outside, [], `${where} asked for something outside the export`);
    assert.deepEqual(seen.errors, [], `${where} reported errors`);
    assert.ok(seen.overflow <= 0, `${where} is ${seen.overflow} px wider than the window`);
  }
});

test('the invalid curriculum is refused at the lines of its faults', () => {
  const result = relaisRun(['validate', invalid, '--json']);
  assert.equal(result.status, 1, result.stderr);
  const found = JSON.parse(result.stdout).diagnostics.filter((d) => d.severity === 'error');
  assert.ok(faults.length >= 10);
  for (const fault of faults) {
    assert.ok(found.some((d) => d.code === fault.code && d.file === fault.file && d.line === fault.line),
      `${fault.what}: ${fault.code} at ${fault.file}:${fault.line}; found ${found.map((d) => `${d.code} ${d.file}:${d.line}`).join(', ')}`);
  }
  const codes = new Set(found.map((d) => d.code));
  for (const code of ['richtext.element', 'richtext.attribute', 'richtext.link', 'media.active-content']) assert.ok(codes.has(code), code);
});

test('no format exports the invalid curriculum, and nothing is written', () => {
  const out = join(work, 'refused');
  mkdirSync(out);
  for (const format of exporters()) {
    const target = join(out, format);
    const result = relaisRun(['export', invalid, '--format', format, '-o', target]);
    assert.equal(result.status, 1, `${format}: ${result.stdout}${result.stderr}`);
    assert.match(result.stderr, /erreur/i, `${format}: ${result.stderr}`);
    assert.match(result.stderr, /richtext\.element/, `${format}: the findings are listed`);
    assert.deepEqual(readdirSync(out), [], `${format}: something was written`);
  }
});

// Files that are not the format at all: each refused with its finding in the
// file it concerns (and the line, where there is one), by validation and by
// export, without a crash (a signal)
// and within the time limit. The 16 MiB and 64-level limits, entities and a
// broken tag inside packs and in the library are tst_pack's and tst_rules's.
const MODULE = 'modules/premiers-pas-ecrans.xml';
const deep = (n) => `${'<x:n xmlns:x="urn:example:n">'.repeat(n)}${'</x:n>'.repeat(n)}`;
const laughs = '<!DOCTYPE module [\n<!ENTITY a "aaaaaaaaaa">\n'
  + Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">\n`).join('')
  + ']>\n';
const MALFORMED = [
  ['control characters', (x) => x.replace('<title>', '<title>\u0001\u001b[31m'), 'xml.control-character', 3],
  ['a NUL byte', (x) => x.replace('<title>', '<title>\u0000'), 'xml.control-character', 3],
  ['a control character written &#27;', (x) => x.replace('<title>', '<title>&#27;[2J'), 'xml.control-character', 3],
  ['invalid UTF-8', (x) => Buffer.concat([Buffer.from(x.split('<title>')[0] + '<title>'), Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from(x.split('<title>').slice(1).join('<title>'))]), 'xml.encoding', 3],
  ['an unclosed tag', (x) => x.replace('</title>', ''), 'xml.malformed'],
  ['a truncated file', (x) => x.slice(0, Math.floor(x.length / 2)), 'xml.malformed'],
  ['a DOCTYPE with entities', (x) => x.replace('<module ', `${laughs}<module `).replace('</activities>', '</activities>&bbbbbbbbb;'), 'xml.doctype', 2],
  ['200-deep nesting', (x) => x.replace('</module>', `${deep(200)}</module>`), 'xml.too-deep'],
  ['a 20 MB file', (x) => x.replace('</module>', `<x:n xmlns:x="urn:example:n">${'Texte de remplissage. '.repeat(1000000)}</x:n></module>`), 'xml.too-large'],
];

for (const [name, spoil, code, line] of MALFORMED) {
  test(`a module with ${name} is refused: ${code}`, () => {
    const slug = name.replace(/\W+/g, '-');
    const folder = join(work, `malformed-${slug}`);
    cpSync(shipped, folder, { recursive: true });
    const file = join(folder, MODULE);
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));

    const result = relaisRun(['validate', folder, '--json', '--lang', 'en']);
    assert.equal(result.signal, null, `killed by ${result.signal}: ${result.stderr}`);
    assert.ok(result.status === 1 || result.status === 2, `exit status ${result.status}: ${result.stderr}`);
    const found = JSON.parse(result.stdout).diagnostics.filter((d) => d.code === code);
    assert.equal(found.length, 1, `${code} in ${result.stdout.slice(0, 2000)}`);
    assert.equal(found[0].file, MODULE);
    if (line) assert.equal(found[0].line, line);
    assert.ok(found[0].message.length > 20 && !found[0].message.includes('%'), found[0].message);

    const target = join(work, `malformed-${slug}-export`);
    const exported = relaisRun(['export', folder, '--format', 'html', '-o', target]);
    assert.equal(exported.signal, null);
    assert.notEqual(exported.status, 0, 'the export is refused');
    assert.ok(exported.stderr.includes(code), exported.stderr);
    assert.equal(existsSync(target), false);
  });
}
