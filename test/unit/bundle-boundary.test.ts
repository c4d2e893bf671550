// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserGraph } from '../helpers/browser-graph';

const outDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-build-'));

describe('the built package', () => {
  beforeAll(async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the browser entry never loads server code', () => {
    const graph = browserGraph(join(outDir, 'index.js'));
    expect(graph.size).toBeGreaterThan(0);
    for (const [file, code] of graph) {
      expect(file).not.toMatch(/server/);
      expect(code).not.toMatch(/src\/server\/|createWalletHandler|toNodeListener|memoryProvider/);
      expect(code).not.toMatch(/from ["']node:/);
    }
  });

  test('ships both entries and the stylesheet, with peers left external', () => {
    const browser = [...browserGraph(join(outDir, 'index.js')).values()].join('\n');
    expect(browser).toMatch(/from ["']react["']/);
    expect(browser).toMatch(/from ["']@tanstack\/react-query["']/);
    expect(browser).not.toMatch(/function useQuery\(/);
    expect(readFileSync(join(outDir, 'server.js'), 'utf8')).toMatch(/\bcreateWalletHandler\b/);
    expect(readFileSync(join(outDir, 'styles.css'), 'utf8')).toContain('--wallet-danger');
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
