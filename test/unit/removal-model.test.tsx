import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createHttpWalletClient, SavedCardList, WalletProvider } from '../../src/index';
import { card } from '../helpers/cards';
import { createHeldBackend } from '../helpers/held-backend';
import { testQueryClient } from '../helpers/render-wallet';
import { seedFrom } from '../helpers/seed';
import {
  type RemovalModel,
  type RemovalReal,
  removalCommands,
  settle,
} from '../model/removal-model';

const CARDS = 5;
// Fixed in CI so a failure reproduces; `npm run test:fuzz` raises the runs and varies the seed.
const RUNS = Number(process.env.MODEL_RUNS ?? 500);
const SEED = seedFrom(process.env.MODEL_SEED, 20261124, 'MODEL_SEED');

async function setup(): Promise<{ model: RemovalModel; real: RemovalReal }> {
  const ids = Array.from({ length: CARDS }, (_, i) => `card_${i}`);
  const last4 = (id: string) => String(1000 + Number(id.slice(5)) + 1);
  const backend = createHeldBackend(
    ids.map((id) => card({ id, brand: 'unknown', last4: last4(id) })),
  );
  const queryClient = testQueryClient();
  render(
    <WalletProvider
      client={createHttpWalletClient({ fetch: backend.fetch })}
      queryClient={queryClient}
    >
      <SavedCardList />
      <SavedCardList aria-label="Checkout" />
    </WalletProvider>,
  );
  await settle();
  backend.answerList();
  await settle();
  const real: RemovalReal = {
    backend,
    queryClient,
    label: (id) => `Card ending in ${last4(id)}`,
    idOf: (label) => `card_${Number(label.slice(-4)) - 1001}`,
  };
  const model: RemovalModel = {
    server: [...ids],
    cache: [...ids],
    pending: [],
    gone: new Set(),
    listInFlight: false,
    deletesSent: 0,
  };
  return { model, real };
}

describe('optimistic removal, model-based (DESIGN §5)', () => {
  test(`${RUNS} random sequences of removals, answers, refetches and other-tab removals`, async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(removalCommands(CARDS), async (commands) => {
        const { model, real } = await setup();
        try {
          await fc.asyncModelRun(() => ({ model, real }), commands);
          steps += [...commands].length;
        } finally {
          cleanup();
          real.queryClient.clear();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`model test: ${RUNS} sequences, ${steps} commands, seed ${SEED}`);
    expect(steps).toBeGreaterThan(RUNS);
  }, 600_000);
});
