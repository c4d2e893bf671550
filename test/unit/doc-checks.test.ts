// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

// The docs checks of .ci/run (docs/testing.md, "The docs are checked"), each run on a page
// written here, as CI runs them on README.md and docs/.
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = 'node_modules/.cache/doc-checks-test';
mkdirSync(join(root, dir), { recursive: true });
afterAll(() => rmSync(join(root, dir), { recursive: true, force: true }));

function check(script: string, page: string) {
  const file = `${dir}/${script}-${Math.random().toString(36).slice(2)}.md`;
  writeFileSync(join(root, file), page);
  const run = spawnSync(process.execPath, [`scripts/${script}.mjs`, file], {
    cwd: root,
    encoding: 'utf8',
  });
  return { file, status: run.status, output: run.stdout + run.stderr };
}

const fence = '```';

test('a snippet passing undefined to an optional prop fails under exactOptionalPropertyTypes, at its line', () => {
  const page = [
    '# Page',
    '',
    `${fence}tsx`,
    "import { createHttpWalletClient, WalletProvider } from 'saved-card-kit';",
    'const client = createHttpWalletClient();',
    'const nonce: string | undefined = undefined;',
    'export const app = <WalletProvider client={client} nonce={nonce} />;',
    fence,
  ].join('\n');
  const { file, status, output } = check('check-snippets', page);
  expect(status).toBe(1);
  expect(output).toContain(`${file}:7: TS2375`);

  const fixed = page.replace('nonce={nonce}', '{...(nonce ? { nonce } : {})}');
  expect(check('check-snippets', fixed).status).toBe(0);
}, 120_000); // two type-checks against the kit's src, on a busy machine

test('a snippet must name its language and may not lean on any; fragments are skipped', () => {
  const page = [
    `${fence}\nnpm start\n${fence}`,
    `${fence}ts\nexport const x = JSON.parse('1') as any;\n${fence}`,
    `${fence}tsx fragment\n<SavedCardList undoMs />\n${fence}`,
  ].join('\n\n');
  const { file, status, output } = check('check-snippets', page);
  expect(status).toBe(1);
  expect(output).toContain(`${file}:1: a code fence without a language`);
  expect(output).toContain(`${file}:5: uses \`any\``);
  expect(output).toContain('1 fragments skipped');
  expect(output).toContain('2 problem(s)'); // the fragment, not compilable, is not one
}, 120_000);

test('inline code naming a type no entry exports fails; exports and members pass', () => {
  const bad = check('check-doc-names', 'Its props are `BulkButtonBehaviour`.\n');
  expect(bad.status).toBe(1);
  expect(bad.output).toContain('BulkButtonBehaviour, which no entry exports');

  const good = check(
    'check-doc-names',
    '`useSavedCards()`, `WalletProviderProps`, `redisRateLimitStore(redis)`, `renderCard`, `--wallet-danger`.\n',
  );
  expect(good.status).toBe(0);

  const token = check('check-doc-names', 'Set `--wallet-danger-border`.\n');
  expect(token.status).toBe(1);
  expect(token.output).toContain('--wallet-danger-border is not in src/styles.css');
});

test('a relative link to a missing page or heading fails', () => {
  const dead = check(
    'check-doc-links',
    '[gone](../../../docs/gone.md) and [here](#nowhere)\n\n# Somewhere\n',
  );
  expect(dead.status).toBe(1);
  expect(dead.output).toContain('docs/gone.md does not exist');
  expect(dead.output).toContain('no heading "#nowhere"');

  const path = check('check-doc-links', 'Tested in `test/unit/no-such.test.ts`.\n');
  expect(path.status).toBe(1);
  expect(path.output).toContain('`test/unit/no-such.test.ts` is no file of this repository');

  const live = check(
    'check-doc-links',
    '[server](../../../docs/server.md#mounting-it) [top](#somewhere)\n\n# Somewhere\n',
  );
  expect(live.status).toBe(0);
});
