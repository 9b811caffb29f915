// What to take care of is read before Start, and again during the step:
// a routine's cautions above its Start button (each once, the heat cautions
// wherever there is heat, the user's own routines too), the nerve wording
// with every pressure step.
import { test, expect } from '@playwright/test';
import { seed, step } from './fixtures.js';
import { skipTensionRating } from './helpers.js';

/** Opens a routine's page; its code loads on demand, which takes a while on a busy machine. */
async function openRoutine(page, id, name) {
  await page.goto(`/routine/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}

const takeCare = (page) => page.getByRole('region', { name: 'Take care' });

/** The region sits above the Start button on the page. */
async function expectAboveStart(page) {
  const region = await takeCare(page).boundingBox();
  const start = await page.getByRole('button', { name: 'Start' }).boundingBox();
  expect(region.y + region.height).toBeLessThanOrEqual(start.y);
}

const MINE = {
  id: 'u-mine',
  name: 'My warm calf',
  description: '',
  steps: [
    step('heat', 'Warm the calf', 60, { tool: 'heat_source' }),
    step('hold', 'Calf hold', 20, { sides: 'both' }),
  ],
};

test.beforeEach(async ({ page }) => seed(page, { routines: [MINE] }));

test("the neck routine's cautions are listed once, above Start", async ({ page }) => {
  await openRoutine(page, 'neck-headache', 'Neck and base of the skull');
  const region = takeCare(page);
  await expect(region.getByRole('heading', { level: 2, name: 'Take care' })).toBeVisible();
  const items = region.getByRole('listitem');
  // Two neck holds share one caution: it is listed once.
  await expect(items.filter({ hasText: 'Back of the neck only' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'front or sides of the neck' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'If you feel dizzy or light-headed, stop at once.' })).toHaveCount(1);
  await expectAboveStart(page);
  await expect(region.getByRole('link', { name: 'When to see a doctor' })).toBeVisible();
});

test('the glute routine names the sciatic nerve before Start', async ({ page }) => {
  await openRoutine(page, 'glutes-sciatic', 'Glutes and sciatic-like pain');
  await expect(takeCare(page).getByRole('listitem').filter({ hasText: 'sciatic nerve' })).toHaveCount(1);
  await expectAboveStart(page);
});

test('a routine with heat lists the heat cautions, a preset and the user\'s own', async ({ page }) => {
  await openRoutine(page, 'heat-lower-back', 'Heat for the lower back');
  let items = takeCare(page).getByRole('listitem');
  await expect(items.filter({ hasText: 'Medium setting, with a cloth between the heat and your skin.' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'at most 20 minutes on one area' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'pregnant' })).toHaveCount(1);
  await expectAboveStart(page);

  // The user's own heat step has no caution of its own, and still carries them.
  await openRoutine(page, 'u-mine', 'My warm calf');
  items = takeCare(page).getByRole('listitem');
  await expect(items.filter({ hasText: 'never fall asleep with it on' })).toHaveCount(1);
  // And its calf hold what pressure on the calf keeps clear of.
  await expect(items.filter({ hasText: 'blood clot' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'hollow behind the knee' })).toHaveCount(1);
  await expectAboveStart(page);
});

test('the session tells a spreading ache from a nerve, and shows the step\'s cautions', async ({ page }) => {
  await openRoutine(page, 'hamstrings', 'Hamstrings');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Ball under the thigh' })).toBeVisible();
  const notes = page.getByRole('note');
  await expect(notes.filter({ hasText: 'A dull ache that spreads to another area is expected' })).toBeVisible();
  await expect(
    notes.filter({ hasText: 'Tingling, numbness, burning or electric pain is not: that is a nerve, so move off the spot at once.' }),
  ).toBeVisible();
  await expect(notes.filter({ hasText: 'out of the hollow behind the knee' })).toBeVisible();
  await expect(page.getByText('Feeling it spread somewhere else is normal')).toHaveCount(0);
});

test('a heat step in the session carries the heat cautions', async ({ page }) => {
  await openRoutine(page, 'u-mine', 'My warm calf');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Warm the calf' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'at most 20 minutes on one area' })).toBeVisible();
  // Heat presses nothing: no pressure advice.
  await expect(page.getByRole('note').filter({ hasText: '4 to 7 out of 10' })).toHaveCount(0);
});

test('Learn lists every place never to press and the nerve wording', async ({ page }) => {
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 2, name: 'Where never to press' })).toBeVisible({ timeout: 30_000 });
  const list = page.getByRole('heading', { level: 2, name: 'Where never to press' }).locator('xpath=following-sibling::ul[1]');
  for (const place of ['front or sides of the neck', 'The throat', 'The armpit', 'The hollow behind the knee', 'The inner groin', 'The kidneys', 'Bruises', 'Numb skin']) {
    await expect(list.getByRole('listitem').filter({ hasText: place })).toHaveCount(1);
  }
  await expect(page.getByText('blood thinners')).toBeVisible();
  await expect(page.getByText('Tingling, numbness, burning or electric pain is not')).toBeVisible();
  await expect(page.getByText('posture breaks may help')).toBeVisible();
});
