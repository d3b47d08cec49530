// Hotspot: choose a place on the picture (right: a right zone; wrong: a wrong
// one) with the mouse at the place itself, or with Tab then Enter, and press
// "Valider".
export const scored = true;

async function tabTo(page, is, arg) {
  for (let i = 0; i < 60; ++i) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is, arg)) return;
  }
  throw new Error(`Tab never reached ${arg}`);
}

function pick(data, right) {
  const index = data.zones.findIndex((z) => !!z.correct === right && z.points.length);
  return { index, zone: data.zones[index] };
}

// A point inside the zone, in percent of the picture: the middle of a
// rectangle, the average of a polygon's corners.
function inside(zone) {
  const corners = zone.shape === 'polygon' ? zone.points : [zone.points[0], zone.points[1]];
  const sum = corners.reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
  return [sum[0] / corners.length, sum[1] / corners.length];
}

export async function answer(page, section, data, { right, keyboard }) {
  const { index, zone } = pick(data, right);
  if (!keyboard) {
    const stage = section.locator('.relais-hotspot-stage');
    const box = await stage.boundingBox();
    const [x, y] = inside(zone);
    await stage.click({ position: { x: box.width * x / 100, y: box.height * y / 100 } });
    await section.getByRole('button', { name: /Valider|Check/ }).click();
    return;
  }
  await tabTo(page, (wanted) => document.activeElement?.getAttribute('data-zone') === wanted, String(index));
  await page.keyboard.press('Enter');
  await tabTo(page, () => /^(Valider|Check)$/.test(document.activeElement?.textContent || ''), 'Valider');
  await page.keyboard.press('Enter');
}

export async function check(page, section, data, { right, keyboard }) {
  const { zone } = pick(data, right);
  const feedback = await section.locator('.relais-feedback').textContent();
  if (right && !/bon endroit|right place/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  if (!right && !/Pas encore|Not yet/.test(feedback)) throw new Error(`unexpected feedback: ${feedback}`);
  if (zone.feedback && !feedback.includes(zone.feedback)) throw new Error(`the zone's own feedback is missing: ${feedback}`);
  // The right place is shown, in words and on the picture.
  const rightZones = data.zones.filter((z) => z.correct);
  if (!right && !rightZones.some((z) => feedback.includes(z.label))) throw new Error(`the right place is not named: ${feedback}`);
  if (await section.locator('.relais-hotspot-outline.relais-hotspot-right').count() !== rightZones.length) throw new Error('the right place is not outlined');
  // Every zone is a named button of 44 px at least.
  const zones = section.locator('button.relais-hotspot-zone');
  if (await zones.count() !== data.zones.length) throw new Error('a zone has no button');
  for (const z of await zones.evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('aria-label'), box: e.getBoundingClientRect().toJSON() })))) {
    if (!z.name) throw new Error('a zone has no name');
    if (z.box.width < 44 || z.box.height < 44) throw new Error(`zone ${z.name} is ${z.box.width}×${z.box.height} px`);
  }
  // "Réessayer" has the focus and starts again.
  if (keyboard) await page.keyboard.press('Enter');
  else await section.getByRole('button', { name: /Réessayer|Try again/ }).click();
  if (await section.locator('.relais-hotspot-outline').count() !== 0) throw new Error('outlines left after retry');
  if (await section.locator('button.relais-hotspot-zone[aria-pressed="true"]').count() !== 0) throw new Error('a zone is still chosen after retry');
  // A tap outside every zone is a wrong place, not nothing.
  if (!keyboard) {
    const stage = section.locator('.relais-hotspot-stage');
    const box = await stage.boundingBox();
    const free = await stage.evaluate((s) => {
      const frame = s.getBoundingClientRect();
      for (let y = 5; y < 100; y += 5) {
        for (let x = 5; x < 100; x += 5) {
          const hit = document.elementFromPoint(frame.left + frame.width * x / 100, frame.top + frame.height * y / 100);
          if (hit && hit.tagName === 'IMG' && s.contains(hit)) return [x, y];
        }
      }
      return null;
    });
    if (!free) throw new Error('no free place on the picture');
    await stage.click({ position: { x: box.width * free[0] / 100, y: box.height * free[1] / 100 } });
    if (!await section.locator('.relais-hotspot-spot').isVisible()) throw new Error('the place touched is not marked');
    await section.getByRole('button', { name: /Valider|Check/ }).click();
    const again = await section.locator('.relais-feedback').textContent();
    if (!/Pas encore|Not yet/.test(again)) throw new Error(`a place outside the zones is not wrong: ${again}`);
    const score = await page.evaluate((id) => window.Relais.results().activities.find((a) => a.id === id).score, await section.getAttribute('data-activity'));
    if (score !== 0) throw new Error(`a place outside the zones scores ${score}`);
  }
}
