// @vitest-environment node
// The built package as a React Server Components host (Next.js App Router) reads it: one file
// per source module, `'use client'` at the top of every module that needs the client (hooks,
// context, Radix), none on the helpers a Server Component calls (cardsQueryOptions, walletKeys,
// WalletError) nor anywhere in the server entries; readable names and source maps throughout.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCALES } from '../../scripts/locales.mjs';
import { browserGraph } from '../helpers/browser-graph';

const outDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-directives-'));
// The server code builds once, as @saved-card-kit/server; saved-card-kit/server re-exports it.
const serverOutDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-directives-server-'));
const serverConfig = fileURLToPath(
  new URL('../../packages/server/vite.config.ts', import.meta.url),
);
let files = new Map<string, string>();
const name = (file: string) => relative(outDir, file);

/** The module's first statement is the directive (comments may come first, nothing else). */
const isClient = (code: string) =>
  /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/.test(code);

const REACT_CLIENT =
  /import\s*\{[^}]*\b(?:use[A-Z]\w*|createContext)\b[^}]*\}\s*from\s*["']react["']/;
const QUERY_CLIENT =
  /import\s*\{[^}]*\b(?:use[A-Z]\w*|QueryClientProvider|QueryClientContext|HydrationBoundary)\b[^}]*\}\s*from\s*["']@tanstack\/react-query["']/;
/** Needs the client: React state, effects or context, react-query's hooks, Radix, or a hook call. */
const needsClient = (code: string) =>
  REACT_CLIENT.test(code) ||
  QUERY_CLIENT.test(code) ||
  /from\s*["']@radix-ui\//.test(code) ||
  /(?<![\w.$])use[A-Z]\w*\(/.test(code);

/** What a Server Component evaluates: the entry's graph, stopping at each 'use client' module. */
function serverGraph(entry: string): Map<string, string> {
  const graph = browserGraph(entry);
  const reached = new Map<string, string>();
  const visit = (file: string) => {
    const code = graph.get(file);
    if (code === undefined || reached.has(file)) return;
    reached.set(file, code);
    if (isClient(code)) return;
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
      if (spec) visit(join(file, '..', spec));
    }
  };
  visit(entry);
  return reached;
}

const holding = (pattern: RegExp) =>
  [...files].filter(([, code]) => pattern.test(code)).map(([file]) => name(file));

describe('the built package, as a Server Components host reads it', () => {
  beforeAll(async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    await build({
      configFile: serverConfig,
      logLevel: 'silent',
      build: { outDir: serverOutDir, emptyOutDir: true },
    });
    files = new Map([
      ...browserGraph(join(outDir, 'index.js')),
      ...browserGraph(join(outDir, 'brand-marks.js')),
      ...browserGraph(join(outDir, 'wallet.js')),
      ...LOCALES.flatMap((tag) => [
        ...browserGraph(join(outDir, `locales/${tag}.js`)),
        ...browserGraph(join(outDir, `locales/actions/${tag}.js`)),
      ]),
    ]);
  }, 60_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(serverOutDir, { recursive: true, force: true });
  });

  test('one file per module: the list, the provider and the hooks each have their own', () => {
    expect(files.size).toBeGreaterThan(30);
    expect(holding(/\bfunction SavedCardList\(/)).toEqual(['ui/saved-card-list.js']);
    expect(holding(/\bfunction WalletProvider\(/)).toEqual(['ui/wallet-provider.js']);
  });

  test("every module using hooks, context or Radix starts with 'use client'", () => {
    const needing = [...files].filter(([, code]) => needsClient(code));
    expect(needing.length).toBeGreaterThan(15);
    const missing = needing.filter(([, code]) => !isClient(code)).map(([file]) => name(file));
    expect(missing).toEqual([]);
  });

  test('cardsQueryOptions, walletKeys and WalletError stay callable from a Server Component', () => {
    const helpers = [
      ...holding(/\bfunction cardsQueryOptions\(/),
      ...holding(/\b(?:const|let|var) walletKeys\b/),
      ...holding(/\bclass WalletError\b|\bWalletError = class\b/),
    ];
    expect(helpers).toEqual([
      'query/cards-query-options.js',
      'query/wallet-keys.js',
      'core/wallet-error.js',
    ]);
    for (const file of helpers) expect(isClient(files.get(join(outDir, file)) ?? '')).toBe(false);
    // Nothing a Server Component evaluates through the entry reaches for the client: each
    // module that would is behind a 'use client' boundary.
    const evaluated = serverGraph(join(outDir, 'index.js'));
    expect([...evaluated.keys()].map(name)).toEqual(expect.arrayContaining(helpers));
    const reaching = [...evaluated]
      .filter(([, code]) => !isClient(code) && needsClient(code))
      .map(([file]) => name(file));
    expect(reaching).toEqual([]);
  });

  test('the entries themselves, the locale and the brand marks carry no directive', () => {
    for (const entry of [
      'index.js',
      'wallet.js',
      'brand-marks.js',
      ...LOCALES.flatMap((t) => [`locales/${t}.js`, `locales/actions/${t}.js`]),
    ]) {
      expect(isClient(files.get(join(outDir, entry)) ?? ''), entry).toBe(false);
    }
    const marks = [...browserGraph(join(outDir, 'brand-marks.js')).values()];
    expect(marks.filter(isClient)).toEqual([]);
  });

  test('the server entries have no directive anywhere', () => {
    const server = [
      ...browserGraph(join(serverOutDir, 'index.js')),
      ...browserGraph(join(serverOutDir, 'testing.js')),
    ];
    // Both entries and the chunk they share (the handler, the core schemas, valibot).
    expect(server.length).toBeGreaterThanOrEqual(3);
    expect(
      server.filter(([, code]) => /["']use client["']/.test(code)).map(([f]) => name(f)),
    ).toEqual([]);
  });

  test('readable ESM: our names as written, no one-letter top-level names, source maps', () => {
    const all = [
      ...files,
      ...browserGraph(join(serverOutDir, 'index.js')),
      ...browserGraph(join(serverOutDir, 'testing.js')),
    ];
    for (const [file, code] of all) {
      expect(code, name(file)).not.toMatch(
        /^(?:export\s+)?(?:function|class|const|let|var)\s+[\w$]\b/m,
      );
      expect(code, name(file)).not.toMatch(/\bas\s+[\w$]\s*[,}]/);
      // A module with code of its own maps back to it (an entry of re-exports has nothing to map).
      if (code.includes('// src/')) {
        expect(code, name(file)).toMatch(/\/\/# sourceMappingURL=[\w.-]+\.js\.map\s*$/);
        expect(existsSync(`${file}.map`), name(file)).toBe(true);
      }
    }
    const browser = [...files.values()].join('\n');
    for (const declared of [
      'function SavedCardList(',
      'function WalletProvider(',
      'function useSavedCards(',
      'function useRemoveCard(',
      'function cardsQueryOptions(',
      'WalletError = class extends Error',
    ]) {
      expect(browser).toContain(declared);
    }
  });
});
