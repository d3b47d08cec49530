// Matching: choose each line's partner in its list (right: its own partner;
// wrong: the next line's partner, so every line is wrong) and press "Valider".
export const scored = true;

// Tab until the element for which `is(activeElement)` holds has the focus.
async function tabTo(page, is, arg) {
  for (let i = 0; i < 60; ++i) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is, arg)) return;
  }
  throw new Error(`Tab never reached ${arg}`);
}

export async function answer(page, section, data, { right, keyboard }) {
  const n = data.pairs.length;
  const target = (i) => String(right ? i : (i + 1) % n);
  const selects = section.locator('select');
  if (!keyboard) {
    for (let i = 0; i < n; ++i) await selects.nth(i).selectOption(target(i));
    await section.getByRole('button', { name: /Valider|Check/ }).click();
    return;
  }
  // A closed list moves to the next answer with the down arrow.
  for (let i = 0; i < n; ++i) {
    const id = await selects.nth(i).getAttribute('id');
    const position = await selects.nth(i).evaluate((s, v) => Array.from(s.options).findIndex((o) => o.value === v), target(i));
    await tabTo(page, (wanted) => document.activeElement && document.activeElement.id === wanted, id);
    for (let k = 0; k < position; ++k) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, () => /^(Valider|Check)$/.test(document.activeElement?.textContent || ''), 'Valider');
  await page.keyboard.press('Enter');
}

export async function check(page, section, data, { right, keyboard }) {
  const n = data.pairs.length;
  const feedback = await section.locator('.relais-feedback').textContent();
  if (right && !/Bravo|Well done/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  if (!right && !/Pas encore|Not yet/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  const marked = await section.locator(right ? '.relais-matching-row.relais-right' : '.relais-matching-row.relais-wrong').count();
  if (marked !== n) throw new Error(`${marked} of ${n} lines marked ${right ? 'right' : 'wrong'}`);
  // Every list and button is a 44 px target at least.
  for (const box of await section.locator('select, button:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    if (box.height < 44) throw new Error(`target of ${box.height} px`);
  }
  // "Réessayer" has the focus and clears the wrong lines only.
  if (!right) {
    if (keyboard) await page.keyboard.press('Enter');
    else await section.getByRole('button', { name: /Réessayer|Try again/ }).click();
    const values = await section.locator('select').evaluateAll((els) => els.map((e) => e.value));
    if (values.some((v) => v !== '')) throw new Error(`wrong answers kept after retry: ${values}`);
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    if (focused !== 'SELECT') throw new Error(`focus after retry is on ${focused}`);
  }
}
