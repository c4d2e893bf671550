// `npm run test:storybook-static`: the static Storybook (what designers review) keeps the theme
// and the right-to-left layout. Builds it with `storybook build` (its production Vite pipeline
// minifies the CSS), serves storybook-static/ on loopback and checks in Chromium the Default
// story's computed colours light and dark (theme-check.mjs) and, in Themes/Right To Left
// English (no lang of its own, so the page's counts), that a nickname sits at the right on an
// English and an Arabic dir="rtl" page (rtl-check.mjs).
// `--no-build` checks an existing storybook-static/.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { checkRtlNicknames } from './rtl-check.mjs';
import { checkTheme } from './theme-check.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'storybook-static');
const STORY = 'iframe.html?id=savedcardlist-reading--default&viewMode=story';
const RTL_STORY = 'iframe.html?id=savedcardlist-themes--right-to-left-english&viewMode=story';
const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const started = performance.now();

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) throw new Error('not a file');
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
    execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', out], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
  }
  const server = await serve(out);
  const browser = await launchChromium();
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    const theme = await checkTheme(
      browser,
      `${origin}/${STORY}`,
      'static Storybook, Reading/Default',
    );
    console.log(`\nTheme colours in Chromium (docs/look-and-feel.md):\n${theme.lines.join('\n')}`);
    const rtl = await checkRtlNicknames(
      browser,
      `${origin}/${RTL_STORY}`,
      'static Storybook, Themes/Right To Left English',
    );
    console.log(`\nRight-to-left nicknames in Chromium:\n${rtl.lines.join('\n')}`);
    const failures = [...theme.failures, ...rtl.failures];
    if (failures.length > 0) {
      throw new Error(`${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  await main();
  console.log(
    `\nstatic Storybook check passed in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
} catch (error) {
  console.error(`\nstatic Storybook check FAILED: ${error.message ?? error}`);
  process.exitCode = 1;
}
