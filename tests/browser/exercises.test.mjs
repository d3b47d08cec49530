// Every installed exercise type, tried as a learner would in a real browser:
// right answers give the full score, wrong answers give feedback and a partial
// score, the keyboard alone is enough, axe-core finds no serious or critical
// violation, and nothing is requested outside file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import {
  previewCurriculum, installedTypes, launch, open, sectionData, activityResult, focusActivity, axe, hasDriver,
} from './harness.mjs';

let browser;
let preview;
const types = installedTypes();

before(async () => {
  preview = previewCurriculum();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (preview) rmSync(preview.out, { recursive: true, force: true });
});

test('every installed exercise type has a browser driver and appears in the curricula', () => {
  assert.ok(types.length > 0);
  for (const type of types) {
    assert.ok(hasDriver(type), `tests/browser/drivers/${type}.mjs is missing`);
  }
});

for (const type of types) {
  const scenarios = [
    ['right answers, mouse', { right: true, keyboard: false }],
    ['wrong answers, mouse', { right: false, keyboard: false }],
    ['right answers, keyboard only', { right: true, keyboard: true }],
    ['wrong answers, keyboard only', { right: false, keyboard: true }],
  ];
  for (const [name, how] of scenarios) {
    test(`${type}: ${name}`, async (t) => {
      const driver = await import(`./drivers/${type}.mjs`);
      if (!how.right && driver.scored === false) {
        t.skip('not scored: there is no wrong answer');
        return;
      }
      const dirs = preview.pages[type] || [];
      assert.ok(dirs.length > 0, `no module of the curricula uses ${type}`);
      const { page, context, outside, errors } = await open(browser, dirs[0]);
      try {
        const section = page.locator(`section.relais-activity[data-type="${type}"]`).first();
        const id = await section.getAttribute('data-activity');
        const data = await sectionData(section);
        if (how.keyboard) await focusActivity(section);
        await driver.answer(page, section, data, how);
        const result = await activityResult(page, id);
        assert.equal(result.completed, true, 'the activity reports completion');
        if (how.right) {
          assert.equal(result.score, result.maxScore, 'right answers give the full score');
        } else {
          assert.ok(result.score < result.maxScore, `wrong answers give a partial score (${result.score}/${result.maxScore})`);
          const text = await section.locator('.relais-feedback').first().textContent();
          assert.ok(text.trim().length > 0, 'feedback is shown');
        }
        if (driver.check) await driver.check(page, section, data, how);
        assert.deepEqual(outside, [], 'no request leaves file://');
        assert.deepEqual(errors, [], 'no script error');
      } finally {
        await context.close();
      }
    });
  }

  test(`${type}: no serious or critical accessibility violation`, async () => {
    const dirs = preview.pages[type] || [];
    for (const dir of dirs) {
      const { page, context } = await open(browser, dir);
      try {
        const sections = page.locator(`section.relais-activity[data-type="${type}"]`);
        for (let i = 0; i < await sections.count(); ++i) {
          const violations = await axe(page, sections.nth(i));
          assert.deepEqual(violations, [], `${dir}: ${JSON.stringify(violations, null, 1)}`);
        }
      } finally {
        await context.close();
      }
    }
  });
}
