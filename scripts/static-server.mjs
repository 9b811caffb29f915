// A plain static server for dist/, as a production host would serve it:
// gzip or brotli when the browser accepts it, the headers the README asks
// hosts to send, and index.html for any route that is not a file (the app
// routes on the client). Used by the serve command, the e2e tests and the bench.
//
//   node scripts/static-server.mjs DIR PORT [--no-compress]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dirArg = 'dist', portArg = '8080', ...flags] = process.argv.slice(2);
const root = resolve(dirArg);
const port = Number(portArg);
const compress = !flags.includes('--no-compress');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);
// Trunk names hashed assets like name-0123456789abcdef.ext
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

const cache = new Map(); // path+encoding -> Buffer, so repeated loads measure the network path only

async function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^([/\\])+/, '');
  const full = join(root, clean);
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const s = await stat(full);
    if (s.isFile()) return full;
    if (s.isDirectory()) {
      const idx = join(full, 'index.html');
      if ((await stat(idx)).isFile()) return idx;
    }
  } catch {
    /* not a file: fall through */
  }
  return null;
}

function encodingFor(req, ext) {
  if (!compress || !COMPRESSIBLE.has(ext)) return null;
  const accept = String(req.headers['accept-encoding'] || '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

async function body(path, encoding) {
  const key = `${path}|${encoding}`;
  if (cache.has(key)) return cache.get(key);
  const raw = await readFile(path);
  let out = raw;
  if (encoding === 'br') {
    out = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  } else if (encoding === 'gzip') {
    out = gzipSync(raw, { level: 9 });
  }
  cache.set(key, out);
  return out;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = await fileFor(url.pathname);
    let status = 200;
    if (!path) {
      // A missing asset is a real 404; a route falls back to the app shell.
      if (extname(url.pathname)) {
        status = 404;
      } else {
        path = join(root, 'index.html');
      }
    }
    if (status === 404) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    // Never serve a stale copy from memory when the build changed underneath.
    const s = await stat(path);
    const ext = extname(path);
    const encoding = encodingFor(req, ext);
    const stampKey = `${path}|mtime`;
    if (cache.get(stampKey) !== s.mtimeMs) {
      cache.delete(`${path}|null`);
      cache.delete(`${path}|br`);
      cache.delete(`${path}|gzip`);
      cache.set(stampKey, s.mtimeMs);
    }
    const data = await body(path, encoding);
    const headers = {
      'content-type': TYPES[ext] || 'application/octet-stream',
      'content-length': data.length,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      vary: 'Accept-Encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    headers['cache-control'] = HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  } catch (err) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(err));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}${compress ? ' (gzip/brotli)' : ''}`);
});
