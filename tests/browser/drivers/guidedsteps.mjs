// Step-by-step tutorial: "Suivant" through every step, then "Terminer".
// Not scored: going through to the end is the only way to answer.
import assert from 'node:assert/strict';

export const scored = false;

const nextButton = /^(Suivant|Next)$/;
const finishButton = /^(Terminer|Finish)$/;

// Tab until the focused element's text matches, as a keyboard user would.
async function tabTo(page, name) {
  for (let i = 0; i < 40; ++i) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() || '');
    if (name.test(text)) return;
  }
  throw new Error(`no control named ${name} reached with Tab`);
}

async function expectStep(page, section, n, total, focused) {
  const heading = section.locator('.relais-guidedsteps-heading');
  assert.match(await heading.textContent(), new RegExp(`(Étape|Step) ${n} (sur|of) ${total}`));
  if (focused) {
    const active = await page.evaluate(() => document.activeElement?.className || '');
    assert.match(active, /relais-guidedsteps-heading/, 'focus moves to the step heading');
  }
}

export async function answer(page, section, data, { keyboard }) {
  const total = data.steps.length;
  await expectStep(page, section, 1, total, false);
  for (let i = 1; i <= total; ++i) {
    const name = i < total ? nextButton : finishButton;
    if (keyboard) {
      await tabTo(page, name);
      await page.keyboard.press('Enter');
    } else {
      await section.getByRole('button', { name }).click();
    }
    if (i < total) await expectStep(page, section, i + 1, total, true);
  }
}

export async function check(page, section, data, { keyboard }) {
  const total = data.steps.length;
  await expectStep(page, section, total, total, false);
  assert.match(await section.locator('.relais-feedback').textContent(), /Bravo|Well done/);
  if (total < 2) return;
  // Going back to a step keeps the tutorial done.
  if (keyboard) {
    await tabTo(page, /^(Précédent|Previous)$/);
    await page.keyboard.press('Enter');
  } else {
    await section.getByRole('button', { name: /^(Précédent|Previous)$/ }).click();
  }
  await expectStep(page, section, total - 1, total, true);
  const id = await section.getAttribute('data-activity');
  const result = await page.evaluate((a) => window.Relais.results().activities.find((x) => x.id === a), id);
  assert.equal(result.completed, true);
  assert.deepEqual(result.response, { step: total - 2, done: true });
}
