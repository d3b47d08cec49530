// Multiple choice: pick the right answers (or a wrong one) and press "Valider".
export const scored = true;

export async function answer(page, section, data, { right, keyboard }) {
  const wanted = data.choices
    .map((c, i) => ({ ...c, i }))
    .filter((c) => (right ? c.correct : !c.correct));
  const picks = right ? wanted : wanted.slice(0, 1);
  if (!keyboard) {
    for (const c of picks) await section.locator(`label[for$="-${c.i}"]`).click();
    await section.getByRole('button', { name: /Valider|Check/ }).click();
    return;
  }
  // Tab reaches the first choice; with radio buttons the arrows move and
  // select, with check boxes Tab moves and Space ticks.
  await page.keyboard.press('Tab');
  if (data.multiple) {
    for (let i = 0; i < data.choices.length; ++i) {
      if (picks.some((c) => c.i === i)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else {
    for (let i = 0; i < picks[0].i; ++i) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

export async function check(page, section, data, { right }) {
  const feedback = await section.locator('.relais-feedback').textContent();
  if (!right && !/Pas encore|Not yet/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
}
