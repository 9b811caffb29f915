// Trunk post_build hook (see Trunk.toml): finishes a build in $TRUNK_STAGING_DIR.
//
// 0. In a release build, splits the WebAssembly at page boundaries
//    (scripts/split-wasm.mjs). Trunk runs the hooks of one stage at the same
//    time, so this is a step here rather than a hook of its own.
// 1. Moves Trunk's inline module loader out of index.html into a
//    content-hashed file (loader-<hash>.js, with an SRI hash), so the
//    Content-Security-Policy can stay `script-src 'self' 'wasm-unsafe-eval'`
//    with no inline script allowed.
// 2. Writes sw.js from the template public/sw.js: the precache list of every
//    output file with its SRI hash, and a cache name derived from those
//    hashes. Same files in, same sw.js out; any changed file, new cache.
//
// Uses only Node's standard library. It can also be run by hand on a built
// directory (the tests do, to make a "second build"):
//
//   node scripts/post-build.mjs [DIR]      (DIR defaults to $TRUNK_STAGING_DIR)

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsSplit, splitWasm } from './split-wasm.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = join(here, '..', 'public', 'sw.js');
const SW = 'sw.js';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: give a directory or run as a Trunk hook ($TRUNK_STAGING_DIR)');
  process.exit(2);
}
let publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (!publicUrl.endsWith('/')) publicUrl += '/';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hex = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

// 0. Split the wasm (only a staged release build still needs it).
if (await needsSplit(dir)) {
  try {
    console.log(`post-build: ${await splitWasm(dir, process.env.TRUNK_SOURCE_DIR || join(here, '..'))}`);
  } catch (e) {
    fail(`splitting the wasm: ${e.message}`);
  }
}

// 1. index.html: no inline scripts.
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
if (!/<meta\s+http-equiv="Content-Security-Policy"/i.test(html)) {
  fail('index.html has no Content-Security-Policy meta tag');
}
let devReload = false;
const loaders = [];
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
  if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  if (body.includes('.well-known/trunk/ws')) {
    // `trunk serve` live reload: the dev server fills in its address when it
    // serves the page, so this one must stay inline (dev only, see below).
    devReload = true;
    return whole;
  }
  const name = `loader-${hex(body)}.js`;
  loaders.push([name, body]);
  return `<script${attrs} src="${publicUrl}${name}" integrity="${sri(body)}"></script>`;
});
for (const [name, body] of loaders) await writeFile(join(dir, name), body);
if (devReload) {
  // Only `trunk serve` injects this script; a deployed build never has it.
  html = html.replace(/(script-src [^;"]*)/, "$1 'unsafe-inline'");
  console.warn("post-build: dev server build, CSP allows inline scripts for live reload");
} else if (/'unsafe-inline'|'unsafe-eval'/.test(html)) {
  fail('the Content-Security-Policy must not allow unsafe-inline or unsafe-eval');
}
await writeFile(indexPath, html);

// 2. sw.js: precache list and cache name.
async function files(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/');
    if (path === SW || path.split('/').some((part) => part.startsWith('.'))) continue;
    out.push(path);
  }
  return out.sort();
}

const entries = [];
let bytes = 0;
for (const path of await files(dir)) {
  const data = await readFile(join(dir, path));
  bytes += data.length;
  entries.push({ url: path, integrity: sri(data) });
}
const cache = `unknot-${hex(entries.map((e) => `${e.url} ${e.integrity}\n`).join(''))}`;

const template = await readFile(TEMPLATE, 'utf8');
const CACHE_MARK = "'__UNKNOT_CACHE__'";
const LIST_MARK = '/* __UNKNOT_PRECACHE__ */ []';
if (!template.includes(CACHE_MARK) || !template.includes(LIST_MARK)) {
  fail(`${TEMPLATE} lost its placeholders`);
}
const list = `[\n${entries.map((e) => `  ${JSON.stringify(e)},`).join('\n')}\n]`;
const sw = template.replace(CACHE_MARK, JSON.stringify(cache)).replace(LIST_MARK, list);
await writeFile(join(dir, SW), sw);

console.log(
  `post-build: ${loaders.length} inline loader(s) moved out; sw.js precaches ${entries.length} files, ` +
    `${bytes} bytes, cache ${cache}`,
);
