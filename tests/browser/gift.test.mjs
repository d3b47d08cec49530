// The GIFT question bank read by a parser nobody here wrote (gift-pegjs):
// exported through the real `relais` for the whole curriculum, a pathway and a
// module, the questions and their types must be exactly those the curriculum
// calls for (counted here from its XML files), filed in the expected
// categories, and author text with GIFT's special characters must come back
// intact.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'gift-pegjs';
import { run, sourceDir } from './harness.mjs';

const curriculum = join(sourceDir, 'curricula/parcours-relais');
const out = mkdtempSync(join(tmpdir(), 'relais-gift-'));
after(() => rmSync(out, { recursive: true, force: true }));

function unxml(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

const firstTitle = (xml) => unxml(xml.match(/<title>([^<]*)<\/title>/)[1]).replace(/\s+/g, ' ').trim();
const refs = (xml) => [...xml.matchAll(/ref="([^"]+)"/g)].map((m) => m[1]);

// What the curriculum's files say, read without Relais.
function readCurriculum(folder) {
  const main = readFileSync(join(folder, 'curriculum.xml'), 'utf8');
  const pathways = refs(main.split('<pathways>')[1].split('</pathways>')[0]).map((id) => {
    const xml = readFileSync(join(folder, 'pathways', `${id}.xml`), 'utf8');
    // Entry diagnostic, the modules of the steps, exit assessment: each once.
    const entry = refs((xml.match(/<entryDiagnostic[^>]*>/) || [''])[0]);
    const steps = refs((xml.split('<steps>')[1] || '').split('</steps>')[0]);
    const exit = refs((xml.match(/<exitAssessment[^>]*>/) || [''])[0]);
    return { id, title: firstTitle(xml), modules: [...new Set([...entry, ...steps, ...exit])] };
  });
  const moduleIds = refs(main.split('<modules>')[1].split('</modules>')[0]);
  const modules = Object.fromEntries(moduleIds.map((id) => {
    const xml = readFileSync(join(folder, 'modules', `${id}.xml`), 'utf8');
    const activities = [...xml.matchAll(/<activity id="[^"]+" type="([a-z]+)">([\s\S]*?)<\/activity>/g)].map(([, type, body]) => {
      const a = { type, title: firstTitle(body) };
      a.statements = (body.match(/<statement /g) || []).length;
      a.pairs = (body.match(/<pair>/g) || []).length;
      if (type === 'fillblanks') {
        const text = unxml(body.match(/<text>([\s\S]*?)<\/text>/)[1]);
        const gaps = [...text.matchAll(/\[\[(.*?)\]\]/g)].map((m) => m[1].split('|').map((s) => s.trim()));
        const distractors = [...body.matchAll(/<distractor>([^<]*)<\/distractor>/g)].map((m) => unxml(m[1]).trim());
        const offered = new Set([...gaps.map((g) => g[0]), ...distractors]);
        a.gaps = gaps.length;
        a.choice = !/mode="typed"/.test(body) && offered.size >= 2;
      }
      return a;
    });
    return [id, { id, title: firstTitle(xml), activities }];
  }));
  return { title: firstTitle(main), pathways, moduleIds, modules };
}

// The GIFT questions an activity becomes: a true/false question per statement,
// a matching question from three pairs, a missing-word question per gap
// (multiple choice when chosen from a list, short answer when typed);
// ordering and the unscored types have no GIFT question.
function questionsOf(a) {
  const numbered = (type, n) => Array.from({ length: n }, (_, i) => ({ type, title: n > 1 ? `${a.title} (${i + 1}/${n})` : a.title }));
  switch (a.type) {
    case 'mcq': return numbered('MC', 1);
    case 'truefalse': return numbered('TF', a.statements);
    case 'matching': return a.pairs >= 3 ? numbered('Matching', 1) : [];
    case 'fillblanks': return numbered(a.choice ? 'MC' : 'Short', a.gaps);
    default: return [];
  }
}

const html = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const category = (names) => `$course$/top/${names.map((n) => html(n).replace(/\//g, '//')).join('/')}`;

function expected(c, scope) {
  let units;
  if (scope.module) {
    units = [{ names: [c.title], modules: [scope.module] }];
  } else {
    const used = new Set(c.pathways.flatMap((p) => p.modules));
    units = c.pathways.filter((p) => !scope.pathway || p.id === scope.pathway)
      .map((p) => ({ names: [c.title, p.title], modules: p.modules }));
    const rest = c.moduleIds.filter((id) => !used.has(id));
    if (!scope.pathway && rest.length) units.push({ names: [c.title], modules: rest });
  }
  const items = [];
  for (const unit of units) {
    for (const id of unit.modules) {
      const m = c.modules[id];
      const questions = m.activities.flatMap(questionsOf).map((q) => ({ ...q, title: html(q.title) }));
      if (questions.length) items.push({ type: 'Category', title: category([...unit.names, m.title]) }, ...questions);
    }
  }
  return items;
}

function exportGift(source, args, name) {
  const file = join(out, name);
  const report = run(['export', source, '--format', 'gift', '-o', file, '--lang', 'en', ...args]);
  return { text: readFileSync(file, 'utf8'), report };
}

const c = readCurriculum(curriculum);
const scopes = [
  ['the whole curriculum', {}, []],
  ['a pathway', { pathway: c.pathways[0].id }, ['--pathway', c.pathways[0].id]],
  ['a module', { module: 'cv-rediger' }, ['--module', 'cv-rediger']],
];

for (const [name, scope, args] of scopes) {
  test(`GIFT of ${name}: the questions, their types and categories`, () => {
    const { text } = exportGift(curriculum, args, `${name.replace(/\W+/g, '-')}.txt`);
    const parsed = parse(text);
    const seen = parsed.map((q) => ({ type: q.type, title: q.title }));
    assert.deepEqual(seen, expected(c, scope));
    assert.ok(seen.filter((q) => q.type !== 'Category').length > 5);

    for (const q of parsed) {
      if (q.type === 'Category') continue;
      assert.equal(q.stem.format, 'html', q.title);
      if (q.type === 'MC') {
        const weighted = q.choices.filter((ch) => ch.weight !== null);
        if (weighted.length) {
          // Several right answers share 100 with grades Moodle offers; a wrong one takes a share back.
          const right = weighted.filter((ch) => ch.weight > 0);
          assert.ok(Math.abs(right.reduce((s, ch) => s + ch.weight, 0) - 100) < 0.001, q.title);
          for (const ch of weighted) assert.ok(Math.abs(Math.abs(ch.weight) - 100 / right.length) < 0.001, q.title);
        } else {
          assert.ok(q.choices.some((ch) => ch.isCorrect), q.title);
        }
      }
      if (q.type === 'Matching') assert.ok(q.matchPairs.length >= 3);
      if (q.hasEmbeddedAnswers) assert.match(q.stem.text, /_____/);
    }
  });
}

test('GIFT special characters and markup in author text come back intact and inert', () => {
  const source = join(out, 'injected');
  cpSync(curriculum, source, { recursive: true });
  const file = join(source, 'modules', 'arnaques-reperer.xml');
  const title = 'Piège {=}~#:\\ fin';
  const choice = 'Je rappelle {1:SA:=x} ~ = # <b>vite</b>';
  let xml = readFileSync(file, 'utf8');
  // The activity and its line in the running order share the title.
  xml = xml.replaceAll('<title>Le faux conseiller bancaire</title>', `<title>${html(title)}</title>`)
    .replace('<text>Je rappelle le numéro qui vient de m\'appeler.</text>', `<text>${html(choice)}</text>`)
    .replace('<text>Je donne le code pour bloquer le paiement.</text>', '<text>[html]&lt;script&gt;alert(1)&lt;/script&gt;</text>');
  writeFileSync(file, xml);

  const { text } = exportGift(source, ['--module', 'arnaques-reperer'], 'injected.txt');
  assert.ok(!text.includes('<script'), 'markup is escaped');
  const q = parse(text).find((x) => x.title === title);
  assert.ok(q, `the title survives parsing: ${parse(text).map((x) => x.title).join(' | ')}`);
  assert.equal(q.type, 'MC');
  const texts = q.choices.map((ch) => ch.text.text);
  // The answers are HTML: the author's text escaped, every character kept.
  assert.ok(texts.includes(html(choice)), texts.join(' | '));
  assert.ok(texts.includes('&#91;html]&lt;script&gt;alert(1)&lt;/script&gt;'), texts.join(' | '));
  assert.equal(q.choices.filter((ch) => ch.isCorrect).length, 1);
});

test('the report names what GIFT cannot hold', () => {
  const { report } = exportGift(curriculum, [], 'report.txt');
  const lines = report.split('\n').filter((l) => l.startsWith('Not exported: '));
  for (const m of Object.values(c.modules)) {
    for (const a of m.activities) {
      if (questionsOf(a).length) continue;
      assert.ok(lines.some((l) => l.includes(`Module “${m.title}”, activity “${a.title}”`)), `${m.id}: ${a.title}`);
    }
  }
  assert.ok(lines.some((l) => /ordering|put in order/i.test(l)));
  assert.ok(lines.some((l) => /pictures?/.test(l)));
});
