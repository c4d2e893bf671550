// `npm run test:visual`: builds the static Storybook, then runs the screenshot suite
// (playwright.visual.config.ts). `-- --update` refreshes the baselines that changed (and drops
// those of stories that are gone); `-- --no-build` reuses storybook-static/ (CI builds it in
// the step before). Any other argument goes to Playwright as it is.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

// The baselines were drawn with these (Debian fonts-noto-core, fonts-noto-cjk,
// fonts-dejavu-core); without them every text pixel differs, or a script shows as boxes, so
// say so in one sentence instead of 100 failed shots.
const FONTS = [
  'Noto Sans',
  'Noto Sans Devanagari',
  'Noto Sans Arabic',
  'Noto Sans Bengali',
  'Noto Sans Tamil',
  'Noto Sans Telugu',
  'Noto Sans CJK SC',
  'Noto Sans CJK JP',
  'Noto Sans Symbols2',
  'DejaVu Sans',
];

function missingFonts() {
  const listed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  const families = new Set((listed.stdout ?? '').split('\n').flatMap((line) => line.split(',')));
  return FONTS.filter((font) => !families.has(font));
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

/** A port the system says is free now: the demo's, so two runs (or e2e) never collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const args = process.argv.slice(2);
const update = args.includes('--update');
const build = !args.includes('--no-build');
const passOn = args.filter((arg) => arg !== '--update' && arg !== '--no-build');

const missing = missingFonts();
if (missing.length > 0) {
  console.error(
    `The screenshot baselines need the fonts ${missing.join(', ')}: install them with \`apt-get install -y fonts-noto-core fonts-noto-cjk fonts-dejavu-core\` (Debian) and run again.`,
  );
  process.exit(1);
}
if (build) {
  const status = run('npx', ['storybook', 'build', '--quiet']);
  if (status !== 0) process.exit(status);
}
// Chosen once here, so the config's web server and every worker agree on it.
const port = process.env.VISUAL_PORT ?? String(await freePort());
process.exit(
  run(
    'npx',
    [
      'playwright',
      'test',
      '--config',
      'playwright.visual.config.ts',
      ...(update ? ['--update-snapshots=changed'] : []),
      ...passOn,
    ],
    { ...process.env, VISUAL_PORT: port },
  ),
);
