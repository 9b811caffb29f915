// "Where do you feel it?": the pain finder leads to where the pain usually
// comes from, not only to where it hurts.
import { test, expect } from '@playwright/test';
import { open, expectNoSeriousA11yViolations, skipTensionRating, expectTargetsAtLeast } from './helpers.js';
import { seed } from './fixtures.js';

async function pick(page, zone) {
  await open(page, '/');
  await page.getByRole('link', { name: 'Where do you feel it?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where do you feel it?' })).toBeVisible();
  await page.getByRole('button', { name: zone, exact: true }).first().click();
  await expect(page.locator('#finder-result-title')).toBeFocused();
}

const firstRoutine = (page) => page.locator('.finder-routines a.routine-link').first();
const result = (page) => page.getByRole('region', { name: /^(Pain|Headache)/ });
const signs = (page) => result(page).getByRole('note', { name: 'Warning signs' });

// Whether `a` comes before `b` in the page.
async function before(a, b) {
  const [ha, hb] = [await a.elementHandle(), await b.elementHandle()];
  return ha.evaluate((x, y) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING), hb);
}

// The warning signs are shown before any routine of the result.
async function expectSignBeforeRoutines(page, sign) {
  const item = signs(page).getByRole('listitem').filter({ hasText: sign });
  await expect(item).toBeVisible();
  expect(await before(item, firstRoutine(page))).toBe(true);
}

// Every place on the lists, with the heading of its result (a sentence, never
// "Pain at the behind the eye").
const HEADINGS = [
  ['Headache', 'Headache'],
  ['Temple, side of the head or behind the ear', 'Pain at the temple, the side of the head or behind the ear'],
  ['Forehead', 'Pain in the forehead'],
  ['Behind the eye', 'Pain behind the eye'],
  ['Back of the head', 'Pain at the back of the head'],
  ['Jaw, teeth, ear or eyebrow', 'Pain in the jaw, the teeth, the ear or the eyebrow'],
  ['Side of the neck, stiff neck', 'Pain or stiffness at the side of the neck'],
  ['Top of the shoulder, where it meets the neck', 'Pain at the top of the shoulder, where it meets the neck'],
  ['Chest', 'Pain in the chest'],
  ['Front of the shoulder', 'Pain deep in the front of the shoulder'],
  ['Side of the shoulder, down the outer arm', 'Pain at the side of the shoulder and down the outer arm'],
  ['Outer elbow, back of the wrist or hand', 'Pain at the outer elbow or the back of the wrist and hand'],
  ['Inner forearm, wrist or palm', 'Pain in the inner forearm, the wrist or the palm'],
  ['Thumb or base of the thumb', 'Pain in the thumb or at the base of the thumb'],
  ['Between the shoulder blades', 'Pain between the shoulder blades'],
  ['Lower back or top of the hip', 'Pain in the lower back or at the top of the hip'],
  ['Buttock', 'Pain in the buttock'],
  ['Side of the hip', 'Pain at the side of the hip'],
  ['Back of the thigh, down the back of the leg', 'Pain down the back of the thigh'],
  ['Down the side of the leg', 'Pain down the side of the leg'],
  ['Outer thigh or outer knee', 'Pain at the outer thigh or the outer knee'],
  ['Front of the thigh or knee', 'Pain at the front of the thigh or the knee'],
  ['Inner knee', 'Pain at the inner knee'],
  ['Shin', 'Pain in the shin'],
  ['Back of the knee', 'Pain at the back of the knee'],
  ['Calf', 'Pain in the calf'],
  ['Heel', 'Pain in the heel'],
  ['Sole and arch', 'Pain in the arch or the sole of the foot'],
  ['Ball of the foot', 'Pain in the ball of the foot'],
  ['Front of the ankle or top of the foot', 'Pain at the front of the ankle or the top of the foot'],
];

test('heel pain leads first to a calf routine', async ({ page }) => {
  await pick(page, 'Heel');
  await expect(page.getByText('Pain here often comes from', { exact: false })).toContainText('the deep calf (soleus)');
  await expect(firstRoutine(page)).toHaveText('Calves and heel');
  await expect(page.getByText('Numbness, pins and needles or weakness', { exact: false })).toHaveCount(0);
  // Each suggestion shows how it starts: its first step's picture, named.
  const items = page.locator('.finder-routines > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(items.nth(i).getByRole('img')).toHaveAttribute('aria-label', /\w/);
  await expect(items.first().getByRole('img')).toHaveAttribute('aria-label', /calf/i);
});

test('pain down the back of the leg leads first to a glute routine, after the numbness warning', async ({ page }) => {
  await pick(page, 'Back of the thigh, down the back of the leg');
  await expectSignBeforeRoutines(page, 'Numbness, pins and needles or weakness, or pain that travels along an arm or a leg');
  await expect(signs(page)).toContainText('Shooting, burning or electric pain');
  await expect(signs(page).getByRole('link', { name: 'When to see a doctor' })).toBeVisible();
  await expect(result(page).getByText(/^Works the deep buttock muscle \(piriformis\)\. /)).toBeVisible();
  await expect(result(page)).not.toContainText('Works the deep in');
  await expect(firstRoutine(page)).toHaveAttribute('href', /\/routine\/glutes-/);
  // The choice is in the address: Back from a routine returns to it.
  await firstRoutine(page).click();
  await expect(page).toHaveURL(/\/routine\/glutes-/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Pain down the back of the thigh' })).toBeVisible();
  const list = page.getByRole('group', { name: 'Back of the body' });
  await expect(list.getByRole('button', { name: 'Back of the thigh, down the back of the leg' })).toHaveAttribute('aria-pressed', 'true');
  // The picture shows the back, with the same place pressed.
  const picture = page.getByRole('group', { name: 'Body picture, back' });
  await expect(picture.getByRole('button', { name: 'Back of the thigh, down the back of the leg' })).toHaveAttribute('aria-pressed', 'true');
});

test('the body picture: front and back, places as named buttons big enough for a finger', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, '/finder');
  const front = page.getByRole('group', { name: 'Body picture, front' });
  await expect(front.getByRole('button', { name: 'Temple, side of the head or behind the ear' })).toBeVisible();
  await expect(front.getByRole('button', { name: 'Chest', exact: true })).toBeVisible();
  await expect(front.getByRole('button', { name: 'Heel' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Side of the body shown' }).getByRole('button', { name: 'Back' }).click();
  const back = page.getByRole('group', { name: 'Body picture, back' });
  const spots = back.getByRole('button');
  expect(await spots.count()).toBeGreaterThanOrEqual(15);
  await expectTargetsAtLeast(back.locator('g:not(.off) > .spot > .spot-hit'));
  // No horizontal scroll at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await back.getByRole('button', { name: 'Heel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Pain in the heel' })).toBeFocused();
  await expect(firstRoutine(page)).toHaveText('Calves and heel');
  await expect(page).toHaveURL(/\/finder\?zone=heel$/);
});

test('a temple headache leads first to an upper-trapezius or neck routine', async ({ page }) => {
  await pick(page, 'Temple, side of the head or behind the ear');
  await expect(firstRoutine(page)).toHaveAttribute('href', /\/routine\/(upper-traps-shoulders|neck-[a-z-]+)$/);
});

test('a suggested routine starts', async ({ page }) => {
  await seed(page, { routines: [] });
  await pick(page, 'Heel');
  await firstRoutine(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole('timer')).toBeVisible();
});

for (const scheme of ['light', 'dark']) {
  test(`the finder has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await pick(page, 'Headache');
    await expectNoSeriousA11yViolations(page);
  });
}

test('lower back: the bladder and saddle sign comes before any routine, as an emergency', async ({ page }) => {
  await pick(page, 'Lower back or top of the hip');
  await expectSignBeforeRoutines(page, 'new trouble controlling your bladder or bowel');
  const emergency = signs(page).getByRole('heading', { name: 'Emergency: call your local emergency number now' });
  await expect(emergency).toBeVisible();
  // The hip flexor is offered as a stretch only, and says why.
  await expect(result(page).getByText(/Stretch only: this muscle runs deep behind the belly/)).toBeVisible();
  await expect(result(page).getByText(/^Stretches the deep hip flexor \(iliopsoas\)/)).toBeVisible();
});

test('temple and headache show the sudden-headache sign, and Headache leads to the head places', async ({ page }) => {
  await pick(page, 'Temple, side of the head or behind the ear');
  await expectSignBeforeRoutines(page, 'A sudden, severe headache');
  await expect(signs(page)).toContainText('after the age of 50');

  await pick(page, 'Headache');
  await expect(page.getByRole('heading', { level: 2, name: 'Headache' })).toBeFocused();
  await expectSignBeforeRoutines(page, 'A sudden, severe headache');
  const where = result(page).getByRole('group', { name: 'Where is it worst?' });
  for (const name of ['Temple, side of the head or behind the ear', 'Forehead', 'Behind the eye', 'Back of the head']) {
    await expect(where.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await where.getByRole('button', { name: 'Forehead', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Pain in the forehead' })).toBeFocused();
  await expect(page).toHaveURL(/\/finder\?zone=forehead$/);
  await expectSignBeforeRoutines(page, 'A sudden, severe headache');
  // The side of the neck is offered as a stretch, never pressure.
  await expect(firstRoutine(page)).toHaveText('Gentle neck stretches');
});

test('chest shows the heart sign first', async ({ page }) => {
  await pick(page, 'Chest');
  const first = signs(page).getByRole('listitem').first();
  await expect(first).toContainText('Chest pain or pressure');
  await expect(first).toContainText('it can be the heart');
  expect(await before(first, firstRoutine(page))).toBe(true);
  await expect(signs(page).getByRole('heading').first()).toHaveText('Emergency: call your local emergency number now');
});

for (const place of ['Calf', 'Heel', 'Sole and arch', 'Ball of the foot', 'Back of the knee']) {
  test(`${place} shows the blood clot sign before the calf routines`, async ({ page }) => {
    await pick(page, place);
    await expectSignBeforeRoutines(page, 'it can be a blood clot, so never massage or press it');
    await expect(signs(page).getByRole('heading', { name: 'See a doctor today' })).toBeVisible();
  });
}

test('every place has a heading that reads as a sentence, and one-sided places say to work both sides', async ({ page }) => {
  await open(page, '/finder');
  for (const [button, heading] of HEADINGS) {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    const h = page.locator('#finder-result-title');
    await expect(h).toHaveText(heading);
    await expect(h).toBeFocused();
    expect(heading).not.toMatch(/at the (behind|down|between|deep)|the the /);
    // Every result shows its warning signs before its routines.
    await expect(signs(page)).toBeVisible();
    await expect(result(page)).not.toContainText('Work that side');
  }
  // Every place of the lists is in the table above.
  const listed = await page.locator('.finder-group .zone-button').allTextContents();
  const unique = [...new Set(listed.map((t) => t.trim()))];
  expect(unique.sort()).toEqual(HEADINGS.map(([b]) => b).sort());
  await page.getByRole('button', { name: 'Calf', exact: true }).first().click();
  await expect(result(page).getByText('Work both sides, even if you feel it on one side only')).toBeVisible();
});

test('every place but Headache has a named spot on the body picture', async ({ page }) => {
  await open(page, '/finder');
  const spots = new Set();
  for (const side of ['Front', 'Back']) {
    await page.getByRole('group', { name: 'Side of the body shown' }).getByRole('button', { name: side }).click();
    const picture = page.getByRole('group', { name: `Body picture, ${side.toLowerCase()}` });
    for (const name of await picture.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
      spots.add(name);
    }
  }
  const places = HEADINGS.map(([b]) => b).filter((b) => b !== 'Headache');
  expect([...spots].sort()).toEqual(places.sort());
});
