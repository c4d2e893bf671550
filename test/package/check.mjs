// `npm run check:package` (after `npm run build`): what `npm pack` would publish, checked.
// 1. the tarball holds the built entries and nothing dev-only (tests, stories, demo, bench,
//    sourcemaps of anything but src/); 2. every `exports` target is in it; 3. `sideEffects`
//    keeps the CSS and frees everything else; 4. every package the built JS or the public
//    .d.ts files import is a dependency or peer; 5. publint --strict and attw are clean.
// Exits 1 on any problem. Run from the package root (or pass it as the first argument).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const problem = (message) => problems.push(message);
const step = (message) => console.log(`\n== ${message}`);

// --- 1. tarball contents -----------------------------------------------------------------
step('npm pack --dry-run');
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], {
    cwd: root,
    encoding: 'utf8',
  }),
);
const files = new Set(packed.files.map((f) => f.path));
console.log(
  `${packed.filename}: ${files.size} files, ${(packed.size / 1000).toFixed(1)} kB packed, ` +
    `${(packed.unpackedSize / 1000).toFixed(1)} kB unpacked`,
);

const REQUIRED = [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/server.js',
  'dist/brand-marks.js',
  'dist/styles.css',
  'dist/types/index.d.ts',
  'dist/types/server/index.d.ts',
  'dist/types/brand-marks/index.d.ts',
  'dist/server/testing.js',
  'dist/types/server/testing/index.d.ts',
];
for (const path of REQUIRED) if (!files.has(path)) problem(`tarball lacks ${path}`);

const DEV_ONLY = [
  /(^|\/)(test|tests|stories|demo|bench|\.storybook|storybook-static|test-results)\//,
  /\.(test|spec|stories|browser\.test|e2e)\.[cm]?[jt]sx?(\.map)?$/,
  /\.d\.ts\.map$/,
  /\.tsbuildinfo$/,
  /mockServiceWorker\.js$/,
  /__screenshots__/,
];
for (const path of files) {
  const topLevel = ['package.json', 'README.md', 'LICENSE', 'LICENSE.md'].includes(path);
  if (!topLevel && !path.startsWith('dist/')) problem(`tarball holds ${path} (outside dist/)`);
  if (DEV_ONLY.some((re) => re.test(path))) problem(`tarball holds dev-only ${path}`);
}

// Sourcemaps ship for the library code only, self-contained (sourcesContent), since src/
// itself is not in the tarball.
for (const path of [...files].filter((p) => p.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(join(root, path), 'utf8'));
  const missing = map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string');
  if (missing.length > 0) problem(`${path}: no sourcesContent for ${missing.join(', ')}`);
  for (const source of map.sources) {
    const own = !source.includes('node_modules/');
    if (own && !/^(\.\.\/)+src\//.test(source))
      problem(`${path} maps a non-library file ${source}`);
  }
}

// --- 2. exports targets ------------------------------------------------------------------
step('exports');
function targets(value, trail) {
  if (typeof value === 'string') return [[trail, value]];
  const keys = Object.keys(value);
  // Conditions are matched in order: "types" must come first or TypeScript may miss it.
  if (keys.includes('types') && keys[0] !== 'types') problem(`exports${trail}: "types" not first`);
  return keys.flatMap((key) => targets(value[key], `${trail}.${key}`));
}
const exported = Object.entries(pkg.exports).flatMap(([key, value]) =>
  targets(value, `["${key}"]`),
);
for (const [trail, target] of exported) {
  const path = posix.normalize(target);
  const ok = files.has(path);
  console.log(`${ok ? 'ok  ' : 'MISS'} exports${trail} -> ${target}`);
  if (!ok) problem(`exports${trail} points at ${target}, which is not in the tarball`);
}
for (const key of ['.', './server', './server/testing', './brand-marks']) {
  const entry = pkg.exports[key];
  if (typeof entry !== 'object' || !entry.types || !entry.import) {
    problem(`exports["${key}"] needs "types" and "import" conditions`);
  }
}
if (pkg.type !== 'module') problem('package.json "type" must be "module" (ESM-only package)');

// --- 3. sideEffects ----------------------------------------------------------------------
step('sideEffects');
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')}$`,
  );
const sideEffects = pkg.sideEffects;
if (!Array.isArray(sideEffects)) {
  problem('"sideEffects" must be a list naming the CSS only');
} else {
  const patterns = sideEffects.map(globToRegExp);
  // Bundlers match patterns without a slash against the file name, others against the path.
  const hasSideEffects = (path) =>
    sideEffects.some((glob, i) =>
      patterns[i].test(glob.includes('/') ? path : posix.basename(path)),
    );
  for (const path of files) {
    if (!/\.(js|css)$/.test(path)) continue;
    const expected = path.endsWith('.css');
    const actual = hasSideEffects(path);
    console.log(`${actual === expected ? 'ok  ' : 'BAD '} ${path}: side effects ${actual}`);
    if (actual !== expected) problem(`sideEffects marks ${path} as ${actual}, want ${expected}`);
  }
}

// --- 4. imported packages are declared ---------------------------------------------------
step('imported packages');
const declared = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
const builtins = new Set(builtinModules);
const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
function checkImports(path, text) {
  for (const [, specifier] of text.matchAll(IMPORT)) {
    if (specifier.startsWith('.')) continue;
    const name = packageName(specifier);
    if (specifier.startsWith('node:') || builtins.has(name)) continue;
    if (!declared.has(name)) problem(`${path} imports ${specifier}, not a dependency or peer`);
  }
}
for (const path of files) if (path.endsWith('.js')) checkImports(path, read(path));

// Declarations reachable from the public entries (unreachable ones cannot leak a type).
const seen = new Set();
const queue = [
  'dist/types/index.d.ts',
  'dist/types/server/index.d.ts',
  'dist/types/brand-marks/index.d.ts',
  'dist/types/server/testing/index.d.ts',
];
while (queue.length > 0) {
  const path = queue.pop();
  if (seen.has(path) || !files.has(path)) continue;
  seen.add(path);
  const text = read(path);
  checkImports(path, text);
  for (const [, specifier] of text.matchAll(IMPORT)) {
    if (!specifier.startsWith('.')) continue;
    const base = posix.join(posix.dirname(path), specifier).replace(/\.js$/, '');
    queue.push(`${base}.d.ts`, `${base}/index.d.ts`);
  }
}
console.log(`${seen.size} public declaration files, imports from: ${[...declared].join(', ')}`);

function read(path) {
  return readFileSync(join(root, path), 'utf8');
}

// --- 5. publint and attw -----------------------------------------------------------------
const bin = (name) =>
  join(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.bin', name);
function tool(title, command, args) {
  step(title);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) problem(`${title} failed (exit ${result.status ?? result.signal})`);
}
tool('publint --strict', bin('publint'), ['--strict']);
// ESM-only by design: the esm-only profile skips the node10 and node16-from-CJS resolution
// modes (CommonJS `require`), and styles.css has no types to find.
tool('attw --pack --profile esm-only', bin('attw'), [
  '--pack',
  '.',
  '--profile',
  'esm-only',
  '--exclude-entrypoints',
  './styles.css',
]);

console.log('');
if (problems.length > 0) {
  console.error(`check:package: ${problems.length} problem(s)\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log('check:package: the package is clean');
