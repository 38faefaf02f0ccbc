#!/usr/bin/env node
// Tiny dependency-free static file server for the demo page and the benchmark.
//
//   npm run demo              # serves the repo root on http://127.0.0.1:8000/
//   PORT=9000 npm run demo    # another port
//
// It is a local development tool: it binds to 127.0.0.1 only, never lists
// directories and refuses paths that resolve (also via symlinks) outside the
// root. bench.js imports startServer() to serve its pages the same way.

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_PATH = '/demo/index.html';

// Explicit charset so Markdown and JSON with non-ASCII text decode the same everywhere.
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const BASE_HEADERS = {
  // Widgets may be embedded from another origin during testing (CDN-like use).
  'Access-Control-Allow-Origin': '*',
  // Always serve what is on disk right now; stale bundles make benchmarks lie.
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/** True when `child` is `parent` or inside it. */
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function handle(root, req, res, cacheControl) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }

  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    send(res, 400, 'Bad request\n');
    return;
  }
  if (pathname.includes('\0')) {
    send(res, 400, 'Bad request\n');
    return;
  }
  // Editors opening the bare address most likely want the demo.
  if (pathname === '/') {
    send(res, 302, '', { Location: DEMO_PATH });
    return;
  }

  // Resolve lexically first, then again through symlinks, and check both.
  let filePath = path.resolve(root, '.' + pathname);
  if (!isInside(root, filePath)) {
    send(res, 403, 'Forbidden\n');
    return;
  }
  let info;
  try {
    filePath = await realpath(filePath);
    if (!isInside(root, filePath)) {
      send(res, 403, 'Forbidden\n');
      return;
    }
    info = await stat(filePath);
    if (info.isDirectory()) {
      // Redirect to the slash form so relative URLs inside index.html resolve.
      if (!pathname.endsWith('/')) {
        send(res, 301, '', { Location: encodeURI(pathname) + '/' });
        return;
      }
      filePath = path.join(filePath, 'index.html');
      info = await stat(filePath);
    }
  } catch {
    // Browsers ask for a favicon on every page; an empty answer keeps the console clean.
    if (pathname === '/favicon.ico') send(res, 204, '');
    else send(res, 404, `Not found: ${pathname}\n`);
    return;
  }
  if (!info.isFile()) {
    send(res, 404, `Not found: ${pathname}\n`);
    return;
  }

  const type = MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  const cache = cacheControl ? { 'Cache-Control': cacheControl } : {};
  res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': info.size, ...cache });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(filePath)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Start the static server.
 * @param {{root?: string, port?: number, host?: string}} [options]
 *   port 0 picks a free port (what the benchmark uses).
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 *   url is the origin with a trailing slash, e.g. "http://127.0.0.1:8000/".
 */
/**
 * `cacheControl` replaces no-store on files: the benchmark serves them as a CDN would, so a page
 * with twenty copies of a widget fetches its stylesheet once (each cold load has an empty cache).
 */
export async function startServer({ root = REPO_ROOT, port = 8000, host = '127.0.0.1', cacheControl } = {}) {
  const realRoot = await realpath(path.resolve(root));
  const server = createServer((req, res) => {
    handle(realRoot, req, res, cacheControl).catch((error) => {
      if (!res.headersSent) send(res, 500, 'Internal server error\n');
      else res.destroy();
      console.error(error);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        // Drop idle keep-alive sockets so close() does not wait for their timeout.
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const port = process.env.PORT === undefined ? 8000 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got "${process.env.PORT}".`);
    process.exit(1);
  }
  try {
    const { url } = await startServer({ port });
    console.log(`Serving ${REPO_ROOT}`);
    console.log(`Demo: ${new URL(DEMO_PATH, url)}`);
    console.log('Press Ctrl+C to stop.');
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use. Try: PORT=${port + 1} npm run demo`);
      process.exit(1);
    }
    throw error;
  }
}
