// `npm run check:snippets`: every TypeScript block in README.md, CHANGELOG.md and docs/**/*.md
// compiles as a complete module, the way a stranger pastes it into a fresh app: `strict` and
// `exactOptionalPropertyTypes` on, the kit's entries resolved to this checkout's src/
// (the same types the built .d.ts carry). JavaScript blocks must parse.
//
// Block tags (the words after the language on the fence):
//   ```ts / ```tsx            type-checked, each block its own module (imports included)
//   ```js / ```mjs / ```jsx    parsed (syntax errors fail), not type-checked
//   ```tsx fragment           not compiled: one prop or one line shown inside a larger whole
//                             that the page shows complete elsewhere. Keep these rare.
//   ```tsx title="app/x.tsx"  on a docs/hosts page only: a file of a host app. Not compiled
//                             here (it imports next/*, hono, express, its sibling files): the
//                             host-app run (test/hosts/run.mjs, `.ci/run` step "hosts") writes
//                             it into its app and that app's build type-checks it, `strict` and
//                             `exactOptionalPropertyTypes` on. Its page must name the app, and a
//                             block marked as a recipe must match it (test/hosts/generate.mjs).
//   ```sh, ```css, ```http, ```text, ```json, …   not code of ours; left alone
// A fence with no language fails: say what it is.
//
// Compiled blocks may not lean on `any`, `@ts-expect-error`, `@ts-expect-error` or `@ts-nocheck`.
// Things a host provides (its session lookup, its logger) are declared in the block itself
// (`declare function getSession(req: Request): Promise<{ customerId: string } | null>;`).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { docsFiles } from '../test/hosts/generate.mjs';
import { actionLocaleSource, LOCALES, localeSource } from './locales.mjs';
import { fencedBlocks, markdownFiles, root } from './markdown-docs.mjs';

const TYPED = new Set(['ts', 'tsx']);
const PARSED = new Set(['js', 'mjs', 'jsx']);
const FRAGMENT = 'fragment';
const HOSTS_PAGES = 'docs/hosts/';
const FORBIDDEN = [
  [/@ts-(ignore|expect-error|nocheck)\b/, 'a @ts- directive'],
  [/(:\s*any\b|\bas\s+any\b|<any>|\bany\[\])/, '`any`'],
];

// Entry points as package.json exports them, mapped to their source.
const ENTRIES = {
  'saved-card-kit': 'src/index.ts',
  'saved-card-kit/server': 'src/server/index.ts',
  'saved-card-kit/server/testing': 'src/server/testing/index.ts',
  // The server-only package is the same code (packages/server builds src/server).
  '@saved-card-kit/server': 'src/server/index.ts',
  '@saved-card-kit/server/testing': 'src/server/testing/index.ts',
  'saved-card-kit/wallet': 'src/wallet/index.ts',
  ...Object.fromEntries(LOCALES.map((tag) => [`saved-card-kit/locales/${tag}`, localeSource(tag)])),
  ...Object.fromEntries(
    LOCALES.map((tag) => [`saved-card-kit/locales/actions/${tag}`, actionLocaleSource(tag)]),
  ),
  'saved-card-kit/brand-marks': 'src/brand-marks/index.ts',
};

const workDir = join(root, 'node_modules/.cache/doc-snippets');
const problems = [];
const snippets = [];
let fragments = 0;
let hostFiles = 0;
try {
  docsFiles(); // every host page names its app, every recipe block matches its recipe
} catch (error) {
  problems.push(error.message);
}

const only = process.argv.slice(2);
for (const file of only.length ? only : markdownFiles()) {
  for (const block of fencedBlocks(file)) {
    const where = `${file}:${block.line - 1}`;
    if (!block.lang) {
      problems.push(`${where}: a code fence without a language (tag it: ts, tsx, sh, css, …)`);
      continue;
    }
    if (!TYPED.has(block.lang) && !PARSED.has(block.lang)) continue;
    if (block.tags.includes(FRAGMENT)) {
      fragments += 1;
      continue;
    }
    if (TYPED.has(block.lang)) {
      for (const [pattern, what] of FORBIDDEN) {
        if (pattern.test(block.code)) problems.push(`${where}: uses ${what}`);
      }
    }
    if (file.startsWith(HOSTS_PAGES) && block.tags.some((tag) => tag.startsWith('title='))) {
      hostFiles += 1; // compiled by its host app's build
      continue;
    }
    const name = `${file.replace(/[^\w]+/g, '_')}_L${block.line}.${block.lang}`;
    snippets.push({ ...block, name, path: join(workDir, name) });
  }
}

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
for (const snippet of snippets) writeFileSync(snippet.path, `${snippet.code}\n`);

const options = {
  strict: true,
  exactOptionalPropertyTypes: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  allowJs: true,
  checkJs: false,
  noEmit: true,
  types: ['node'],
  baseUrl: root,
  paths: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, [file]])),
};
const program = ts.createProgram(
  snippets.map((snippet) => snippet.path),
  options,
);
const byPath = new Map(snippets.map((snippet) => [snippet.path, snippet]));
const diagnostics = [
  ...program.getSyntacticDiagnostics(),
  ...snippets
    .filter((snippet) => TYPED.has(snippet.lang))
    .flatMap((snippet) => program.getSemanticDiagnostics(program.getSourceFile(snippet.path))),
];
for (const diagnostic of diagnostics) {
  const snippet = diagnostic.file && byPath.get(diagnostic.file.fileName);
  // The kit's own src is compiled with its own settings by `npm run typecheck`.
  if (!snippet) continue;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
  problems.push(`${snippet.file}:${snippet.line + line}: TS${diagnostic.code} ${message}`);
}

const typed = snippets.filter((snippet) => TYPED.has(snippet.lang)).length;
console.log(
  `${typed} TypeScript blocks type-checked, ${snippets.length - typed} JavaScript blocks parsed, ` +
    `${fragments} fragments skipped, ${hostFiles} host-app files left to their apps' builds ` +
    `(in ${relative(root, workDir)})`,
);
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}\n\n${problems.length} problem(s) in doc snippets.`);
  process.exit(1);
}
