// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'docs/examples/conformance.node-test.mjs');

test('the docs’ node:test example runs under `node --test` against the built entries', async () => {
  // A private package named saved-card-kit, so the example's own imports resolve as a
  // merchant's would (self-reference through "exports"); under node_modules/.cache so bare
  // imports of dependencies resolve to this checkout's packages.
  const dir = mkdtempSync(join(root, 'node_modules/.cache/conformance-node-test-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        outDir: join(dir, 'dist'),
        emptyOutDir: true,
        minify: false,
        copyPublicDir: false,
        lib: {
          entry: { server: 'src/server/index.ts', 'server/testing': 'src/server/testing/index.ts' },
          formats: ['es'],
        },
        rolldownOptions: { external: [/^node:/] },
      },
    });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'saved-card-kit',
        type: 'module',
        exports: {
          './server': pkg.exports['./server'].import,
          './server/testing': pkg.exports['./server/testing'].import,
        },
      }),
    );
    copyFileSync(example, join(dir, 'conformance.node-test.mjs'));
    const run = spawnSync(process.execPath, ['--test', 'conformance.node-test.mjs'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('12 scenarios: 8 passed, 4 skipped, 0 failed; 11 checks skipped');
    expect(run.stdout).toMatch(/# pass 1\n/);
    expect(run.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('docs/providers/README.md shows that example as it is', () => {
  const page = readFileSync(join(root, 'docs/providers/README.md'), 'utf8');
  const body = readFileSync(example, 'utf8').replace(/^\/\/ Run with.*\n/, '');
  expect(page).toContain(body);
});
