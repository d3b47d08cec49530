// True or false: "Vrai" or "Faux" for each statement, then "Valider". The
// wrong run gets the first statement wrong and the others right.
export const scored = true;

function wanted(data, right) {
  return data.statements.map((s, i) => {
    const answer = s.answer === 'false' ? 'false' : 'true';
    if (right || i > 0) return answer;
    return answer === 'true' ? 'false' : 'true';
  });
}

export async function answer(page, section, data, { right, keyboard }) {
  const answers = wanted(data, right);
  if (!keyboard) {
    for (const [i, value] of answers.entries()) {
      await section.locator('[role="radiogroup"]').nth(i)
        .getByText(value === 'true' ? /^(Vrai|True)$/ : /^(Faux|False)$/).click();
    }
    await section.getByRole('button', { name: /Valider|Check/ }).click();
    return;
  }
  // Tab enters each radio group on "Vrai"; Space ticks it, the right arrow
  // moves to "Faux" and ticks it.
  for (const value of answers) {
    await page.keyboard.press('Tab');
    await page.keyboard.press(value === 'true' ? 'Space' : 'ArrowRight');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

export async function check(page, section, data, { right, keyboard }) {
  const feedback = await section.locator('.relais-feedback').textContent();
  if (!right && !/Pas encore|Not yet/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  // Every statement says whether it was right, with its explanation (whose
  // opening "Vrai." or "Faux." the verdict already says).
  const notes = (await section.locator('.relais-tf-note').allTextContents()).map((n) => n.replace(/\u00a0/g, ' '));
  if (notes.length !== data.statements.length) throw new Error(`${notes.length} notes for ${data.statements.length} statements`);
  for (const [i, s] of data.statements.entries()) {
    const why = (s.explanation || '').replace(/^\s*(vrai|faux|true|false)\s*[.!:,;]\s*/i, '');
    if (!notes[i].includes(why)) throw new Error(`statement ${i + 1}: explanation missing from “${notes[i]}”`);
  }
  if (right) return;
  if (!/^✗/.test(notes[0])) throw new Error(`the first statement should be marked wrong: ${notes[0]}`);
  // "Réessayer" (which has the focus) clears the wrong answer only and goes back to it.
  if (keyboard) await page.keyboard.press('Enter');
  else await section.getByRole('button', { name: /Réessayer|Try again/ }).click();
  const checked = await section.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((i) => i.checked));
  if (checked[0] || checked[1]) throw new Error('the wrong answer is still ticked');
  if (data.statements.length > 1 && !checked[2] && !checked[3]) throw new Error('a right answer was cleared');
  const focused = await page.evaluate(() => document.activeElement?.id || '');
  if (keyboard && !focused.endsWith('-0-true')) throw new Error(`focus is on “${focused}”, not the first statement`);
}
