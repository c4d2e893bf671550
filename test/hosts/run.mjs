// `npm run test:hosts`: the docs' host pages as a stranger would use them. Packs the kit,
// copies test/hosts (one npm workspace, one lockfile) into a temp dir, writes every file the
// docs/hosts/*.md pages hold into their apps (generate.mjs), installs with `npm ci` plus the
// packed kit (`--no-save`), then per host: production build, server on 127.0.0.1, and in
// Chromium the shopper's flow (drive.mjs), one screenshot (test-results/hosts/), the theme's
// colours where asked, and for Next.js the same flow through a reverse proxy host.
// Flags: --no-build (pack the existing dist/), --hosts=a,b (pick hosts), --work=DIR (reuse an
// installed copy), KEEP_TMP=1 (keep the temp dir).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../package/chromium.mjs';
import { packTarballs } from '../package/pack.mjs';
import { checkTheme } from '../package/theme-check.mjs';
import { driveHost } from './drive.mjs';
import { writeDocsFiles } from './generate.mjs';
import { HOST_TOKENS } from './host-tokens.mjs';
import { checkHostileCss } from './hostile-css.mjs';
import { HOSTS } from './hosts.mjs';
import { PROXY_HOST, startProxy } from './proxy.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hostsDir = fileURLToPath(new URL('.', import.meta.url));
const shotsDir = join(root, 'test-results/hosts');
const started = performance.now();
const argument = (name) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const picked = argument('hosts')?.split(',');
const reuse = argument('work');
const work = reuse ?? mkdtempSync(join(tmpdir(), 'saved-card-kit-hosts-'));
const env = { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)}s`;
const log = (line) => console.log(`[hosts +${seconds(started)}] ${line}`);

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env });
}

let workspace;
/** A binary of the shared workspace. */
const bin = (name) => join(workspace, 'node_modules/.bin', name);

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a host's server and waits until its page answers. */
async function startServer(host, dir, extraEnv = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const [command, ...args] = host.start(port);
  const child = spawn(command === 'node' ? process.execPath : bin(command), args, {
    cwd: dir,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let closing = false;
  const exited = new Promise((_, reject) =>
    child.on('exit', (code) => {
      if (!closing) reject(new Error(`${host.name} server exited (${code})`));
    }),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answered = await Promise.race([
      fetch(`${origin}/`).then(
        () => true,
        () => false,
      ),
      exited,
    ]);
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`${host.name} did not answer at ${origin}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    close: () => {
      closing = true;
      child.kill();
    },
  };
}

/** Runs `check` against a freshly started server of `host` (with `extraEnv` set). */
async function withServer(host, dir, check, extraEnv) {
  const server = await startServer(host, dir, extraEnv);
  try {
    await check(server.origin);
  } finally {
    server.close();
  }
}

/** The workspace copy, installed; with --work=DIR an earlier copy in DIR/hosts is reused. */
function install() {
  const copy = join(work, 'hosts');
  if (reuse && existsSync(join(copy, 'node_modules'))) {
    log(`reusing ${copy} (files from docs written again)`);
    writeDocsFiles(copy);
    return copy;
  }
  if (!process.argv.includes('--no-build')) {
    log('npm run build');
    run('npm', ['run', 'build', '--silent'], root);
  }
  log(`npm pack into ${work}`);
  // Both packages: the kit's dependency on @saved-card-kit/server is met by its tarball.
  const packed = packTarballs(work);
  const tarballs = [packed.browser, packed.server];
  cpSync(hostsDir, copy, {
    recursive: true,
    filter: (source) => !['node_modules', 'build', 'dist', '.next'].includes(basename(source)),
  });
  const files = writeDocsFiles(copy);
  log(`${files.length} files written from docs/hosts into the apps`);
  const online = ['--no-audit', '--no-fund', '--loglevel=error'];
  const quiet = [...online, '--prefer-offline'];
  log('npm ci (one workspace, one lockfile)');
  run('npm', ['ci', ...quiet], copy);
  log('the packed kit, --no-save');
  // Online: the tarballs' own ranges are resolved afresh (see test/package/consumer.mjs).
  run('npm', ['install', '--no-save', ...online, ...tarballs], copy);
  return copy;
}

async function main() {
  const unknown = (picked ?? []).filter((name) => !HOSTS.some((host) => host.name === name));
  if (unknown.length > 0) throw new Error(`unknown host ${unknown.join(', ')}`);
  workspace = install();
  mkdirSync(shotsDir, { recursive: true });
  const browser = await launchChromium();
  const durations = [];
  const failures = [];
  try {
    for (const host of HOSTS.filter((each) => !picked || picked.includes(each.name))) {
      const hostStarted = performance.now();
      // A failing host is reported and the next one still runs: CI shows every host's state.
      try {
        log(`${host.title}`);
        const dir = join(workspace, host.name);
        for (const [command, ...args] of host.build) {
          const stepStarted = performance.now();
          run(bin(command), args, dir);
          log(`  ${host.name}: ${command} ${args.join(' ')} took ${seconds(stepStarted)}`);
        }
        // Each check gets a fresh server: the flow removes cards from the in-memory seed.
        await withServer(host, dir, async (origin) => {
          const context = await browser.newContext();
          if (host.firstHtml) log(`  ${host.name}: ${await checkFirstHtml(context, host, origin)}`);
          const lines = await driveHost(context, `${origin}${host.page}`, {
            screenshot: join(shotsDir, `${host.name}.png`),
          });
          await context.close();
          for (const line of lines) log(`  ${host.name} at ${origin}: ${line}`);
        });
        if (host.theme) {
          await withServer(host, dir, async (origin) => {
            const result = await checkTheme(browser, `${origin}${host.page}`, host.title, {
              unset: HOST_TOKENS,
            });
            console.log(result.lines.join('\n'));
            failures.push(...result.failures);
          });
        }
        if (host.hostileCss) {
          await withServer(host, dir, async (origin) => {
            const context = await browser.newContext();
            try {
              log(`  ${host.name}: ${await checkHostileCss(context, `${origin}${host.page}`)}`);
            } finally {
              await context.close();
            }
          });
        }
        if (host.proxy) {
          await withServer(host, dir, (origin) => throughProxy(host, origin), host.proxy.env);
        }
      } catch (error) {
        failures.push(`${host.name}: ${error.message}`);
        log(`  ${host.name} FAILED: ${error.message}`);
      }
      durations.push(`  ${host.name.padEnd(16)} ${seconds(hostStarted)}`);
    }
  } finally {
    await browser.close();
    console.log(`\nDuration per host (build, server, Chromium):\n${durations.join('\n')}`);
  }
  if (failures.length > 0)
    throw new Error(`${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
}

/** The server-rendered HTML of the page (no JavaScript run) already holds `host.firstHtml`. */
async function checkFirstHtml(context, host, origin) {
  const answer = await context.request.get(`${origin}${host.page}`);
  const html = await answer.text();
  if (!html.includes(host.firstHtml)) {
    throw new Error(`the first HTML of ${answer.url()} lacks "${host.firstHtml}"`);
  }
  await context.clearCookies();
  return `the first HTML lists "${host.firstHtml}"`;
}

/** The same flow with the browser at http://shop.example, a proxy of the shop's own in front. */
async function throughProxy(host, origin) {
  const proxy = await startProxy(origin);
  const browser = await launchChromium([
    `--host-resolver-rules=MAP ${PROXY_HOST} 127.0.0.1:${proxy.port}`,
  ]);
  try {
    const context = await browser.newContext();
    const lines = await driveHost(context, `http://${PROXY_HOST}${host.page}`, {
      apiBase: `http://127.0.0.1:${proxy.port}`,
    });
    for (const line of lines) log(`  ${host.name} through ${PROXY_HOST}: ${line}`);
  } finally {
    await browser.close();
    proxy.close();
  }
}

try {
  await main();
  log('host apps passed');
} catch (error) {
  console.error(`\nhost apps FAILED: ${error.message ?? error}\n${error.stack ?? ''}`);
  process.exitCode = 1;
} finally {
  if (reuse || process.env.KEEP_TMP) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
