// `npm run check:package` (after `npm run build`): what `npm pack` would publish, checked for
// both packages — saved-card-kit (the browser kit, which re-exports the server package as
// saved-card-kit/server) and @saved-card-kit/server (what a backend installs alone).
// 1. the tarball holds the built entries and nothing dev-only (tests, stories, demo, bench,
//    sourcemaps of anything but src/); 2. every `exports` target is in it; 3. `sideEffects`
//    keeps the CSS and frees everything else; 4. every package the built JS or the public
//    .d.ts files import is a dependency or peer, and the server package names nothing of
//    React's; 5. the server code ships once (the browser package's server entries re-export
//    the server package, at its exact version); 6. publint --strict and attw are clean.
// Exits 1 on any problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../../scripts/locales.mjs';
import { PACKAGE_DIRS } from './pack.mjs';

const bin = (name) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const problems = [];
const step = (message) => console.log(`\n== ${message}`);

/** What a server-only install must not pull in, directly or through a peer. */
const BROWSER_ONLY = /^(react|react-dom|@tanstack\/.*|@radix-ui\/.*)$/;

/** What each package must ship, beyond what its `exports` name. */
const PACKAGES = [
  {
    dir: PACKAGE_DIRS.browser,
    entries: [
      '.',
      './server',
      './server/testing',
      './wallet',
      './brand-marks',
      ...LOCALES.map((tag) => `./locales/${tag}`),
      ...LOCALES.map((tag) => `./locales/actions/${tag}`),
    ],
    // The theme as it ships (minified) and as written (comments kept, for token overrides).
    stylesheets: {
      './styles.css': 'dist/styles.css',
      './styles.source.css': 'dist/styles.source.css',
    },
    // The server entries of the browser package: one line each, re-exporting the server package.
    reexports: {
      'dist/server.js': '@saved-card-kit/server',
      'dist/types/server/index.d.ts': '@saved-card-kit/server',
      'dist/server/testing.js': '@saved-card-kit/server/testing',
      'dist/types/server/testing/index.d.ts': '@saved-card-kit/server/testing',
    },
  },
  { dir: PACKAGE_DIRS.server, entries: ['.', './testing'], reexports: {}, stylesheets: {} },
];

const DEV_ONLY = [
  /(^|\/)(test|tests|stories|demo|bench|\.storybook|storybook-static|test-results)\//,
  /\.(test|spec|stories|browser\.test|e2e)\.[cm]?[jt]sx?(\.map)?$/,
  /\.d\.ts\.map$/,
  /\.tsbuildinfo$/,
  /mockServiceWorker\.js$/,
  /__screenshots__/,
];
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
const builtins = new Set(builtinModules);
const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')}$`,
  );

function checkPackage({ dir, entries, reexports, stylesheets }) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const problem = (message) => problems.push(`${pkg.name}: ${message}`);
  const read = (path) => readFileSync(join(dir, path), 'utf8');

  // --- 1. tarball contents ---------------------------------------------------------------
  step(`${pkg.name}: npm pack --dry-run`);
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], {
      cwd: dir,
      encoding: 'utf8',
    }),
  );
  const files = new Set(packed.files.map((f) => f.path));
  console.log(
    `${packed.filename}: ${files.size} files, ${(packed.size / 1000).toFixed(1)} kB packed, ` +
      `${(packed.unpackedSize / 1000).toFixed(1)} kB unpacked`,
  );
  for (const path of ['package.json', 'README.md']) {
    if (!files.has(path)) problem(`tarball lacks ${path}`);
  }
  for (const path of files) {
    const topLevel = ['package.json', 'README.md', 'LICENSE', 'LICENSE.md'].includes(path);
    if (!topLevel && !path.startsWith('dist/')) problem(`tarball holds ${path} (outside dist/)`);
    if (DEV_ONLY.some((re) => re.test(path))) problem(`tarball holds dev-only ${path}`);
  }
  // Sourcemaps ship for the library code only, self-contained (sourcesContent), since src/
  // itself is not in the tarball.
  for (const path of [...files].filter((p) => p.endsWith('.map'))) {
    const map = JSON.parse(read(path));
    const missing = map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string');
    if (missing.length > 0) problem(`${path}: no sourcesContent for ${missing.join(', ')}`);
    for (const source of map.sources) {
      const own = !source.includes('node_modules/');
      if (own && !/^(\.\.\/)+src\//.test(source)) {
        problem(`${path} maps a non-library file ${source}`);
      }
    }
  }

  // --- 2. exports targets ----------------------------------------------------------------
  step(`${pkg.name}: exports`);
  function targets(value, trail) {
    if (typeof value === 'string') return [[trail, value]];
    const keys = Object.keys(value);
    // Conditions are matched in order: "types" must come first or TypeScript may miss it.
    if (keys.includes('types') && keys[0] !== 'types')
      problem(`exports${trail}: "types" not first`);
    return keys.flatMap((key) => targets(value[key], `${trail}.${key}`));
  }
  const exported = Object.entries(pkg.exports).flatMap(([key, value]) =>
    targets(value, `["${key}"]`),
  );
  for (const [trail, target] of exported) {
    const ok = files.has(posix.normalize(target));
    console.log(`${ok ? 'ok  ' : 'MISS'} exports${trail} -> ${target}`);
    if (!ok) problem(`exports${trail} points at ${target}, which is not in the tarball`);
  }
  for (const key of entries) {
    const entry = pkg.exports[key];
    if (typeof entry !== 'object' || !entry.types || !entry.import) {
      problem(`exports["${key}"] needs "types" and "import" conditions`);
    }
  }
  for (const [key, path] of Object.entries(stylesheets)) {
    if (pkg.exports[key] !== `./${path}`) problem(`exports["${key}"] must be "./${path}"`);
    if (!files.has(path)) problem(`tarball lacks ${path}`);
  }
  // Minified means no comments left; the source keeps them (it is the one to read).
  if (stylesheets['./styles.css'] && files.has(stylesheets['./styles.css'])) {
    if (read(stylesheets['./styles.css']).includes('/*')) problem('styles.css ships unminified');
    if (!read(stylesheets['./styles.source.css']).includes('/*')) {
      problem('styles.source.css lost its comments');
    }
  }
  if (pkg.type !== 'module') problem('package.json "type" must be "module" (ESM-only package)');

  // --- 3. sideEffects --------------------------------------------------------------------
  step(`${pkg.name}: sideEffects`);
  const sideEffects = pkg.sideEffects;
  if (sideEffects !== false && !Array.isArray(sideEffects)) {
    problem('"sideEffects" must be false or a list naming the CSS only');
  } else {
    const globs = sideEffects === false ? [] : sideEffects;
    const patterns = globs.map(globToRegExp);
    // Bundlers match patterns without a slash against the file name, others against the path.
    const hasSideEffects = (path) =>
      globs.some((glob, i) => patterns[i].test(glob.includes('/') ? path : posix.basename(path)));
    for (const path of files) {
      if (!/\.(js|css)$/.test(path)) continue;
      const expected = path.endsWith('.css');
      const actual = hasSideEffects(path);
      console.log(`${actual === expected ? 'ok  ' : 'BAD '} ${path}: side effects ${actual}`);
      if (actual !== expected) problem(`sideEffects marks ${path} as ${actual}, want ${expected}`);
    }
  }

  // --- 4. imported packages are declared -------------------------------------------------
  step(`${pkg.name}: imported packages`);
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
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
  const queue = entries.map((key) => posix.normalize(pkg.exports[key].types));
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
  if (Object.keys(reexports).length === 0) {
    const browserOnly = [...declared].filter((name) => BROWSER_ONLY.test(name));
    if (browserOnly.length > 0) problem(`a server-only install would pull ${browserOnly}`);
  }

  // --- 5. one copy of the server code ----------------------------------------------------
  step(`${pkg.name}: server code`);
  for (const [path, target] of Object.entries(reexports)) {
    const ok = files.has(path) && read(path).trim() === `export * from '${target}';`;
    console.log(`${ok ? 'ok  ' : 'BAD '} ${path} re-exports ${target}`);
    if (!ok) problem(`${path} should only re-export ${target}`);
  }
  const server = JSON.parse(readFileSync(join(PACKAGE_DIRS.server, 'package.json'), 'utf8'));
  if (pkg.name !== server.name) {
    const range = pkg.dependencies?.[server.name];
    if (range !== server.version) {
      problem(
        `depends on ${server.name}@${range}, want exactly ${server.version} (released together)`,
      );
    }
    for (const path of files) {
      if (path.endsWith('.js') && read(path).includes('function createWalletHandler(')) {
        problem(`${path} carries a copy of the server code`);
      }
    }
  }

  // --- 6. publint and attw ---------------------------------------------------------------
  function tool(title, command, args) {
    step(`${pkg.name}: ${title}`);
    const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit' });
    if (result.status !== 0) problem(`${title} failed (exit ${result.status ?? result.signal})`);
  }
  tool('publint --strict', bin('publint'), ['--strict']);
  // ESM-only by design: the esm-only profile skips the node10 and node16-from-CJS resolution
  // modes (CommonJS `require`), and styles.css has no types to find.
  const cssEntries = Object.keys(pkg.exports).filter((key) => key.endsWith('.css'));
  tool('attw --pack --profile esm-only', bin('attw'), [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    ...(cssEntries.length > 0 ? ['--exclude-entrypoints', ...cssEntries] : []),
  ]);
}

for (const spec of PACKAGES) checkPackage(spec);

console.log('');
if (problems.length > 0) {
  console.error(`check:package: ${problems.length} problem(s)\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log('check:package: both packages are clean');
