// `npm run test:server-only`: a backend that installs only the server package, as docs/server.md
// tells it to. Packs @saved-card-kit/server, installs that tarball alone into an empty Node app
// (`npm install <tarball>`, nothing else), and checks that node_modules holds no React,
// react-dom, TanStack or Radix; type-checks a plain Node server file against the installed
// types (nodenext), runs it (a memoryProvider handler behind node:http on loopback, one GET
// and one DELETE over real HTTP), and prints what the install weighs. Builds first unless
// `--no-build`; KEEP_TMP=1 keeps the app.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packTarballs } from './pack.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'saved-card-kit-server-only-'));
const app = join(work, 'app');
const FORBIDDEN = /^(react|react-dom|scheduler|@tanstack\/.+|@radix-ui\/.+)$/;
const started = performance.now();

// The merchant's server: JS with JSDoc, so the same file is type-checked and then run.
const SERVER = `// @ts-check
import { createServer } from 'node:http';
import { createWalletHandler, memoryProvider, toNodeListener } from '@saved-card-kit/server';
import { checkCardProvider } from '@saved-card-kit/server/testing';

const wallet = createWalletHandler({
  provider: memoryProvider({
    shopper: [
      { id: 'card_visa', brand: 'visa', last4: '4242', expiryMonth: 12, expiryYear: 2030, expired: false },
      { id: 'card_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2031, expired: false },
    ],
  }),
  getCustomerId: () => 'shopper',
});
const server = createServer(toNodeListener(wallet));
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('no port');
const origin = \`http://127.0.0.1:\${address.port}\`;

/** @param {string} path @param {RequestInit} [init] */
async function call(path, init) {
  const response = await fetch(\`\${origin}/api/wallet\${path}\`, init);
  return { status: response.status, body: await response.json() };
}
try {
  const listed = await call('/cards');
  const removed = await call('/cards/card_visa', {
    method: 'DELETE',
    headers: { Origin: origin, 'X-Wallet-Client': '1' },
  });
  const after = await call('/cards');
  console.log(JSON.stringify({ listed, removed, after, conformance: typeof checkCardProvider }));
} finally {
  server.close();
}
`;

function run(command, args, options = {}) {
  return execFileSync(command, args, { cwd: app, encoding: 'utf8', ...options });
}

/** Every package folder under node_modules, scoped ones as `@scope/name`. */
function installedPackages(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@')
        ? readdirSync(join(dir, name)).map((scoped) => `${name}/${scoped}`)
        : [name],
    );
}

function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  }
  const { server: tarball } = packTarballs(work);
  console.log(`== packed ${tarball}`);

  execFileSync('mkdir', [app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'server-only-app', private: true, type: 'module' }, null, 2),
  );
  console.log('== npm install <server tarball>, into an empty Node app');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
    stdio: 'inherit',
  });
  const installed = installedPackages(join(app, 'node_modules'));
  console.log(`installed: ${installed.join(', ')}`);
  const forbidden = installed.filter((name) => FORBIDDEN.test(name));
  if (forbidden.length > 0) throw new Error(`a server-only install pulled ${forbidden.join(', ')}`);
  if (!installed.includes('@saved-card-kit/server'))
    throw new Error('the server package is missing');

  console.log('== tsc --checkJs (nodenext) on server.mjs, against the installed types');
  writeFileSync(join(app, 'server.mjs'), SERVER);
  // This checkout's TypeScript and Node types, so the app installs nothing but the kit.
  run(
    join(root, 'node_modules/.bin/tsc'),
    [
      ...['--noEmit', '--allowJs', '--checkJs', '--strict', '--exactOptionalPropertyTypes'],
      ...['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'],
      ...['--skipLibCheck', 'false', '--typeRoots', join(root, 'node_modules/@types')],
      ...['--types', 'node', 'server.mjs'],
    ],
    { stdio: 'inherit' },
  );

  console.log('== node server.mjs: GET, DELETE, GET over HTTP on loopback');
  const output = run(process.execPath, ['server.mjs']);
  const { listed, removed, after, conformance } = JSON.parse(output.trim().split('\n').pop());
  const ids = (answer) => answer.body?.cards?.map((card) => card.id).join(',');
  console.log(`GET    /api/wallet/cards           -> ${listed.status} [${ids(listed)}]`);
  console.log(`DELETE /api/wallet/cards/card_visa -> ${removed.status}`);
  console.log(`GET    /api/wallet/cards           -> ${after.status} [${ids(after)}]`);
  if (listed.status !== 200 || ids(listed) !== 'card_visa,card_mc') {
    throw new Error(`GET answered ${JSON.stringify(listed)}`);
  }
  if (removed.status !== 200 || removed.body?.deleted !== true)
    throw new Error(`DELETE answered ${JSON.stringify(removed)}`);
  if (ids(after) !== 'card_mc') throw new Error(`after the DELETE: ${JSON.stringify(after)}`);
  if (conformance !== 'function') throw new Error('@saved-card-kit/server/testing did not load');

  const size = run('du', ['-sh', 'node_modules']).split('\t')[0];
  console.log(`\nserver-only install: ${installed.length} package(s), node_modules ${size}`);
}

try {
  main();
  console.log(`server-only check passed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
} catch (error) {
  console.error(`\nserver-only check FAILED: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP_TMP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
