// Put in order: the steps come shuffled; "Monter" moves them into place one
// by one, then "Valider". The wrong run validates the shuffled order, which is
// never the right one.
export const scored = true;

async function currentOrder(section) {
  return (await section.locator('li.relais-ordering-step').evaluateAll((items) => items.map((li) => Number(li.dataset.step))));
}

export async function answer(page, section, data, { right, keyboard }) {
  const order = await currentOrder(section);
  if (order.length !== data.steps.length) throw new Error(`${order.length} steps shown for ${data.steps.length}`);
  if (order.every((v, i) => v === i)) throw new Error('the steps are shown in the right order already');
  if (!keyboard) {
    if (right) {
      // Selection sort: bring step p up to position p.
      for (let p = 0; p < order.length; ++p) {
        let q = order.indexOf(p);
        const up = section.locator(`li.relais-ordering-step[data-step="${p}"] .relais-ordering-up`);
        for (; q > p; --q) await up.click();
        order.splice(order.indexOf(p), 1);
        order.splice(p, 0, p);
      }
    }
    await section.getByRole('button', { name: /^(Valider|Check)$/ }).click();
    return;
  }
  // Tab stops: "Monter" and "Descendre" of each step in turn, then "Valider".
  // Focus stays on the button pressed, which moves with its step.
  let focus = -1;  // the heading
  const goTo = async (stop) => {
    for (; focus < stop; ++focus) await page.keyboard.press('Tab');
    for (; focus > stop; --focus) await page.keyboard.press('Shift+Tab');
  };
  if (right) {
    for (let p = 0; p < order.length; ++p) {
      let q = order.indexOf(p);
      if (q === p) continue;
      await goTo(2 * q);
      for (; q > p; --q) await page.keyboard.press('Enter');
      order.splice(order.indexOf(p), 1);
      order.splice(p, 0, p);
      focus = 2 * p;
    }
  }
  await goTo(2 * order.length);
  await page.keyboard.press('Enter');
}

export async function check(page, section, data, { right, keyboard }) {
  const feedback = await section.locator('.relais-feedback').textContent();
  if (!right && !/Pas encore|Not yet/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  const notes = await section.locator('.relais-ordering-note').allTextContents();
  if (notes.length !== data.steps.length || notes.some((n) => !/^[✓✗]/.test(n))) throw new Error(`every step is marked: ${notes}`);
  const order = await currentOrder(section);
  if (right) {
    if (!order.every((v, i) => v === i)) throw new Error(`steps not in order: ${order}`);
    return;
  }
  // "Réessayer" (which has the focus) keeps the order and brings the buttons back.
  if (keyboard) await page.keyboard.press('Enter');
  else await section.getByRole('button', { name: /Réessayer|Try again/ }).click();
  if (String(await currentOrder(section)) !== String(order)) throw new Error('the order changed on “Réessayer”');
  if (!await section.locator('.relais-ordering-up').first().isVisible()) throw new Error('the move buttons are not back');
  const focused = await page.evaluate(() => document.activeElement?.className || '');
  if (keyboard && !/relais-ordering-(up|down)/.test(focused)) throw new Error(`focus is on “${focused}”, not a step`);
}
