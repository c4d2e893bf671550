// The public API of every entry, as API Extractor reports it from the emitted declarations:
// one api/<entry>.api.md per package.json export. A changed export is then a reviewed diff.
//
//   node scripts/api-report.mjs            (npm run api:check) fails with a diff when the code's
//                                          API differs from the committed reports
//   node scripts/api-report.mjs --update   (npm run api:update) rewrites the reports
//
// Declarations are emitted fresh into .cache/api-report (dist/ is left alone), so the reports
// never lag behind src/. Not under node_modules: API Extractor takes anything there for a
// dependency and would report only re-exports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { LOCALES } from './locales.mjs';
import { root } from './markdown-docs.mjs';

/** Each entry of package.json "exports" with types, and the report it gets. */
export const API_ENTRIES = [
  { name: 'saved-card-kit', types: 'index.d.ts', report: 'saved-card-kit' },
  { name: 'saved-card-kit/wallet', types: 'wallet/index.d.ts', report: 'wallet' },
  { name: 'saved-card-kit/server', types: 'server/index.d.ts', report: 'server' },
  {
    name: 'saved-card-kit/server/testing',
    types: 'server/testing/index.d.ts',
    report: 'server-testing',
  },
  ...LOCALES.map((tag) => ({
    name: `saved-card-kit/locales/${tag}`,
    types: `locales/${tag.toLowerCase()}.d.ts`,
    report: `locales-${tag}`,
  })),
  ...LOCALES.map((tag) => ({
    name: `saved-card-kit/locales/actions/${tag}`,
    types: `locales/actions/${tag.toLowerCase()}.d.ts`,
    report: `locales-actions-${tag}`,
  })),
  { name: 'saved-card-kit/brand-marks', types: 'brand-marks/index.d.ts', report: 'brand-marks' },
];

const QUIET = new Set([
  'console-api-report-created',
  'console-api-report-copied',
  'console-compiler-version-notice',
]);
const update = process.argv.includes('--update');
const reportDir = join(root, 'api');
const cache = join(root, '.cache/api-report');
const typesDir = join(cache, 'types');
const freshDir = join(cache, 'reports');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync(cache, { recursive: true, force: true });
mkdirSync(freshDir, { recursive: true });
// The browser entries, then the server's (which builds in packages/server from src/server);
// both write under one folder, laid out like src/.
for (const project of ['tsconfig.build.json', 'packages/server/tsconfig.build.json']) {
  run(process.execPath, [
    join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    project,
    '--outDir',
    typesDir,
  ]);
}
run(process.execPath, [join(root, 'scripts/fix-dts-specifiers.mjs'), typesDir]);

const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const entry of API_ENTRIES) {
  const subpath = `.${entry.name.slice('saved-card-kit'.length)}`;
  const declared = exports[subpath]?.types;
  if (declared !== `./dist/types/${entry.types}`) {
    console.error(
      `package.json exports["${subpath}"].types is ${declared}; the API report expects ./dist/types/${entry.types}`,
    );
    process.exit(1);
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(typesDir, entry.types),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: ['node'],
            skipLibCheck: true,
          },
          files: [join(typesDir, entry.types)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry.report,
        reportFolder: freshDir,
        reportTempFolder: join(cache, 'temp'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // The kit does not use release tags (@public/@beta): every export is public.
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          // Doc comments are reviewed in the code, not here.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
          // A public signature naming a type no entry exports: kept in the report as a
          // warning line, so it shows in review.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: join(root, 'api/api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, {
    localBuild: true,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // Each report is written fresh into the cache; the notices about that are noise here.
      if (QUIET.has(message.messageId)) message.handled = true;
    },
  });
  if (!result.succeeded) {
    console.error(`API Extractor failed on ${entry.name}`);
    process.exit(1);
  }
}

const fresh = readdirSync(freshDir).filter((name) => name.endsWith('.api.md'));
if (update) {
  mkdirSync(reportDir, { recursive: true });
  for (const name of readdirSync(reportDir)) {
    if (name.endsWith('.api.md') && !fresh.includes(name)) rmSync(join(reportDir, name));
  }
  for (const name of fresh)
    writeFileSync(join(reportDir, name), readFileSync(join(freshDir, name)));
  console.log(
    `api/: ${fresh.length} reports written. Review the diff (git diff api/) and commit it.`,
  );
  process.exit(0);
}

let changed = 0;
const committed = existsSync(reportDir)
  ? readdirSync(reportDir).filter((name) => name.endsWith('.api.md'))
  : [];
for (const name of new Set([...fresh, ...committed])) {
  const before = join(reportDir, name);
  const after = join(freshDir, name);
  const same =
    existsSync(before) &&
    existsSync(after) &&
    readFileSync(before, 'utf8') === readFileSync(after, 'utf8');
  if (same) continue;
  changed += 1;
  const diff = spawnSync(
    'diff',
    [
      '-u',
      '--label',
      `api/${name} (committed)`,
      '--label',
      `api/${name} (from src/)`,
      existsSync(before) ? before : '/dev/null',
      existsSync(after) ? after : '/dev/null',
    ],
    { encoding: 'utf8' },
  );
  console.log(diff.stdout);
}
if (changed > 0) {
  console.error(
    `The public API differs from ${changed} committed report(s) in ${relative(root, reportDir)}/ (diff above).\n` +
      'If the change is meant, run `npm run api:update`, review the diff, add a CHANGELOG entry and commit.',
  );
  process.exit(1);
}
console.log(`Public API matches api/ (${fresh.length} entries).`);
