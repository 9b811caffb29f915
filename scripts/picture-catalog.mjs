#!/usr/bin/env node
// Screenshots of every step picture, light and dark, to look at one by one:
//   cargo run -q -p unknot-domain --example picture_catalog > <dir>/catalog.html
//   node scripts/picture-catalog.mjs <dir>
// Copies style/main.css beside the page, then writes <dir>/catalog-light-N.png
// and <dir>/catalog-dark-N.png, one image per screenful of pictures.

import { chromium } from '@playwright/test';
import { copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/picture-catalog.mjs <dir with catalog.html>');
  process.exit(2);
}
copyFileSync(join(root, 'style/main.css'), join(dir, 'main.css'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 560, height: 1400 }, colorScheme: scheme });
  await page.goto(`file://${join(dir, 'catalog.html')}`);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0, n = 1; y < height; y += 1400, n++) {
    await page.screenshot({ path: join(dir, `catalog-${scheme}-${n}.png`), clip: { x: 0, y, width: 560, height: Math.min(1400, height - y) }, fullPage: true });
  }
  await page.close();
}
await browser.close();
