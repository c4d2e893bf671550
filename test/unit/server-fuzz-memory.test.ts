// @vitest-environment node
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { memoryProvider } from '../../src/server/index';
import type { Command, Tally, Target } from '../helpers/fuzz-drive';
import { commands, drive, expectCovered, FUZZ_RUNS, FUZZ_SEED } from '../helpers/fuzz-drive';
import type { Fault, Model } from '../helpers/fuzz-oracle';
import {
  FUZZ_SECRET,
  FUZZ_TOKEN,
  faulty,
  fuzzWallet,
  memorySeed,
  NOW,
  PROVIDER_MESSAGE,
} from '../helpers/fuzz-wallet';

const CUSTOMERS = ['alice', 'bob'];

function freshModel(): Model {
  const seed = memorySeed();
  return {
    cards: new Map(CUSTOMERS.map((id) => [id, (seed[id] ?? []).map((card) => card.id)])),
    hits: new Map(),
  };
}

async function run(steps: Command[], tally: Tally): Promise<void> {
  const memory = memoryProvider(memorySeed(), { now: () => new Date(NOW) });
  const { provider, arm } = faulty(memory);
  const target: Target = {
    wallet: fuzzWallet(provider),
    arm,
    state: async () => new Map(CUSTOMERS.map((id) => [id, memory.peek(id).map((card) => card.id)])),
    secrets: () => [FUZZ_SECRET, FUZZ_TOKEN, PROVIDER_MESSAGE, 'FUZZ_PROVIDER_TEXT'],
    // Log lines too: a crashing provider's message (secrets, a PAN) must not reach them.
    scanLogs: true,
  };
  await drive(target, freshModel(), steps, tally);
}

const FAULTS: fc.Arbitrary<Fault | null> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      on: fc.constantFrom<Fault['on']>('list', 'delete'),
      kind: fc.constantFrom<Fault['kind']>(
        'unavailable',
        'timeout',
        'bad_response',
        'unauthorized',
        'not_found',
        'crash',
      ),
    }),
  },
);

// Each run starts from the seed, so a counterexample shrinks to the few requests that matter.
describe('createWalletHandler under fuzzed requests (memory provider)', () => {
  test('a healthy provider: oracle-exact answers, no 5xx, no stray removal, no leak, one audit per attempt', async () => {
    const tally: Tally = new Map();
    await fc.assert(
      fc.asyncProperty(commands(fc.constant(null), 12), (steps) => run(steps, tally)),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
    if (FUZZ_RUNS >= 100) {
      expectCovered(tally, [
        'list 200',
        'list 401',
        'none 404',
        'none 405',
        'delete 200',
        'delete 400',
        'delete 401',
        'delete 403',
        'delete 404',
        'delete 409',
        'delete 429',
      ]);
    }
  }, 60_000);

  test('injected provider failures surface only as a generic 502 and remove nothing', async () => {
    const tally: Tally = new Map();
    await fc.assert(
      fc.asyncProperty(commands(FAULTS, 8), (steps) => run(steps, tally)),
      { seed: FUZZ_SEED + 1, numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
    if (FUZZ_RUNS >= 100) expectCovered(tally, ['list 502', 'delete 502', 'delete 200']);
  }, 60_000);
});
