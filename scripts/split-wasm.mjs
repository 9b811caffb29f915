// Splits a release build's WebAssembly at page boundaries (called by
// scripts/post-build.mjs, the Trunk post_build hook).
//
// Trunk cannot split wasm itself, so for a release build it compiles the app
// (build.rs adds `--emit-relocs` and the cfg that marks the split points),
// runs wasm-bindgen and wasm-opt on the whole module, and stages that. Its
// JS then imports the placeholder module `__wasm_split_placeholder__` and
// could not run. This step redoes the end of the pipeline from Cargo's own
// output, the way cargo-leptos does it for `#[lazy]`:
//
//   1. wasm-split-cli: the main module, one chunk per split (plus shared
//      chunks) and the link module `__wasm_split.js` that fetches them;
//   2. wasm-bindgen on the main module only (keeping the exports the chunks
//      import from it);
//   3. wasm-opt on the main module and every chunk;
//   4. content-hashed names, and Trunk's files in the staging directory
//      replaced by these (index.html's preload links and loader updated,
//      with new SRI hashes).
//
// Chunks are fetched relative to the link module's URL, so a build under a
// sub-path (`--public-url /unknot/`) finds them too. post-build.mjs then
// precaches every file, chunks included, in sw.js.
//
// Node's standard library only; the tools come from PATH (scripts/setup.sh).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PLACEHOLDER = '__wasm_split_placeholder__';
const LINK = '__wasm_split';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hex = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};

function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.code === 'ENOENT') {
      throw new Error(`${cmd} is not on PATH (scripts/setup.sh installs it)`);
    }
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${e.status})`);
  }
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/// Trunk's staged app: `<name>-<hash>.js` with `<name>-<hash>_bg.wasm` beside it.
async function stagedApp(dir) {
  const names = await readdir(dir);
  for (const js of names) {
    // Trunk's hash is hex of any length (a leading zero is dropped).
    const m = js.match(/^(.+)-([0-9a-f]+)\.js$/);
    if (m && names.includes(`${m[1]}-${m[2]}_bg.wasm`)) {
      return { name: m[1], js, wasm: `${m[1]}-${m[2]}_bg.wasm` };
    }
  }
  return null;
}

/// Whether the staged build needs splitting: its JS imports the placeholder.
export async function needsSplit(dir) {
  const app = await stagedApp(dir);
  if (!app) {
    // A split build whose files were not recognised must fail, not ship unsplit.
    for (const f of (await readdir(dir)).filter((n) => n.endsWith('.js'))) {
      if ((await readFile(join(dir, f), 'utf8')).includes(PLACEHOLDER)) {
        throw new Error(`${f} needs splitting, but its _bg.wasm was not found beside it`);
      }
    }
    return false;
  }
  return (await readFile(join(dir, app.js), 'utf8')).includes(PLACEHOLDER);
}

/// Splits the build staged in `dir`. `sourceDir` is the crate's folder.
/// Returns a line describing what it wrote.
export async function splitWasm(dir, sourceDir) {
  const app = await stagedApp(dir);
  if (!app) throw new Error(`no <name>-<hash>.js with its _bg.wasm in ${dir}`);

  const meta = JSON.parse(
    run('cargo', ['metadata', '--format-version', '1', '--no-deps'], sourceDir).toString(),
  );
  const input = join(meta.target_directory, 'wasm32-unknown-unknown', 'release', `${app.name}.wasm`);

  const tmp = await mkdtemp(join(tmpdir(), 'unknot-split-'));
  try {
    // 1. Split. The main module's JS will be ./<name>.js beside the link module.
    const splitDir = join(tmp, 'split');
    run('wasm-split-cli', [input, splitDir, '--target', 'web', '--out-name', app.name], sourceDir);

    // 2. wasm-bindgen on the main module; the chunks import its lld exports.
    const bgDir = join(tmp, 'bindgen');
    run(
      'wasm-bindgen',
      [
        '--target=web',
        '--no-typescript',
        '--keep-lld-exports',
        '--no-demangle',
        `--out-dir=${bgDir}`,
        `--out-name=${app.name}`,
        join(splitDir, `${app.name}.wasm`),
      ],
      sourceDir,
    );

    // 3. wasm-opt on every module, as Trunk does for the whole one (-Oz).
    const chunks = (await readdir(splitDir)).filter((f) => f.endsWith('.wasm') && f !== `${app.name}.wasm`).sort();
    const mainWasmPath = join(bgDir, `${app.name}_bg.wasm`);
    for (const path of [mainWasmPath, ...chunks.map((c) => join(splitDir, c))]) {
      run('wasm-opt', ['-Oz', '--output', path, path], sourceDir);
    }

    // 4. Content-hashed names.
    let link = await readFile(join(splitDir, `${LINK}.js`), 'utf8');
    const out = new Map(); // file name -> bytes
    for (const chunk of chunks) {
      const bytes = await readFile(join(splitDir, chunk));
      const hashed = `${chunk.replace(/\.wasm$/, '')}-${hex(bytes)}.wasm`;
      const quoted = new RegExp(`(["'])\\./${escapeRe(chunk)}\\1`, 'g');
      if (!quoted.test(link)) throw new Error(`${LINK}.js does not name ./${chunk}`);
      link = link.replace(quoted, `$1./${hashed}$1`);
      out.set(hashed, bytes);
    }
    const mainWasm = await readFile(mainWasmPath);
    let mainJs = await readFile(join(bgDir, `${app.name}.js`), 'utf8');
    // One hash for the three files that name each other.
    const h = hex(mainWasm, mainJs, link);
    const jsName = `${app.name}-${h}.js`;
    const wasmName = `${app.name}-${h}_bg.wasm`;
    const linkName = `${LINK}-${h}.js`;

    const mainImport = new RegExp(`(\\bfrom\\s*)(["'])\\./${escapeRe(app.name)}\\.js\\2`, 'g');
    if (!mainImport.test(link)) throw new Error(`${LINK}.js does not import ./${app.name}.js`);
    link = link.replace(mainImport, `$1$2./${jsName}$2`);
    // Only the import statement: the imports object keeps the module name
    // the wasm asks for.
    const linkImport = new RegExp(`(\\bfrom\\s*)(["'])\\./${LINK}\\.js\\2`, 'g');
    if (!linkImport.test(mainJs)) throw new Error(`${app.name}.js does not import ./${LINK}.js`);
    mainJs = mainJs.replace(linkImport, `$1$2./${linkName}$2`);
    if (mainJs.includes(PLACEHOLDER)) throw new Error(`${app.name}.js still imports ${PLACEHOLDER}`);
    out.set(jsName, Buffer.from(mainJs));
    out.set(wasmName, mainWasm);
    out.set(linkName, Buffer.from(link));

    // 5. Replace Trunk's files and point index.html at ours.
    const indexPath = join(dir, 'index.html');
    let html = await readFile(indexPath, 'utf8');
    const swap = { [app.js]: jsName, [app.wasm]: wasmName };
    html = html.replace(/<link\b[^>]*>/gi, (tag) => {
      for (const [from, to] of Object.entries(swap)) {
        if (!tag.includes(from)) continue;
        tag = tag.replace(from, to).replace(/integrity="[^"]*"/, `integrity="${sri(out.get(to))}"`);
        if (to === jsName) {
          // The link module is imported by the main JS at start: preload it too.
          const linkTag = tag
            .replace(jsName, linkName)
            .replace(/integrity="[^"]*"/, `integrity="${sri(out.get(linkName))}"`);
          tag = `${tag}\n${linkTag}`;
        }
      }
      return tag;
    });
    for (const [from, to] of Object.entries(swap)) html = html.split(from).join(to);
    if (html.includes(app.js) || html.includes(app.wasm)) throw new Error('index.html still names the unsplit build');
    await rm(join(dir, app.js));
    await rm(join(dir, app.wasm));
    for (const [name, bytes] of out) await writeFile(join(dir, name), bytes);
    await writeFile(indexPath, html);

    const size = (name) => out.get(name).length;
    const chunkNames = [...out.keys()].filter((n) => n.endsWith('.wasm') && n !== wasmName);
    return (
      `split: main ${size(wasmName)} bytes wasm + ${size(jsName)} + ${size(linkName)} bytes JS; ` +
      `${chunkNames.length} chunks, ${chunkNames.reduce((n, c) => n + size(c), 0)} bytes`
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
