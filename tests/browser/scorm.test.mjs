// The SCORM packages played as an LMS plays them: scorm-again's runtime on a
// parent page (tests/browser/scorm/lms.html) and the SCO in a frame below it,
// all from file:// (the harness starts chromium with
// --allow-file-access-from-files, under which a file:// frame may reach its
// parent's window.API, so no web server is needed). The exercises are
// answered with the same drivers as the exercise tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run, launch, sourceDir, sectionData } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const curriculum = join(sourceDir, 'curricula/parcours-relais');
const lmsPage = pathToFileURL(join(here, 'scorm/lms.html')).href;
const scoredModule = 'courriel-envoyer-message';  // mcq, hotspot, ordering, fillblanks
const unscoredModule = 'bilan-sortie-seniors';    // self-assessments only
const pathway = 'numerique-au-quotidien-seniors';

// What differs between the two versions, for the LMS and for the checks.
const versions = {
  scorm12: {
    version: '1.2',
    finish: 'LMSFinish',
    // What the LMS knows at launch: the learner, the manifest's mastery score,
    // and what it stored from the previous session.
    launch(mastery, previous) {
      const data = { core: { student_id: 'relais-test', student_name: 'Dupont, Marie', entry: previous ? 'resume' : 'ab-initio' } };
      if (mastery !== null) data.student_data = { mastery_score: mastery };
      if (previous) {
        data.suspend_data = previous['cmi.suspend_data'];
        data.core.lesson_status = previous['cmi.core.lesson_status'];
        if (previous['cmi.core.score.raw'] !== undefined) {
          data.core.score = { raw: previous['cmi.core.score.raw'], min: previous['cmi.core.score.min'], max: previous['cmi.core.score.max'] };
        }
      }
      return data;
    },
    expect(values, outcome, raw) {
      assert.equal(values['cmi.core.lesson_status'], outcome, 'cmi.core.lesson_status');
      if (raw === null) {
        assert.equal(values['cmi.core.score.raw'], undefined, 'no score for a module with nothing scored');
        return;
      }
      assert.equal(Number(values['cmi.core.score.raw']), raw, 'cmi.core.score.raw');
      assert.equal(values['cmi.core.score.min'], '0');
      assert.equal(values['cmi.core.score.max'], '100');
    },
    left(values, finished) {
      assert.match(values['cmi.core.session_time'], /^\d{4}:\d{2}:\d{2}\.\d{2}$/, 'cmi.core.session_time is HHHH:MM:SS.SS');
      assert.equal(values['cmi.core.exit'], finished ? '' : 'suspend', 'cmi.core.exit');
    },
    stored: (cmi) => ({ status: cmi.core.lesson_status, raw: cmi.core.score.raw }),
  },
  scorm2004: {
    version: '2004',
    finish: 'Terminate',
    launch(mastery, previous) {
      const data = { learner_id: 'relais-test', learner_name: 'Dupont, Marie', entry: previous ? 'resume' : 'ab-initio' };
      if (mastery !== null) data.scaled_passing_score = mastery;
      if (previous) {
        data.suspend_data = previous['cmi.suspend_data'];
        data.completion_status = previous['cmi.completion_status'];
        if (previous['cmi.success_status']) data.success_status = previous['cmi.success_status'];
        if (previous['cmi.score.raw'] !== undefined) {
          data.score = { scaled: previous['cmi.score.scaled'], raw: previous['cmi.score.raw'], min: previous['cmi.score.min'], max: previous['cmi.score.max'] };
        }
      }
      return data;
    },
    expect(values, outcome, raw) {
      assert.equal(values['cmi.completion_status'], outcome === 'incomplete' ? 'incomplete' : 'completed', 'cmi.completion_status');
      if (raw === null) {
        assert.equal(values['cmi.success_status'], undefined, 'no success status for a module with nothing scored');
        assert.equal(values['cmi.score.raw'], undefined, 'no score for a module with nothing scored');
        return;
      }
      const success = outcome === 'incomplete' ? 'unknown' : outcome;
      assert.equal(values['cmi.success_status'], success, 'cmi.success_status');
      assert.equal(Number(values['cmi.score.scaled']), Math.round(raw * 100) / 10000, 'cmi.score.scaled');
      assert.equal(Number(values['cmi.score.raw']), raw, 'cmi.score.raw');
      assert.equal(values['cmi.score.min'], '0');
      assert.equal(values['cmi.score.max'], '100');
    },
    left(values, finished) {
      assert.match(values['cmi.session_time'], /^PT\d+H\d+M\d+\.\d{2}S$/, 'cmi.session_time is an ISO 8601 duration');
      assert.equal(values['cmi.exit'], finished ? 'normal' : 'suspend', 'cmi.exit');
    },
    stored: (cmi) => ({ status: cmi.success_status === 'unknown' ? cmi.completion_status : cmi.success_status, raw: cmi.score.raw }),
  },
};

let browser;
let out;
const packages = {};

function unzip(zip) {
  const dir = `${zip}.d`;
  mkdirSync(dir);
  execFileSync('bsdtar', ['-xf', zip, '-C', dir]);
  return dir;
}

// The SCOs of a manifest in order, each with the mastery an LMS reads there.
function scos(dir) {
  const manifest = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
  const hrefs = Object.fromEntries([...manifest.matchAll(/<resource identifier="([^"]+)"[^>]*\bhref="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...manifest.matchAll(/<item identifier="[^"]+" identifierref="([^"]+)">([\s\S]*?)<\/item>/g)].map((m) => {
    const mastery = /<(?:adlcp:masteryscore|imsss:minNormalizedMeasure)>([^<]+)</.exec(m[2]);
    return { resource: m[1], href: hrefs[m[1]], mastery: mastery ? mastery[1] : null };
  });
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'relais-scorm-'));
  for (const format of Object.keys(versions)) {
    const exports = { module: ['--module', scoredModule], unscored: ['--module', unscoredModule], pathway: ['--pathway', pathway] };
    packages[format] = {};
    for (const [name, scope] of Object.entries(exports)) {
      const zip = join(out, `${format}-${name}.zip`);
      run(['export', curriculum, '--format', format, '-o', zip, ...scope]);
      const dir = unzip(zip);
      packages[format][name] = { dir, scos: scos(dir) };
    }
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

// The LMS page with the SCO in its frame, once the SCO's page has started.
async function openSco(format, pkg, sco, previous, { mastery = true } = {}) {
  const v = versions[format];
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  const allowed = [pathToFileURL(pkg.dir).href + '/', pathToFileURL(here).href + '/'];
  page.on('request', (r) => { if (!allowed.some((prefix) => r.url().startsWith(prefix)) && r.url() !== 'about:blank') outside.push(r.url()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(lmsPage);
  const url = pathToFileURL(join(pkg.dir, sco.href)).href;
  await page.evaluate(([version, data, href]) => window.lms.start(version, data, href),
    [v.version, v.launch(mastery ? sco.mastery : null, previous), url]);
  await page.waitForFunction(() => {
    const w = document.getElementById('sco').contentWindow;
    return w && w.Relais && w.document.querySelector('.relais-score')?.textContent.length > 0;
  });
  const frame = page.frames().find((f) => f.url() === url);
  // The drivers read the focus and press keys: in the frame, with the page's keyboard.
  const driverPage = { evaluate: (fn, arg) => frame.evaluate(fn, arg), keyboard: page.keyboard, mouse: page.mouse };
  return { page, frame, driverPage, context, outside, errors };
}

// Answers the activities `which` selects, right or wrong as `right(index)` says.
async function play(sco, which, right) {
  const sections = sco.frame.locator('section.relais-activity');
  const n = await sections.count();
  for (let i = 0; i < n; ++i) {
    if (!which(i)) continue;
    const section = sections.nth(i);
    const driver = await import(`./drivers/${await section.getAttribute('data-type')}.mjs`);
    await driver.answer(sco.driverPage, section, await sectionData(section), { right: driver.scored === false || right(i), keyboard: false });
  }
  return sections.count();
}

// The page's own account: each activity's score (set by the runtime) and
// maximum (from its data), and which are done.
function pageState(frame) {
  return frame.evaluate(() => {
    const sections = [...document.querySelectorAll('section.relais-activity')];
    let score = 0;
    let max = 0;
    for (const s of sections) {
      max += Math.max(0, Number(JSON.parse(s.querySelector('script.relais-data').textContent).maxScore) || 0);
      score += Number(s.getAttribute('data-score') || 0);
    }
    return { score, max, raw: max > 0 ? Math.round(score * 10000 / max) / 100 : null, done: sections.map((s) => s.getAttribute('data-completed') === 'true') };
  });
}

function lmsValues(page) {
  return page.evaluate(() => ({ ...window.lms.values }));
}

// The learner leaves: the frame's page goes, the bridge finishes; what the
// LMS stored is returned.
async function close(format, sco) {
  await sco.page.evaluate(() => window.lms.stop());
  await sco.page.waitForFunction((finish) => window.lms.calls.some((c) => c[0] === finish), versions[format].finish);
  const values = await lmsValues(sco.page);
  const lmsErrors = await sco.page.evaluate(() => window.lms.errors);
  const cmi = await sco.page.evaluate(() => JSON.parse(JSON.stringify(window.lms.api.cmi)));
  assert.deepEqual(lmsErrors, [], 'no SCORM error');
  assert.deepEqual(sco.outside, [], 'nothing requested outside the package and the LMS page');
  assert.deepEqual(sco.errors, [], 'no script error');
  await sco.context.close();
  return { values, cmi };
}

for (const format of Object.keys(versions)) {
  const v = versions[format];

  test(`${format}: a module with several scored exercise types, all answers right, is passed with 100`, async () => {
    const pkg = packages[format].module;
    assert.equal(pkg.scos.length, 1);
    const sco = await openSco(format, pkg, pkg.scos[0]);
    const n = await play(sco, () => true, () => true);
    const state = await pageState(sco.frame);
    assert.ok(n >= 3 && state.done.every(Boolean));
    v.expect(await lmsValues(sco.page), 'passed', 100);
    const { values, cmi } = await close(format, sco);
    v.left(values, true);
    assert.deepEqual(v.stored(cmi), { status: 'passed', raw: '100' }, 'the LMS keeps what it was told');
    assert.equal(Object.keys(JSON.parse(values['cmi.suspend_data'])).length, n, 'every answer is in suspend_data');
  });

  test(`${format}: wrong answers are failed with the exact score, against the page's own mastery when the LMS has none`, async () => {
    const pkg = packages[format].module;
    const sco = await openSco(format, pkg, pkg.scos[0], null, { mastery: false });
    await play(sco, () => true, (i) => i === 0);
    const state = await pageState(sco.frame);
    assert.ok(state.done.every(Boolean));
    assert.ok(state.raw > 0 && state.raw < 80, `a partial score below the mastery score (${state.raw})`);
    v.expect(await lmsValues(sco.page), 'failed', state.raw);
    const { values } = await close(format, sco);
    v.left(values, true);
  });

  test(`${format}: closed half done, the module reopens with its answers from suspend_data`, async () => {
    const pkg = packages[format].module;
    const first = await openSco(format, pkg, pkg.scos[0]);
    const n = await play(first, (i) => i < 2, () => true);
    const before = await pageState(first.frame);
    assert.deepEqual(before.done, [...Array(n).keys()].map((i) => i < 2));
    assert.ok(before.raw > 0);
    v.expect(await lmsValues(first.page), 'incomplete', before.raw);
    const { values } = await close(format, first);
    v.left(values, false);

    const again = await openSco(format, pkg, pkg.scos[0], values);
    const after = await pageState(again.frame);
    assert.deepEqual(after, before, 'the answered activities are done again, with the same score');
    v.expect(await lmsValues(again.page), 'incomplete', before.raw);
    await play(again, (i) => i >= 2, () => true);
    v.expect(await lmsValues(again.page), 'passed', 100);
    const { values: last } = await close(format, again);
    v.left(last, true);
  });

  test(`${format}: a module with nothing scored is completed, with no score`, async () => {
    const pkg = packages[format].unscored;
    assert.equal(pkg.scos[0].mastery, null, 'no mastery in the manifest');
    const sco = await openSco(format, pkg, pkg.scos[0]);
    await play(sco, () => true, () => true);
    v.expect(await lmsValues(sco.page), 'completed', null);
    const { values } = await close(format, sco);
    v.left(values, true);
  });

  test(`${format}: every SCO of a pathway package is passed or completed, and resumes as it was left`, async () => {
    const pkg = packages[format].pathway;
    assert.ok(pkg.scos.length >= 5);
    for (const item of pkg.scos) {
      const sco = await openSco(format, pkg, item);
      await play(sco, () => true, () => true);
      const state = await pageState(sco.frame);
      assert.ok(state.done.every(Boolean), `${item.href}: every activity done`);
      const outcome = item.mastery === null ? 'completed' : 'passed';
      assert.equal(state.raw === null, item.mastery === null, `${item.href}: scored exactly when the manifest has a mastery`);
      v.expect(await lmsValues(sco.page), outcome, state.raw);
      const { values } = await close(format, sco);

      // Every player takes its saved answer back.
      const again = await openSco(format, pkg, item, values);
      assert.deepEqual(await pageState(again.frame), state, `${item.href}: restored from suspend_data`);
      v.expect(await lmsValues(again.page), outcome, state.raw);
      await close(format, again);
    }
  });

  test(`${format}: with no LMS the page plays and throws nothing`, async () => {
    const pkg = packages[format].module;
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    try {
      await page.goto(pathToFileURL(join(pkg.dir, pkg.scos[0].href)).href);
      await page.waitForFunction(() => window.Relais && document.querySelector('.relais-score')?.textContent.length > 0);
      const section = page.locator('section.relais-activity[data-type="mcq"]').first();
      const driver = await import('./drivers/mcq.mjs');
      await driver.answer(page, section, await sectionData(section), { right: true, keyboard: false });
      assert.equal(await section.getAttribute('data-completed'), 'true');
      // Answers too long for the LMS's suspend_data: the longest stay out, the rest fit.
      const limit = format === 'scorm12' ? 4096 : 64000;
      const kept = await page.evaluate((max) => {
        const long = 'x'.repeat(max / 2);
        const activities = [{ id: 'a', response: [long] }, { id: 'b', response: [1, 2] }, { id: 'c', response: [long, long] }, { id: 'd', response: null }];
        const text = window.RelaisScorm.suspendData({ activities }, max);
        return { length: text.length, ids: Object.keys(JSON.parse(text)) };
      }, limit);
      assert.ok(kept.length <= limit);
      assert.deepEqual(kept.ids, ['a', 'b']);
      await page.goto('about:blank');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
