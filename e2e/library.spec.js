import { test, expect } from '@playwright/test';
import { open, skipTensionRating, expectTargetsAtLeast } from './helpers.js';


async function visibleRoutineNames(page) {
  return page.locator('.routine-card:not([hidden]) a.routine-link').allTextContents();
}

test('home lists at least 16 presets as links to their routine', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('link', { name: 'Quick hold' })).toBeVisible();
  const links = page.locator('a[href^="/routine/"]');
  expect(await links.count()).toBeGreaterThanOrEqual(16);
  const calves = page.getByRole('link', { name: 'Calves and heel', exact: true });
  await expect(calves).toHaveAttribute('href', '/routine/calves-heel');
  await expect(page.getByText(/^25 routines$/)).toBeVisible();
});

test('choosing Calves on the body map narrows the list to calf routines', async ({ page }) => {
  await open(page, '/');
  const before = (await visibleRoutineNames(page)).length;
  const map = page.getByRole('group', { name: 'Body map' });
  await map.getByRole('button', { name: 'Calves', exact: true }).click();
  await expect(map.getByRole('button', { name: 'Calves', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Showing routines for the calves.' })).toBeVisible();

  const names = await visibleRoutineNames(page);
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThan(before);
  expect(names).toContain('Calves and heel');
  await expect(page.getByRole('link', { name: 'Calves and heel', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jaw', exact: true })).toBeHidden();
  // The area select follows the map.
  await expect(page.getByLabel('Body area')).toHaveValue('calves');

  await page.getByRole('button', { name: 'Show all areas' }).click();
  expect((await visibleRoutineNames(page)).length).toBe(before);
  await expect(page.getByRole('link', { name: 'Jaw', exact: true })).toBeVisible();
});

test('the body map works from the keyboard and its targets are big enough', async ({ page }) => {
  await open(page, '/');
  const map = page.getByRole('group', { name: 'Body map' });
  const regions = map.getByRole('button');
  expect(await regions.count()).toBe(17);
  await expectTargetsAtLeast(page.locator('.region .hit'));
  const neck = map.getByRole('button', { name: 'Neck', exact: true });
  await neck.focus();
  await page.keyboard.press('Enter');
  await expect(neck).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'Neck and base of the skull', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Calves and heel', exact: true })).toBeHidden();
});

test('a tap on the body map brings the answer into view, is kept in the address, and Back finds it', async ({ page }) => {
  await open(page, '/');
  const map = page.getByRole('group', { name: 'Body map' });
  await map.getByRole('button', { name: 'Shins', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Showing routines for the calves.' });
  await expect(status).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Front of the shin', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/\?area=calves$/);
  await page.getByRole('link', { name: 'Front of the shin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Front of the shin' })).toBeVisible();
  await page.goBack();
  await expect(map.getByRole('button', { name: 'Calves', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Body area')).toHaveValue('calves');
  await expect(page.getByRole('link', { name: 'Jaw', exact: true })).toBeHidden();
});

test('places without routines say why, and the jaw warns off the front and sides of the neck', async ({ page }) => {
  await open(page, '/');
  const map = page.getByRole('group', { name: 'Body map' });
  await map.getByRole('button', { name: 'Belly', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'no routines for the belly' })).toBeInViewport();
  await map.getByRole('button', { name: 'Jaw', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Never press the front or sides of the neck.' })).toBeVisible();
  // The hint leads to the source, not only to where it hurts.
  await page.getByRole('link', { name: 'find where it comes from' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where do you feel it?' })).toBeVisible();
});

test('Belly after Calves clears the area: its message, every routine, no area in the address', async ({ page }) => {
  await open(page, '/');
  const all = (await visibleRoutineNames(page)).length;
  const map = page.getByRole('group', { name: 'Body map' });
  await map.getByRole('button', { name: 'Calves', exact: true }).click();
  await expect(page).toHaveURL(/\/\?area=calves$/);
  await map.getByRole('button', { name: 'Belly', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'no routines for the belly' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Calves', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(map.getByRole('button', { name: 'Belly', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel('Body area')).toHaveValue('');
  expect((await visibleRoutineNames(page)).length).toBe(all);
  await expect(page.getByRole('note', { name: 'Warning signs' })).toHaveCount(0);
});

test('an area shows its warning signs before its routines, and where its pain often comes from', async ({ page }) => {
  await open(page, '/');
  const map = page.getByRole('group', { name: 'Body map' });
  await map.getByRole('button', { name: 'Hamstrings', exact: true }).click();
  const signs = page.getByRole('note', { name: 'Warning signs' });
  const nerve = signs.getByRole('listitem').filter({ hasText: 'Numbness, pins and needles or weakness' });
  await expect(nerve).toBeVisible();
  await expect(signs).toContainText('Shooting, burning or electric pain');
  const elsewhere = page.getByRole('region', { name: 'Where it often comes from' });
  await expect(elsewhere).toContainText('Pain there often comes from the deep buttock muscle (piriformis)');
  await expect(elsewhere.getByRole('link', { name: 'Glutes and sciatic-like pain', exact: true })).toBeVisible();
  const firstCard = page.locator('.routine-card:not([hidden]) a.routine-link').first();
  const firstSource = elsewhere.getByRole('link').first();
  for (const later of [firstSource, firstCard]) {
    const ok = await nerve.evaluate((a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING), await later.elementHandle());
    expect(ok).toBe(true);
  }
  await elsewhere.getByRole('link', { name: 'Pain down the back of the thigh: where it comes from' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Pain down the back of the thigh' })).toBeVisible();

  // The calves: the clot sign.
  await open(page, '/?area=calves');
  await expect(page.getByRole('note', { name: 'Warning signs' })).toContainText('it can be a blood clot');
  // The chest: the heart first.
  await page.getByRole('group', { name: 'Body map' }).getByRole('button', { name: 'Chest', exact: true }).click();
  await expect(page.getByRole('note', { name: 'Warning signs' }).getByRole('listitem').first()).toContainText('it can be the heart');
});

test('the tool and length filters narrow the list, and an empty result can be cleared', async ({ page }) => {
  await open(page, '/');
  const all = (await visibleRoutineNames(page)).length;

  await page.getByLabel('Tool').selectOption({ label: 'Foam roller' });
  const rollers = await visibleRoutineNames(page);
  expect(rollers.length).toBeGreaterThan(0);
  expect(rollers.length).toBeLessThan(all);
  expect(rollers).toContain('Upper back on the foam roller');
  expect(rollers).not.toContain('Jaw');

  await page.getByRole('radio', { name: 'Up to 5 min' }).check();
  const short = await visibleRoutineNames(page);
  expect(short.length).toBeGreaterThan(0);
  expect(short.length).toBeLessThan(rollers.length);
  for (const card of await page.locator('.routine-card:not([hidden]) .length').allTextContents()) {
    expect(parseInt(card, 10)).toBeLessThanOrEqual(5);
  }

  await page.getByLabel('Body area').selectOption({ label: 'Jaw' });
  await expect(page.getByText('No routine matches all of these filters.')).toBeVisible();
  expect(await visibleRoutineNames(page)).toEqual([]);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  expect((await visibleRoutineNames(page)).length).toBe(all);
  await expect(page.getByRole('radio', { name: 'Any length' })).toBeChecked();
  await expect(page.getByLabel('Tool')).toHaveValue('');

  await page.getByRole('radio', { name: 'Up to 20 min' }).check();
  expect((await visibleRoutineNames(page)).length).toBe(all);
  await page.getByRole('radio', { name: 'Up to 10 min' }).check();
  const ten = (await visibleRoutineNames(page)).length;
  expect(ten).toBeLessThan(all);
  expect(ten).toBeGreaterThan(short.length);
});

for (const [name, path, heading] of [
  ['Learn', '/learn', 'Learn'],
  ['When to see a doctor', '/doctor', 'When to see a doctor'],
  ['About', '/about', 'About Unknot'],
]) {
  test(`the menu leads to ${name} from any screen`, async ({ page }) => {
    await open(page, '/quick');
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
    const box = await link.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(48);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
}

test('Learn shows every position with its picture and how to get in and out', async ({ page }) => {
  await open(page, '/learn');
  await expect(page.getByRole('heading', { level: 2, name: 'Positions' })).toBeVisible();
  const positions = page.locator('section.position');
  const names = ['Lying on the back', 'Lying face down', 'Lying on the side', 'Seated on the floor', 'Seated on a chair',
    'Standing', 'Against a wall', 'Kneeling', 'On hands and knees'];
  await expect(positions).toHaveCount(names.length);
  for (const [i, name] of names.entries()) {
    const section = positions.nth(i);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(name);
    await expect(section.getByRole('img')).toHaveAttribute('aria-label', /\w.*\.$/);
    await expect(section).toContainText('Getting in.');
    await expect(section).toContainText('Getting out.');
  }
  await expect(positions.nth(0)).toContainText('dizzy');
  await expect(positions.nth(8).getByRole('img')).toHaveAttribute('aria-label', 'On hands and knees, hands under the shoulders, knees under the hips.');
});

test('the reading pages carry their key content', async ({ page }) => {
  await open(page, '/learn');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Where the knot is' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Calf' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Calf.*heel/ })).toBeVisible();

  await open(page, '/doctor');
  await expect(page.getByRole('heading', { name: 'Emergency: call your local emergency number now' })).toBeVisible();
  await expect(page.getByText('A fever with a stiff neck; trouble breathing; feeling dizzy or fainting')).toBeVisible();
  await expect(page.getByText('The front or sides of the neck below the ear')).toBeVisible();
  await expect(page.getByText('The hollow behind the knee')).toBeVisible();
  await expect(page.getByText(/does not recommend one/)).toBeVisible();

  await open(page, '/about');
  await expect(page.getByText(/Myofascial Pain and Dysfunction/)).toBeVisible();
  await expect(page.getByText(/Everything stays on this device/)).toBeVisible();

  // A link inside the reading text goes through the router.
  await page.getByRole('main').getByRole('link', { name: 'When to see a doctor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'When to see a doctor' })).toBeVisible();
});

test('from the body map to a running routine, with the safety check only before the first session', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('group', { name: 'Body map' }).getByRole('button', { name: 'Calves', exact: true }).click();
  await page.getByRole('link', { name: 'Calves and heel', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel' })).toBeVisible();
  const firstStep = (await page.locator('.step-list .step-title').first().textContent()).trim();

  await page.getByRole('button', { name: 'Start' }).click();
  // First session ever: the safety check comes first.
  await expect(page.getByRole('heading', { name: /before you start/i })).toBeVisible();
  await page.getByRole('button', { name: /None of these apply/ }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole('heading', { level: 1, name: firstStep })).toBeVisible();
  await expect(page.getByRole('img', { name: /calves highlighted/i })).toBeVisible();

  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end session' }).click();
  await page.getByRole('button', { name: 'Done' }).click();

  // The answer is remembered: the next start goes past it to the player.
  await page.goto('/routine/hamstrings');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole('timer')).toBeVisible();
});

test('an answer to the older list of warning signs does not count: the new list is asked again', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('unknot.safety', JSON.stringify({ version: 1, flag_applies: false }));
  });
  await open(page, '/routine/hamstrings');
  await page.getByRole('button', { name: 'Start' }).click();
  const check = page.getByRole('region', { name: 'Before you start' });
  // The check starts at the top of the screen, with the focus on its heading.
  const title = check.getByRole('heading', { level: 2, name: 'Before you start' });
  await expect(title).toBeFocused();
  await expect.poll(() => title.evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(40);
  await expect(check.getByRole('heading', { name: 'Emergency: call your local emergency number now' })).toBeVisible();
  await expect(check.getByText(/new trouble controlling your bladder or bowel/)).toBeVisible();
  // The way on is there, below the list.
  await check.getByRole('button', { name: /None of these apply/ }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
});
