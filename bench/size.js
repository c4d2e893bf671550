// `npm run size`: gzip size of the browser entry and the theme against the issue-5 budgets,
// plus a tree-shaking check. Exits 1 when a budget or the check fails. 1 kB = 1000 bytes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'src/index.ts');
const started = performance.now();

const REACT = [/^react($|\/)/, /^react-dom($|\/)/];
// Peers and runtime dependencies: what a host already has or installs beside the kit.
// valibot is bundled into the kit (a dev dependency), so it counts as our code.
const PEERS_AND_DEPS = [...REACT, /^@tanstack\//, /^@radix-ui\//];

const BUDGETS = { own: 8000, css: 3000 };

// Strings only the list, the dialog or the toaster put in the bundle.
const UI_MARKERS = [
  'saved-card-list',
  'alertdialog',
  'wallet-toast',
  'wallet-dialog',
  'remove-button',
];

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Bundles one entry the way a host's bundler would (minified, production) and returns its JS. */
async function bundle(input, external, outDir) {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      minify: true,
      copyPublicDir: false,
      modulePreload: false,
      // Not lib mode: Vite's lib `es` output keeps whitespace, which no host ships.
      rolldownOptions: {
        input: { entry: input },
        preserveEntrySignatures: 'strict',
        external,
        output: { entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      },
    },
  });
  return readFileSync(join(outDir, 'entry.js'), 'utf8');
}

const bareImports = (code) => [
  ...new Set([...code.matchAll(/(?:from|import)\s*["']([^"'.][^"']*)["']/g)].map((m) => m[1])),
];

const tmp = mkdtempSync(join(tmpdir(), 'saved-card-kit-size-'));
try {
  const own = await bundle(entry, PEERS_AND_DEPS, join(tmp, 'own'));
  const withDeps = await bundle(entry, REACT, join(tmp, 'deps'));
  const css = readFileSync(join(root, 'src/styles.css'), 'utf8');

  const scratch = join(tmp, 'use-saved-cards-only.js');
  writeFileSync(
    scratch,
    `import { useSavedCards } from ${JSON.stringify(entry)};\nconsole.log(useSavedCards);\n`,
  );
  const shaken = await bundle(scratch, PEERS_AND_DEPS, join(tmp, 'shaken'));
  const shakenImports = bareImports(shaken);
  const radixImports = shakenImports.filter((name) => name.startsWith('@radix-ui/'));
  const uiFound = UI_MARKERS.filter((marker) => shaken.includes(marker));

  const rows = [
    {
      name: 'own code',
      what: 'src/index.ts; react, react-query, Radix external',
      bytes: own.length,
      gzip: gzip(own),
      budget: BUDGETS.own,
    },
    {
      name: 'with deps',
      what: 'src/index.ts + react-query + Radix; React external',
      bytes: withDeps.length,
      gzip: gzip(withDeps),
      budget: null,
    },
    {
      name: 'styles.css',
      what: 'src/styles.css',
      bytes: css.length,
      gzip: gzip(css),
      budget: BUDGETS.css,
    },
    {
      name: 'useSavedCards only',
      what: 'tree-shaken import of one hook',
      bytes: shaken.length,
      gzip: gzip(shaken),
      budget: null,
    },
  ];
  const treeShaking = {
    ok: radixImports.length === 0 && uiFound.length === 0,
    imports: shakenImports,
    radixImports,
    uiMarkersFound: uiFound,
  };

  console.log('\nsaved-card-kit size (minified, gzip -9, 1 kB = 1000 B)\n');
  for (const row of rows) {
    const figure = kB(row.gzip).padStart(9);
    const verdict =
      row.budget === null
        ? ''
        : ` / ${row.budget / 1000} kB ${row.gzip <= row.budget ? '✓' : '✗ over budget'}`;
    console.log(`  ${row.name.padEnd(19)}${figure}${verdict.padEnd(20)}  ${row.what}`);
  }
  console.log(
    `  tree-shaking        ${treeShaking.ok ? '✓' : '✗'} useSavedCards alone imports ${
      shakenImports.join(', ') || 'nothing'
    }${radixImports.length ? ` (Radix: ${radixImports.join(', ')})` : ''}${
      uiFound.length ? `; UI code found: ${uiFound.join(', ')}` : '; no list, dialog or toast code'
    }`,
  );

  const overBudget = rows.filter((row) => row.budget !== null && row.gzip > row.budget);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n  ${seconds.toFixed(1)} s`);
  writeFileSync(
    join(root, 'bench/size-results.json'),
    `${JSON.stringify(
      {
        unit: 'bytes (gzip level 9 of minified production output)',
        rows: rows.map(({ name, what, bytes, gzip: gz, budget }) => ({
          name,
          what,
          minified: bytes,
          gzip: gz,
          budget,
        })),
        treeShaking,
      },
      null,
      2,
    )}\n`,
  );
  if (overBudget.length > 0 || !treeShaking.ok) {
    for (const row of overBudget) {
      console.error(`over budget: ${row.name} ${kB(row.gzip)} > ${kB(row.budget)}`);
    }
    if (!treeShaking.ok) console.error('tree-shaking check failed: see the line above');
    process.exitCode = 1;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
