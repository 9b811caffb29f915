#!/usr/bin/env node
// The tidy layer: fails when a rule ARCHITECTURE.md states is broken.
//   1. Every Rust file starts with a `//!` line saying what it is for.
//   2. Browser crates (web-sys, js-sys, wasm-bindgen, gloo) are used only in
//      src/platform/.
//   3. Layers point one way: ui -> state -> platform -> domain. platform
//      never names state or ui; state never names ui; the domain crate
//      names none of them (and no browser crate or Leptos).
//   4. No module cycles: no two files (or longer rings) name each other.
//   5. Each layer folder's ARCHITECTURE.md lists every file in it, and
//      every file it lists exists.
// Node's standard library only. Prints each problem; exits 1 if any.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
const problem = (file, text) => problems.push(`${file}: ${text}`);

function rustFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...rustFiles(path));
    else if (name.endsWith('.rs')) out.push(path);
  }
  return out;
}

// Code without comments and string literals, so a word in a doc comment or
// in user-facing text never counts as a use.
function codeOnly(text) {
  return text
    .replace(/r#*"[\s\S]*?"#*/g, '""')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\/\/[^\n]*/g, '');
}

const files = rustFiles(join(root, 'src')).map((path) => {
  const rel = relative(root, path).split('\\').join('/');
  const text = readFileSync(path, 'utf8');
  return { rel, text, code: codeOnly(text) };
});

// The module path of a file in the app crate: src/state/player/controller.rs
// -> state::player::controller; mod.rs and lib.rs name their folder.
function modulePath(rel) {
  let p = rel.replace(/^src\//, '').replace(/\.rs$/, '');
  p = p.replace(/(^|\/)mod$/, '').replace(/^lib$/, '').replace(/^main$/, '');
  return p.split('/').filter(Boolean).join('::');
}

const layerOf = (rel) => (rel.match(/^src\/(domain|platform|state|ui)\//) || [])[1] || 'root';

// 1. A `//!` line first.
for (const f of files) {
  if (!/^\/\/!/.test(f.text)) problem(f.rel, 'does not start with a `//!` line saying what it is for');
}

// 2. Browser crates only in platform.
const browser = /\b(web_sys|js_sys|wasm_bindgen|wasm_bindgen_futures|gloo_events|gloo_timers)::|\buse (web_sys|js_sys|wasm_bindgen|gloo_\w+)\b/;
for (const f of files) {
  if (layerOf(f.rel) === 'platform' || f.rel === 'src/main.rs') continue;
  const m = f.code.match(browser);
  if (m) problem(f.rel, `uses \`${m[0].trim()}\` outside src/platform/ (wrap it there)`);
}

// 3. Layer direction.
const mayNotName = {
  platform: ['state', 'ui'],
  state: ['ui'],
};
for (const f of files) {
  const layer = layerOf(f.rel);
  if (layer === 'domain') {
    const m = f.code.match(/\b(crate::(platform|state|ui)|leptos|web_sys|js_sys|wasm_bindgen|unknot::)\b/);
    if (m) problem(f.rel, `the domain names \`${m[0]}\`; it must stay pure`);
    continue;
  }
  for (const upper of mayNotName[layer] || []) {
    if (new RegExp(`\\bcrate::${upper}\\b`).test(f.code)) {
      problem(f.rel, `${layer} names crate::${upper}: layers point one way (ui -> state -> platform -> domain)`);
    }
  }
}

// 4. Module cycles between files of the app crate.
const appFiles = files.filter((f) => layerOf(f.rel) !== 'domain');
const byModule = new Map(appFiles.map((f) => [modulePath(f.rel), f]));
const edges = new Map();
for (const f of appFiles) {
  const from = modulePath(f.rel);
  const to = new Set();
  // Expand `use crate::a::{b, c::d}` one level, then take every crate:: path.
  const code = f.code.replace(/crate::((?:\w+::)*)\{([^}]*)\}/g, (_, prefix, list) =>
    list.split(',').map((item) => `crate::${prefix}${item.trim()}`).join(' '));
  for (const m of code.matchAll(/\bcrate::((?:\w+)(?:::\w+)*)/g)) {
    const parts = m[1].split('::');
    // The longest prefix that is a file of its own.
    for (let n = parts.length; n > 0; n--) {
      const target = parts.slice(0, n).join('::');
      if (byModule.has(target)) {
        const isParentOrSelf = from === target || from.startsWith(`${target}::`) || target.startsWith(`${from}::`);
        if (!isParentOrSelf) to.add(target);
        break;
      }
    }
  }
  edges.set(from, to);
}
const state = new Map();
const stack = [];
function visit(node) {
  state.set(node, 'open');
  stack.push(node);
  for (const next of edges.get(node) || []) {
    if (state.get(next) === 'open') {
      const ring = stack.slice(stack.indexOf(next)).concat(next);
      problem(byModule.get(node).rel, `module cycle: ${ring.join(' -> ')}`);
    } else if (!state.has(next)) {
      visit(next);
    }
  }
  stack.pop();
  state.set(node, 'done');
}
for (const node of edges.keys()) if (!state.has(node)) visit(node);

// 5. Each layer's ARCHITECTURE.md lists its files, and only files that exist.
for (const layer of ['domain', 'platform', 'state', 'ui']) {
  const dir = join(root, 'src', layer);
  const docPath = join(dir, 'ARCHITECTURE.md');
  const docRel = `src/${layer}/ARCHITECTURE.md`;
  if (!existsSync(docPath)) {
    problem(docRel, 'missing: each layer folder describes its files and rules');
    continue;
  }
  const doc = readFileSync(docPath, 'utf8');
  const inFolder = files.filter((f) => f.rel.startsWith(`src/${layer}/`)).map((f) => f.rel.slice(`src/${layer}/`.length));
  for (const file of inFolder) {
    if (!doc.includes(file) && !doc.includes(basename(file))) problem(docRel, `does not mention ${file}`);
  }
  for (const m of doc.matchAll(/(?<![\w<>/.-])([a-z]\w*(?:\/\w+)*\.rs)/g)) {
    const named = m[1];
    if (named.startsWith('tests/')) continue; // the test crate's files, outside src/
    const found = inFolder.some((f) => f === named || f.endsWith(`/${named}`) || basename(f) === named);
    if (!found) problem(docRel, `names ${named}, which is not in src/${layer}/`);
  }
}

// The style sheet: every brace closed, and no rule inside another rule
// (only inside @media and the like). Browsers with CSS nesting would read a
// missing brace as nesting and hide the mistake; older ones drop the rules.
{
  const cssRel = 'style/main.css';
  const css = readFileSync(join(root, cssRel), 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const blocks = [];
  let line = 1;
  let prelude = '';
  for (const ch of css) {
    if (ch === '\n') line++;
    if (ch === '{') {
      const kind = prelude.trim().startsWith('@') ? 'at' : 'rule';
      if (kind === 'rule' && blocks.at(-1) === 'rule') problem(cssRel, `line ${line}: a rule inside another rule (a missing "}" above?)`);
      blocks.push(kind);
      prelude = '';
    } else if (ch === '}') {
      if (!blocks.pop()) problem(cssRel, `line ${line}: "}" closes nothing`);
      prelude = '';
    } else if (ch === ';') {
      prelude = '';
    } else {
      prelude += ch;
    }
  }
  if (blocks.length) problem(cssRel, `${blocks.length} block(s) never closed`);
}

if (problems.length) {
  console.error(problems.map((p) => `tidy: ${p}`).join('\n'));
  console.error(`tidy: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`tidy: ${files.length} files, every rule holds`);
