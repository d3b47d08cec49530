// Fill in the blanks: type each answer, or choose it from the list, then
// "Valider". Typed answers are typed without accents or capitals (as many
// learners do), and the wrong run gets the first gap wrong.
export const scored = true;

function gaps(text) {
  return [...text.matchAll(/\[\[([^\]]*)\]\]/g)].map((m) => m[1].split('|').map((a) => a.trim()));
}

function plain(s) {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export async function answer(page, section, data, { right, keyboard }) {
  const answers = gaps(data.text);
  const fields = section.locator('.relais-fb-gap input, .relais-fb-gap select');
  if (await fields.count() !== answers.length) throw new Error(`${await fields.count()} fields for ${answers.length} gaps`);
  const choice = data.mode !== 'typed';
  const options = choice ? await fields.first().locator('option').allTextContents() : [];
  const values = answers.map((a, i) => {
    if (right || i > 0) return choice ? a[0] : plain(a[a.length - 1]);
    if (!choice) return 'pas ça';
    return options.slice(1).find((o) => !a.includes(o));
  });
  if (!keyboard) {
    for (const [i, value] of values.entries()) {
      if (choice) await fields.nth(i).selectOption({ label: value });
      else await fields.nth(i).fill(value);
    }
    await section.getByRole('button', { name: /^(Valider|Check)$/ }).click();
    return;
  }
  // Tab reaches each field in turn; a closed list moves with the arrows.
  for (const value of values) {
    await page.keyboard.press('Tab');
    if (choice) {
      const steps = options.indexOf(value);
      if (steps < 1) throw new Error(`“${value}” is not offered`);
      for (let s = 0; s < steps; ++s) await page.keyboard.press('ArrowDown');
    } else {
      await page.keyboard.type(value);
    }
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

export async function check(page, section, data, { right, keyboard }) {
  const feedback = await section.locator('.relais-feedback').textContent();
  if (!right && !/Pas encore|Not yet/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  const marks = await section.locator('.relais-fb-mark').allTextContents();
  if (marks.some((m) => !/^[✓✗]/.test(m))) throw new Error(`every gap is marked: ${marks}`);
  if (right) return;
  if (!/^✗/.test(marks[0])) throw new Error(`the first gap should be marked wrong: ${marks[0]}`);
  // "Réessayer" (which has the focus) empties the wrong word only and goes back to it.
  if (keyboard) await page.keyboard.press('Enter');
  else await section.getByRole('button', { name: /Réessayer|Try again/ }).click();
  const values = await section.locator('.relais-fb-gap input, .relais-fb-gap select').evaluateAll((fields) => fields.map((f) => f.value));
  if (values[0] !== '') throw new Error(`the wrong word is still there: ${values[0]}`);
  if (values.slice(1).some((v) => v === '')) throw new Error(`a right word was emptied: ${values}`);
  const focused = await page.evaluate(() => document.activeElement?.id || '');
  if (keyboard && !focused.endsWith('-1')) throw new Error(`focus is on “${focused}”, not the first gap`);
}
