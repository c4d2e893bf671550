// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The vendored marks are generated, never hand-edited: regenerating them from the pinned icon
// package must give exactly the committed files.
test('src/brand-marks matches what npm run brand-marks writes from the icon package', () => {
  const result = spawnSync(process.execPath, ['scripts/generate-brand-marks.mjs', '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(
    'brand marks match react-svg-credit-card-payment-icons (8 files)',
  );
}, 30_000);
