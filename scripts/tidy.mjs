#!/usr/bin/env node
// The tidy layer: fails when a rule ARCHITECTURE.md states is broken.
//   1. Every Rust file starts with a `//!` line saying what it is for.
//   2. Browser crates (web-sys, js-sys, wasm-bindgen, gloo) are used only in
//      src/platform/.
//   3. Layers point one way: ui -> state -> platform -> domain. platform
//      never names state or ui; state never names ui; the domain crate
//      names none of them (and no browser crate or Leptos).
//   4. No module cycles, in the app crate or the domain crate: no two files
//      (or longer rings) name each other. A fixture with a known ring runs
//      first, so the check is seen to fail when it should.
//   5. Each layer folder's ARCHITECTURE.md lists every file in it by its
//      path inside the folder (`player/controller.rs`), and every path it
//      lists exists.
//   6. No file outside src/state/ spells a storage key (`"unknot.…"`).
// Node's standard library only. Prints each problem; exits 1 if any.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
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

// 4. No module cycles, in either crate: the app (src/) and the domain
// (src/domain/, its own crate). A file's edges are the files it names by
// `crate::` or `super::` path; parents and children do not count, nor do the
// domain's test files (`*_tests.rs`, which may name anything).
function moduleGraph(crateFiles, pathOf) {
  const byModule = new Map(crateFiles.map((f) => [pathOf(f.rel), f]));
  const edges = new Map();
  for (const f of crateFiles) {
    const from = pathOf(f.rel);
    const to = new Set();
    // `super::x` -> the parent's `x`, written as a crate path.
    const parent = from.split('::').slice(0, -1);
    let code = f.code.replace(/\bsuper::((?:super::)*)/g, (_, more) => {
      const up = parent.slice(0, parent.length - more.split('super::').length + 1);
      return `crate::${up.map((p) => `${p}::`).join('')}`;
    });
    // Expand `use crate::a::{b, c::d}` one level, then take every crate:: path.
    code = code.replace(/crate::((?:\w+::)*)\{([^}]*)\}/g, (_, prefix, list) =>
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
  return { byModule, edges };
}

// Every ring in the graph, each as `a -> b -> a` with the file that closes it.
function cycles({ byModule, edges }) {
  const found = [];
  const state = new Map();
  const stack = [];
  function visit(node) {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) || []) {
      if (state.get(next) === 'open') {
        const ring = stack.slice(stack.indexOf(next)).concat(next);
        found.push({ rel: byModule.get(node).rel, ring: ring.join(' -> ') });
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  }
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

const isDomainTest = (rel) => /^src\/domain\/.*_tests\.rs$/.test(rel);
// src/domain/presets/back.rs -> presets::back (the domain crate's own path).
const domainPath = (rel) => modulePath(rel.replace(/^src\/domain\//, 'src/'));
const crates = [
  { files: files.filter((f) => layerOf(f.rel) !== 'domain'), pathOf: modulePath },
  { files: files.filter((f) => layerOf(f.rel) === 'domain' && !isDomainTest(f.rel)), pathOf: domainPath },
];
for (const { files: crateFiles, pathOf } of crates) {
  for (const c of cycles(moduleGraph(crateFiles, pathOf))) problem(c.rel, `module cycle: ${c.ring}`);
}

// The cycle check must be able to fail: it runs on a small crate with a
// known ring (a -> b -> c::d -> a, one edge through a `use` list, one
// through `super::super::`), a file that only names its parent and one that
// names nothing, and must find exactly that ring.
{
  const fixture = [
    ['src/domain/a.rs', 'use crate::b::Thing;'],
    ['src/domain/b.rs', 'use crate::{c::d, lone};'],
    ['src/domain/c/mod.rs', 'pub mod d;'],
    ['src/domain/c/d.rs', 'use super::super::a::x; use super::helper;'],
    ['src/domain/lone.rs', 'pub fn f() {}'],
  ].map(([rel, code]) => ({ rel, code }));
  const rings = cycles(moduleGraph(fixture, domainPath)).map((c) => c.ring);
  const expected = 'a -> b -> c::d -> a';
  if (rings.length !== 1 || rings[0] !== expected) {
    problem('scripts/tidy.mjs', `the cycle check did not find the known ring ${expected} in its fixture (found: ${rings.join('; ') || 'none'})`);
  }
}

// 6. Storage key names only in src/state/, where each document's owner is:
// no other file spells a key (`"unknot.…"`; comments do not count).
const withoutComments = (text) => text.replace(/^\s*\/\/[^\n]*/gm, '');
const namesStorageKey = (text) => /"unknot\./.test(withoutComments(text));
if (!namesStorageKey('let k = "unknot.settings";') || namesStorageKey('/// `unknot.settings`\nlet k = keys::SETTINGS;')) {
  problem('scripts/tidy.mjs', 'the storage key check does not tell a key from a comment');
}
for (const f of files) {
  if (layerOf(f.rel) === 'state') continue;
  if (namesStorageKey(f.text)) problem(f.rel, 'names a storage key ("unknot.…"): only src/state/ does (state::keys), each document through its owner');
}

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
  // Paths as the doc writes them, relative to the folder: `player/controller.rs`,
  // never a bare `controller.rs` for a file in a subfolder.
  const named = new Set();
  for (const m of doc.matchAll(/(?<![\w<>/.-])([a-z]\w*(?:\/\w+)*\.rs)/g)) {
    if (!m[1].startsWith('tests/')) named.add(m[1]); // the test crate's files, outside src/
  }
  for (const file of inFolder) {
    if (!named.has(file)) problem(docRel, `does not mention ${file} (by its path in the folder)`);
  }
  for (const path of named) {
    if (!inFolder.includes(path)) problem(docRel, `names ${path}, which is not a file in src/${layer}/`);
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
