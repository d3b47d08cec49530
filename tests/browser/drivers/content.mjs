// Reading page: read it, then press "J'ai lu". Not scored: going through it
// is the only way to answer.
import assert from 'node:assert/strict';

export const scored = false;

const readButton = /J’ai lu|I have read it/;

// Tab until the focused element's text matches, as a keyboard user would.
async function tabTo(page, name) {
  for (let i = 0; i < 40; ++i) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() || '');
    if (name.test(text)) return;
  }
  throw new Error(`no control named ${name} reached with Tab`);
}

export async function answer(page, section, data, { keyboard }) {
  if (!keyboard) {
    await section.getByRole('button', { name: readButton }).click();
    return;
  }
  await tabTo(page, readButton);
  await page.keyboard.press('Enter');
}

export async function check(page, section, data) {
  const feedback = await section.locator('.relais-feedback').textContent();
  assert.match(feedback, /vous avez lu cette page|you have read this page/);
  // The button stays focused and says the page is read; pressing it again changes nothing.
  const button = section.locator('button.relais-content-done');
  assert.match(await button.textContent(), /Page lue|Page read/);
  assert.equal(await button.getAttribute('aria-disabled'), 'true');
  assert.equal(await section.locator('.relais-content-body').count(), 1);
  assert.equal(await section.locator('figure.relais-content-figure').count(), (data.figures || []).length);
  assert.equal(await section.locator('figure.relais-content-figure figcaption').count(),
    (data.figures || []).filter((f) => f.caption).length);
}
