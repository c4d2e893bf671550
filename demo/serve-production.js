// `npm run preview`: the production build of the demo (demo/build.js) on plain node:http,
// with the same backend as `npm start` (compiled to JS), seeded afresh on every start, under a
// strict nonce-based Content-Security-Policy (demo/csp.js) with a fresh nonce per page.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy, newNonce, withNonce } from './csp.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Thrown for a start that cannot work; serve.js prints its message as one sentence. */
export class PreviewError extends Error {}

// Only files under client/ are served; `..`, encoded or not, can never leave it.
async function staticFile(clientDir, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://demo').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/') path = '/index.html';
  const file = normalize(join(clientDir, path));
  if (!file.startsWith(clientDir + sep)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

function sendText(res, status, text) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

/** A request listener: the demo backend first, then the built page and its assets. */
export async function createPreviewListener(distDir) {
  const clientDir = join(distDir, 'client');
  const serverEntry = join(distDir, 'server', 'demo-middleware.js');
  if (!existsSync(join(clientDir, 'index.html')) || !existsSync(serverEntry)) {
    throw new PreviewError(`No demo build in ${distDir}; run \`npm run demo:build\` first.`);
  }
  const { createDemoMiddleware } = await import(pathToFileURL(serverEntry).href);
  // providerFromEnv runs here: a missing provider key stops the start with its one sentence.
  const backend = createDemoMiddleware();

  const serveStatic = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const file = await staticFile(clientDir, req.url ?? '/');
    if (!file) return sendText(res, 404, 'Not found');
    const isPage = extname(file) === '.html';
    const nonce = newNonce();
    const body = isPage
      ? Buffer.from(withNonce(await readFile(file, 'utf8'), nonce))
      : await readFile(file);
    res.statusCode = 200;
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', body.length);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    // Hashed asset names never change content. A page is never stored: its nonce is good for
    // that one response only.
    res.setHeader(
      'Cache-Control',
      isPage
        ? 'no-store'
        : file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
    );
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return (req, res) => {
    const fail = (error) => {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    };
    backend(req, res, (error) => {
      if (error) fail(error);
      else serveStatic(req, res).catch(fail);
    });
  };
}

/** Listens on localhost:port; rejects with a PreviewError when the build is missing. */
export async function startPreview({ port, distDir }) {
  const server = createServer(await createPreviewListener(distDir));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
