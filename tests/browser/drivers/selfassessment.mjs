// Self-assessment: every statement answered, alternately "Je sais faire" and
// "Pas encore", then "Enregistrer". Not scored: answering every statement is
// the way through.
import assert from 'node:assert/strict';

export const scored = false;

const saveButton = /^(Enregistrer|Save)$/;
const answerFor = (i) => (i % 2 === 0 ? 'known' : 'not-yet');

export async function answer(page, section, data, { keyboard }) {
  const n = data.statements.length;
  if (!keyboard) {
    // Saving too early asks kindly for the missing answers and completes nothing.
    await section.getByRole('button', { name: saveButton }).click();
    assert.match(await section.locator('.relais-feedback').textContent(), /sans réponse|no answer/);
    assert.equal(await section.getAttribute('data-completed'), null);
    for (let i = 0; i < n; ++i) await section.locator(`label[for$="-${i}-${answerFor(i)}"]`).click();
    await section.getByRole('button', { name: saveButton }).click();
    return;
  }
  // Tab reaches each statement's first choice; Space picks it, an arrow
  // moves to "Pas encore" and picks it; Tab goes on to the next statement.
  for (let i = 0; i < n; ++i) {
    await page.keyboard.press('Tab');
    await page.keyboard.press(answerFor(i) === 'known' ? 'Space' : 'ArrowRight');
  }
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() || '');
  assert.match(focused, saveButton);
  await page.keyboard.press('Enter');
}

export async function check(page, section, data) {
  const n = data.statements.length;
  const id = await section.getAttribute('data-activity');
  const result = await page.evaluate((a) => window.Relais.results().activities.find((x) => x.id === a), id);
  assert.deepEqual(result.response, data.statements.map((s, i) => ({ statement: s.text, answer: answerFor(i) })));
  assert.equal(result.score, 0);
  const known = Math.ceil(n / 2);
  const feedback = await section.locator('.relais-feedback').textContent();
  assert.match(feedback, new RegExp(`(Vous savez déjà faire ${known} choses? sur ${n}|You can already do ${known} of ${n})`));
}
