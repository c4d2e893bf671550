// The stylesheet through CSS minifiers (`npm run test:consumer` runs it before the host apps
// of test/hosts/run.mjs). Packs both tarballs and installs them into the committed webpack app
// under test/package/apps/ from its own pinned lockfile (`npm ci --prefer-offline`, then the
// fresh tarballs with `--no-save`, so the lockfile stays as committed). Its production builds —
// webpack 5 with cssnano and with Lightning CSS — and a plain <link> to dist/styles.css are
// opened in Chromium, where the theme's computed colours are checked light and dark
// (theme-check.mjs) and a card is removed. Temp dirs are removed (KEEP_TMP=1 keeps them).
// `--no-build` packs the existing dist/. To change the app's dependencies: edit its
// package.json, then `npm install --package-lock-only` in its folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { packTarballs } from './pack.mjs';
import { checkTheme } from './theme-check.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const appsDir = fileURLToPath(new URL('apps', import.meta.url));
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'saved-card-kit-consumer-'));
const ALL_APPS = ['webpack'];
const appsArg = process.argv.find((arg) => arg.startsWith('--apps='));
const apps = appsArg ? appsArg.slice('--apps='.length).split(',') : ALL_APPS;
const env = { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1' };
const VISA = 'Visa ending in 4242';
let stepNumber = 0;

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

function step(title) {
  stepNumber += 1;
  console.log(`\n[consumer ${stepNumber}] ${title} (+${seconds(started)})`);
}

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env });
}

const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

/** A static server on a free loopback port; a path is looked up in each of `dirs` in turn. */
function serve(dirs) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    for (const dir of dirs) {
      const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dir)) continue;
      try {
        if (!statSync(file).isFile()) continue;
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      } catch {}
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

/** Removes the Visa card through the confirm dialog; fails on any error the page logs. */
async function checkRemoval(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(url);
    const list = page.getByRole('list', { name: 'Saved cards' });
    await list.getByText(VISA).waitFor({ timeout: 20_000 });
    const items = await list.getByRole('listitem').count();
    if (items !== 3) throw new Error(`expected 3 cards in the list, saw ${items}`);
    await page.getByRole('button', { name: `Remove ${VISA}` }).click();
    await page.getByRole('alertdialog', { name: `Remove ${VISA}?` }).waitFor();
    await page.getByRole('button', { name: 'Remove card' }).click();
    await list.getByText(VISA).waitFor({ state: 'detached' });
    if (errors.length > 0) throw new Error(`errors in the page:\n${errors.join('\n')}`);
    console.log(`  ${items} cards listed; removing ${VISA} through the dialog works`);
  } finally {
    await page.close();
  }
}

/** A copy of the committed app, installed from its lockfile plus the packed kit. */
function installApp(name, tarballs) {
  const dir = join(work, name);
  cpSync(join(appsDir, name), dir, {
    recursive: true,
    filter: (source) => !['node_modules', 'dist', '.next', 'out'].includes(basename(source)),
  });
  const online = ['--no-audit', '--no-fund', '--loglevel=error'];
  const quiet = [...online, '--prefer-offline'];
  run('npm', ['ci', ...quiet], dir);
  // Both at once: the browser package's dependency on @saved-card-kit/server is then met by
  // the server tarball, not looked up in the registry.
  // Online: the tarballs' own ranges are resolved afresh, and a cached packument may predate a
  // dependency's newest release (ETARGET for @radix-ui/react-primitive 2.2.1, named by
  // react-visually-hidden 1.2.14 while the cache still listed 2.2.0 as the newest).
  run('npm', ['install', '--no-save', ...online, tarballs.browser, tarballs.server], dir);
  return dir;
}

/** Each app: install, build for production, then colours and removal in Chromium. */
const APPS = {
  async webpack({ tarballs, browser, check }) {
    step('webpack 5 app: npm ci + the packed kit');
    const dir = installApp('webpack', tarballs);
    for (const minifier of ['cssnano', 'lightningcss']) {
      step(`webpack app: production build, css-minimizer-webpack-plugin with ${minifier}`);
      const out = `dist-${minifier}`;
      run('node', ['build.js', minifier, out], dir);
      const server = await serve([join(dir, out), join(dir, 'public'), dir]);
      try {
        await check(`${server.url}/`, `webpack 5 + ${minifier}`);
        if (minifier === 'cssnano') {
          await checkRemoval(browser, `${server.url}/`);
          await check(`${server.url}/link.html`, 'plain <link> to dist/styles.css');
        }
      } finally {
        server.close();
      }
    }
  },
};

async function main() {
  const unknown = apps.filter((name) => !ALL_APPS.includes(name));
  if (unknown.length > 0) throw new Error(`unknown app ${unknown.join(', ')}`);
  if (!process.argv.includes('--no-build')) {
    step('build the package (npm run build)');
    run('npm', ['run', 'build', '--silent'], root);
  }

  step(`npm pack into ${work}`);
  const tarballs = packTarballs(work);
  console.log(`${basename(tarballs.browser)}, ${basename(tarballs.server)}`);

  const browser = await launchChromium();
  const report = [];
  const failures = [];
  const check = async (url, label) => {
    const result = await checkTheme(browser, url, label);
    console.log(result.lines.join('\n'));
    report.push(...result.lines);
    failures.push(...result.failures);
  };
  const durations = [];
  try {
    for (const name of apps) {
      const appStarted = performance.now();
      await APPS[name]({ tarballs, browser, check });
      durations.push(`  ${name.padEnd(8)} ${seconds(appStarted)}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`\nTheme colours in Chromium (docs/look-and-feel.md):\n${report.join('\n')}`);
  console.log(`\nDuration per app (install, build, checks):\n${durations.join('\n')}`);
  if (failures.length > 0) {
    throw new Error(`${failures.length} colour check(s) failed:\n  ${failures.join('\n  ')}`);
  }
}

try {
  await main();
  console.log('\nconsumer test passed');
} catch (error) {
  console.error(`\nconsumer test FAILED at step ${stepNumber}: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP_TMP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  console.log(`consumer test took ${seconds(started)} (temp apps removed)`);
}
