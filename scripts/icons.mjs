// Renders the app icons from their SVG sources into the PNGs the manifest
// lists. The PNGs are committed, so a normal build never runs this; run it
// after changing an SVG:
//
//   node scripts/icons.mjs
//
// It rasterises with the Chromium that the end-to-end tests already use
// (Playwright from package.json, the browser at /usr/bin/chromium or
// $CHROMIUM), so it needs no package of its own and downloads nothing.

import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const icons = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

// [source SVG, output PNG, size in pixels]
const OUTPUTS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-192.png', 192],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS ignores the manifest's icons and does not mask: a full-bleed square.
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [source, output, size] of OUTPUTS) {
    const svg = await readFile(join(icons, source), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${data}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(join(icons, output), png);
    await page.close();
    console.log(`public/icons/${output}: ${size}x${size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
