// `npm start`: the demo on Vite's dev server, with the wallet backend mounted (docs/look-and-feel.md).
// `npm run preview` (--production): the build from `npm run demo:build`, same backend, same
// PORT rules.
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { demoDistDir } from './build.js';
import { startPreview } from './serve-production.js';
import { walletPlugin } from './wallet-plugin.js';

const DEFAULT_PORT = 5173;
const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parsePort(value) {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`PORT must be a whole number from 1 to 65535, not "${value}".`);
  }
  return port;
}

// Vite's strictPort only binds its own host, so a server on the wildcard address would slip
// past it; checking the wildcard first makes "taken" mean taken, whoever holds it.
// Any other error (say EACCES) is left for Vite to report as it is.
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', (error) => resolve(error.code !== 'EADDRINUSE'));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

const port = parsePort(process.env.PORT);
const inUse = `Port ${port} is in use; set PORT=… to choose another.`;
if (!(await portIsFree(port))) fail(inUse);

if (process.argv.includes('--production')) await servePreview();
else await serveDev();

async function servePreview() {
  // As in dev: a missing build or provider key reads as one sentence.
  const server = await startPreview({ port, distDir: demoDistDir() }).catch((error) =>
    fail(error?.code === 'EADDRINUSE' ? inUse : error instanceof Error ? error.message : error),
  );
  console.log(`\n  ➜  Production build: http://localhost:${port}/`);
  console.log('  Demo shopper signed in automatically; seeded cards reset on every start.');
  stopOnSignal(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
}

async function serveDev() {
  // A configuration mistake (say WALLET_PROVIDER without its keys) reads as one sentence.
  const server = await createServer({
    configFile: false,
    root: demoRoot,
    // Its own cache, so the demo never fights the library's Vitest or Storybook over one.
    cacheDir: `${repoRoot}node_modules/.vite-demo`,
    plugins: [react(), walletPlugin()],
    server: { port, strictPort: true, fs: { allow: [repoRoot] } },
    clearScreen: false,
  }).catch((error) => fail(error instanceof Error ? error.message : String(error)));

  try {
    await server.listen();
  } catch (error) {
    await server.close();
    if (error instanceof Error && /already in use/.test(error.message)) fail(inUse);
    throw error;
  }

  server.printUrls();
  console.log('  Demo shopper signed in automatically; seeded cards reset on every start.');

  stopOnSignal(() => server.close());
}

function stopOnSignal(close) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      Promise.resolve(close()).finally(() => process.exit(0));
    });
  }
}
