// @vitest-environment node
// ISSUE 6 item 3: both entries load in plain Node (a server render, a route handler) without
// reaching for browser globals while their modules evaluate. Checked twice: the sources through
// Vitest, and the built files in a child `node` process, as a host's server would load them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterEach, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'BroadcastChannel',
  'matchMedia',
  'requestAnimationFrame',
];

// Installed as getters that still answer `undefined`, as in Node, and note who asked: even a
// `typeof window` of ours while a module evaluates is seen. React, Radix and TanStack Query
// probe these globals at import on purpose (typeof guards), so only our files count.
const TRAP = `
  globalThis.__touched = [];
  for (const name of ${JSON.stringify(BROWSER_GLOBALS)}) {
    const had = Object.getOwnPropertyDescriptor(globalThis, name);
    if (had && !had.configurable) continue;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const caller = (new Error().stack ?? '').split('\\n')[2] ?? '';
        globalThis.__touched.push(name + ' ' + caller.trim());
        return had && 'value' in had ? had.value : had?.get?.call(globalThis);
      },
    });
  }
`;

type Trapped = typeof globalThis & { __touched?: string[] };
const saved = new Map<string, PropertyDescriptor | undefined>();

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
});

describe('SSR: importing the entries touches no browser global', () => {
  test('the sources, in this Node process', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    for (const name of BROWSER_GLOBALS) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    }
    new Function(TRAP)();

    const browser = await import('../../src/index');
    const server = await import('../../src/server/index');

    const touched = (globalThis as Trapped).__touched ?? [];
    expect(touched.filter((entry) => entry.includes(`${root}src/`))).toEqual([]);
    expect(typeof browser.SavedCardList).toBe('function');
    expect(typeof browser.WalletProvider).toBe('function');
    expect(typeof server.createWalletHandler).toBe('function');
  });

  test('the built dist/index.js and dist/server.js, in a child node process', async () => {
    // Built into a private directory (not dist/, which other scripts rebuild) under
    // node_modules/.cache, so the bare imports resolve to this checkout's packages.
    const out = mkdtempSync(join(root, 'node_modules/.cache/ssr-import-'));
    try {
      await build({
        configFile: false,
        logLevel: 'silent',
        root,
        build: {
          outDir: out,
          emptyOutDir: true,
          minify: false,
          copyPublicDir: false,
          lib: {
            entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [
              /^react($|\/)/,
              /^react-dom($|\/)/,
              /^@tanstack\//,
              /^@radix-ui\//,
              /^node:/,
            ],
          },
        },
      });
      const script = `${TRAP}
        const browser = await import(${JSON.stringify(pathToFileURL(join(out, 'index.js')).href)});
        const server = await import(${JSON.stringify(pathToFileURL(join(out, 'server.js')).href)});
        console.log(JSON.stringify({
          touched: globalThis.__touched,
          browser: Object.keys(browser).length,
          server: typeof server.createWalletHandler,
        }));`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: out,
        encoding: 'utf8',
      });
      const result = JSON.parse(output.trim().split('\n').pop() ?? '{}');
      // The trap works: TanStack Query's own `typeof window` probe was seen.
      expect(result.touched.some((entry: string) => entry.includes('@tanstack/query-core'))).toBe(
        true,
      );
      expect(result.touched.filter((entry: string) => entry.includes(out))).toEqual([]);
      expect(result.browser).toBeGreaterThan(10);
      expect(result.server).toBe('function');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
