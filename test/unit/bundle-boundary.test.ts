// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCALES } from '../../scripts/locales.mjs';
import { STYLES_SOURCE } from '../../scripts/minify-styles.mjs';
import { browserGraph } from '../helpers/browser-graph';

const outDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-build-'));
const serverOutDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-server-build-'));
const serverConfig = fileURLToPath(
  new URL('../../packages/server/vite.config.ts', import.meta.url),
);

const builtFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
const bareImports = (code: string) =>
  [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"'.][^"']*)["']/g)].map((m) => m[1]);

describe('the built packages', () => {
  beforeAll(async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    await build({
      configFile: serverConfig,
      logLevel: 'silent',
      build: { outDir: serverOutDir, emptyOutDir: true, sourcemap: false },
    });
  }, 60_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(serverOutDir, { recursive: true, force: true });
  });

  test('the browser entry never loads server code', () => {
    const graph = browserGraph(join(outDir, 'index.js'));
    expect(graph.size).toBeGreaterThan(0);
    for (const [file, code] of graph) {
      expect(file).not.toMatch(/server/);
      expect(code).not.toMatch(/src\/server\/|createWalletHandler|toNodeListener|memoryProvider/);
      expect(code).not.toMatch(/from ["']node:/);
    }
  });

  test('the browser package carries no copy of the server code: that ships once, on its own', () => {
    const browserFiles = builtFiles(outDir);
    expect(browserFiles).toContain('index.js');
    for (const file of browserFiles) {
      expect(readFileSync(join(outDir, file), 'utf8')).not.toContain('createWalletHandler');
    }
    expect(readFileSync(join(serverOutDir, 'index.js'), 'utf8')).toContain('createWalletHandler');
    expect(readFileSync(join(serverOutDir, 'testing.js'), 'utf8')).toContain('checkCardProvider');
  });

  test('the server package imports nothing but Node: no React, react-query or Radix', () => {
    const serverFiles = builtFiles(serverOutDir);
    expect(serverFiles.length).toBeGreaterThan(1);
    for (const file of serverFiles) {
      const code = readFileSync(join(serverOutDir, file), 'utf8');
      for (const specifier of bareImports(code)) expect(specifier).toMatch(/^node:/);
    }
  });

  test('ships the browser entry and the stylesheet, with peers left external', () => {
    const browser = [...browserGraph(join(outDir, 'index.js')).values()].join('\n');
    expect(browser).toMatch(/from ["']react["']/);
    expect(browser).toMatch(/from ["']@tanstack\/react-query["']/);
    expect(browser).not.toMatch(/function useQuery\(/);
    expect(readFileSync(join(outDir, 'styles.css'), 'utf8')).toContain('--wallet-danger');
  });

  test('styles.css ships minified and unlowered; styles.source.css keeps the comments', () => {
    const shipped = readFileSync(join(outDir, 'styles.css'), 'utf8');
    const source = readFileSync(join(outDir, 'styles.source.css'), 'utf8');
    expect(shipped).not.toContain('/*');
    // No :dir() left for a host's build to lower into :lang(ar, he, …) (issue 20).
    expect(shipped).not.toContain(':dir(');
    expect(shipped).not.toContain(':lang(');
    expect(source).toBe(readFileSync(STYLES_SOURCE, 'utf8'));
  });

  test('no locale ships in the browser entry: each is its own entry, needing nothing but core', () => {
    const entry = [...browserGraph(join(outDir, 'index.js')).keys()];
    expect(entry.filter((file) => file.includes('/locales/'))).toEqual([]);
    for (const tag of LOCALES) {
      const graph = browserGraph(join(outDir, `locales/${tag}.js`));
      for (const [file, code] of graph) {
        expect(file, tag).toMatch(/\/(locales|core)\//);
        expect(bareImports(code), file).toEqual([]);
      }
    }
  });

  test("nor do the wallet actions' strings: each locale's are an entry of their own", () => {
    const entry = [...browserGraph(join(outDir, 'index.js')).keys()];
    expect(entry.filter((file) => /\/wallet(\/|\.js$)/.test(file))).toEqual([]);
    for (const tag of LOCALES) {
      const graph = browserGraph(join(outDir, `locales/actions/${tag}.js`));
      for (const [file, code] of graph) {
        // English and the pseudo-locale are made from the wallet's own English defaults.
        expect(file, tag).toMatch(/\/(locales|core)\/|\/wallet\/action-messages\.js$/);
        expect(bareImports(code), file).toEqual([]);
      }
    }
  });

  test('brand artwork ships only in its own entry, which needs nothing but React', () => {
    const marks = browserGraph(join(outDir, 'brand-marks.js'));
    const imports = new Set(
      [...marks.values()].flatMap((code) =>
        [...code.matchAll(/from ["']([^"'.][^"']*)["']/g)].map((m) => m[1]),
      ),
    );
    // The JSX runtime only (its dev variant when this build runs under NODE_ENV=test).
    expect(imports.size).toBe(1);
    expect([...imports][0]).toMatch(/^react\/jsx(-dev)?-runtime$/);
    expect([...marks.values()].join('\n')).toContain('0 0 780 500');
    for (const [, code] of browserGraph(join(outDir, 'index.js'))) {
      expect(code).not.toContain('0 0 780 500');
    }
  });
});
