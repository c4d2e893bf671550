// `npm run test:consumer`: the package as a merchant gets it. Packs the tarball, installs it
// into a scratch Vite + React app, type-checks that app (bundler resolution for the browser,
// nodenext for a plain Node server file), runs the server file in Node, builds the app with
// Vite and renders the list in Chromium. Exits 1 on the first failure; temp dirs are removed
// (KEEP_TMP=1 keeps them). `--no-build` packs the existing dist/ instead of rebuilding it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumExecutable } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'saved-card-kit-consumer-'));
const app = join(work, 'app');
let stepNumber = 0;

function step(title) {
  stepNumber += 1;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n[consumer ${stepNumber}] ${title} (+${seconds}s)`);
}

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
}

function write(path, text) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

const VERSIONS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@tanstack/react-query': '5.108.0',
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  typescript: '5.9.3',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
  '@types/node': '^20',
};

const MAIN_TSX = `import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type SavedCard, SavedCardList, type WalletClient, WalletProvider } from 'saved-card-kit';
import 'saved-card-kit/styles.css';

const cards: SavedCard[] = [
  { id: 'card_visa', brand: 'visa', last4: '4242', expiryMonth: 7, expiryYear: 2031, expired: false },
  { id: 'card_mc', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2030, expired: false },
];

// A WalletClient of the host's own: the kit's seam for backends that are not its HTTP API.
const client: WalletClient = {
  listCards: async () => cards.map((card) => ({ ...card })),
  deleteCard: async (id) => {
    cards.splice(cards.findIndex((card) => card.id === id), 1);
  },
};

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const element = document.getElementById('root');
if (!element) throw new Error('no #root');
createRoot(element).render(
  <StrictMode>
    <WalletProvider client={client} queryClient={queryClient}>
      <SavedCardList />
    </WalletProvider>
  </StrictMode>,
);
`;

// Plain Node, no bundler: proves saved-card-kit/server resolves through "exports" at runtime,
// and (checked with nodenext) that its types resolve too.
const SERVER_MJS = `// @ts-check
import { createWalletHandler, memoryProvider } from 'saved-card-kit/server';

const handler = createWalletHandler({
  provider: memoryProvider({
    shopper: [{ id: 'card_1', brand: 'visa', last4: '4242', expiryMonth: 7, expiryYear: 2031, expired: false }],
  }),
  getCustomerId: () => 'shopper',
});
const response = await handler(new Request('http://127.0.0.1/api/wallet/cards'));
const body = /** @type {{ cards: Array<{ id: string; last4: string }> }} */ (await response.json());
if (response.status !== 200 || body.cards.length !== 1 || body.cards[0]?.last4 !== '4242') {
  console.error('unexpected answer', response.status, JSON.stringify(body));
  process.exit(1);
}
console.log('server entry: GET /api/wallet/cards ->', response.status, JSON.stringify(body));
`;

const TSCONFIG_APP = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    // false: the kit's own .d.ts files are checked too, so a type leaking a package the
    // host does not have shows up here instead of silently becoming `any`.
    skipLibCheck: false,
    noEmit: true,
    types: ['vite/client'],
  },
  include: ['src'],
};

const TSCONFIG_SERVER = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    allowJs: true,
    checkJs: true,
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: ['node'],
  },
  files: ['server.mjs'],
};

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir)) file = join(dir, 'index.html');
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    step('build the package (npm run build)');
    run('npm', ['run', 'build', '--silent'], root);
  }

  step(`npm pack into ${work}`);
  const [packed] = JSON.parse(
    execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', work],
      { cwd: root, encoding: 'utf8' },
    ),
  );
  const tarball = join(work, packed.filename);
  console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);

  step('scratch Vite + React app');
  write(
    join(app, 'package.json'),
    `${JSON.stringify(
      {
        name: 'saved-card-kit-consumer',
        private: true,
        type: 'module',
        dependencies: { ...VERSIONS, 'saved-card-kit': `file:${tarball}` },
      },
      null,
      2,
    )}\n`,
  );
  write(
    join(app, 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>' +
      '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  write(join(app, 'src/main.tsx'), MAIN_TSX);
  write(join(app, 'server.mjs'), SERVER_MJS);
  write(
    join(app, 'vite.config.mjs'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\n\n" +
      'export default defineConfig({ plugins: [react()], logLevel: "warn" });\n',
  );
  write(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG_APP, null, 2));
  write(join(app, 'tsconfig.server.json'), JSON.stringify(TSCONFIG_SERVER, null, 2));

  step('npm install (the tarball plus react, react-query, vite)');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);

  step('type-check the app (bundler resolution) and server.mjs (nodenext)');
  run('npx', ['tsc', '-p', 'tsconfig.json'], app);
  run('npx', ['tsc', '-p', 'tsconfig.server.json'], app);

  step('run server.mjs in plain Node (saved-card-kit/server)');
  run('node', ['server.mjs'], app);

  step('vite build the app');
  run('npx', ['vite', 'build'], app);

  step('serve dist on 127.0.0.1 and open it in Chromium');
  const server = await serve(join(app, 'dist'));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    const list = page.getByRole('list', { name: 'Saved cards' });
    await list.getByText('Visa ending in 4242').waitFor({ timeout: 15_000 });
    const items = await list.getByRole('listitem').count();
    if (items !== 2) throw new Error(`expected 2 cards in the list, saw ${items}`);
    console.log(`"Saved cards" lists ${items} cards, "Visa ending in 4242" among them`);

    // The stylesheet from saved-card-kit/styles.css made it into the app's CSS.
    const styled = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('--wallet-')),
      ),
    );
    if (!styled) throw new Error('saved-card-kit/styles.css is not in the built app');
    console.log('styles.css is applied');

    await page.getByRole('button', { name: 'Remove Visa ending in 4242' }).click();
    await page.getByRole('alertdialog', { name: 'Remove Visa ending in 4242?' }).waitFor();
    await page.getByRole('button', { name: 'Remove card' }).click();
    await list.getByText('Visa ending in 4242').waitFor({ state: 'detached' });
    console.log('removing the Visa card through the confirm dialog works');
    if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await main();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nconsumer test passed in ${seconds}s`);
} catch (error) {
  console.error(`\nconsumer test FAILED at step ${stepNumber}: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP_TMP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
