// @vitest-environment node
import fc from 'fast-check';
import { describe, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { juspayProvider } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { FailureMode } from '../fakes/fake-server';
import type { JuspayFake, JuspayRawCard } from '../fakes/juspay-fake';
import { JUSPAY_AUTH_MESSAGE, startJuspayFake } from '../fakes/juspay-fake';
import type { Command, Tally, Target } from '../helpers/fuzz-drive';
import { commands, drive, expectCovered, FUZZ_RUNS, FUZZ_SEED } from '../helpers/fuzz-drive';
import type { Fault, Model } from '../helpers/fuzz-oracle';
import { FUZZ_SECRET, fuzzWallet, PANS } from '../helpers/fuzz-wallet';

// A real HTTP round trip per provider call: a few runs cover the adapter, memory covers breadth.
const RUNS = Math.max(3, Math.ceil(FUZZ_RUNS / 15));

function raw(reference: string, pan: string, extra: Record<string, unknown>): JuspayRawCard {
  return {
    card_reference: reference,
    card_number: `XXXXXXXXXXXX${pan.slice(-4)}`,
    card_exp_month: '07',
    card_exp_year: '2031',
    card_brand: 'VISA',
    // The BIN and fingerprint are provider fields the adapter must not pass on.
    card_isin: pan.slice(0, 6),
    card_fingerprint: `fp_${pan}`,
    ...extra,
  };
}

/** Alice and Bob as Juspay stores them: names and nicknames hold digits, some a whole PAN. */
function juspayCards(): Record<string, JuspayRawCard[]> {
  return {
    alice: [
      raw('card_a1', PANS[0], { name_on_card: `Asha ${PANS[0]}`, nickname: 'Flat 12' }),
      // Unmasked on purpose: only the last four may come out.
      raw('card_a2', PANS[1], { card_number: PANS[1], nickname: '5105 1051 0510 5100' }),
    ],
    bob: [
      raw('card_b1', PANS[0], { name_on_card: 'Bob 2nd' }),
      raw('card_b2', PANS[2], { card_issuer: `AMEX-${PANS[2]}`, card_exp_year: '2024' }),
    ],
  };
}

const MODES: Readonly<Record<Fault['kind'], FailureMode>> = {
  unavailable: '500',
  timeout: '500',
  bad_response: 'malformed',
  unauthorized: '401',
  not_found: '500',
  crash: 'html',
};

// The fuzzer speaks the memory seed's ids (card_a1, …); Juspay's public ids are digests of
// the card_reference (provider-juspay-delete tests those). Here each card is shown under its
// reference, so the same requests reach the same cards; the adapter's delete is untouched.
async function underReferences(inner: CardProvider, references: string[]): Promise<CardProvider> {
  const byId = new Map(
    await Promise.all(references.map(async (ref) => [await juspayCardId(ref), ref] as const)),
  );
  return {
    async listCards(customerId, ctx) {
      const cards = await inner.listCards(customerId, ctx);
      return cards.map((card) => ({ ...card, id: byId.get(card.id) ?? card.id }));
    },
    deleteCard: (customerId, card, ctx) => inner.deleteCard(customerId, card, ctx),
  };
}

async function target(fake: JuspayFake): Promise<Target> {
  const references = Object.values(juspayCards()).flatMap((cards) =>
    cards.map((card) => card.card_reference),
  );
  const provider = await underReferences(
    juspayProvider({ apiKey: fake.apiKey, merchantId: fake.merchantId, baseUrl: fake.url }),
    references,
  );
  let armed: object | null = null;
  return {
    wallet: fuzzWallet(provider),
    arm(fault) {
      armed = null;
      if (fault === null) return;
      // A fresh token per request: a fault the request never reached can never fire later.
      const token = {};
      armed = token;
      const path = fault.on === 'list' ? '/cards' : '/card/delete';
      // Several times over: the adapter retries an idempotent list once after a 5xx.
      fake.failNext(MODES[fault.kind], 4, (req) => armed === token && req.path.startsWith(path));
    },
    state: async () => new Map(['alice', 'bob'].map((id) => [id, fake.references(id)])),
    secrets: () => [
      fake.apiKey,
      ...fake.issuedTokens,
      JUSPAY_AUTH_MESSAGE,
      'Invalid Input data',
      'invalid card token',
      'Bad Gateway',
    ],
    scanLogs: true,
  };
}

async function run(steps: Command[], tally: Tally): Promise<void> {
  const fake = await startJuspayFake({ apiKey: FUZZ_SECRET, cards: juspayCards() });
  try {
    const model: Model = {
      cards: new Map([
        ['alice', ['card_a1', 'card_a2']],
        ['bob', ['card_b1', 'card_b2']],
      ]),
      hits: new Map(),
    };
    await drive(await target(fake), model, steps, tally);
  } finally {
    await fake.close();
  }
}

const FAULTS: fc.Arbitrary<Fault | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      on: fc.constantFrom<Fault['on']>('list', 'delete'),
      // No `crash`: an adapter on HTTP always answers with a ProviderError (an HTML page is a
      // bad_response), so only the memory fuzzer can throw a foreign error.
      kind: fc.constantFrom<Fault['kind']>('unavailable', 'bad_response', 'unauthorized'),
    }),
  },
);

describe('createWalletHandler under fuzzed requests (Juspay adapter on its fake)', () => {
  test('oracle-exact answers; 5xx only from an injected failure; no key, token, provider text or PAN out', async () => {
    const tally: Tally = new Map();
    await fc.assert(
      fc.asyncProperty(commands(FAULTS, 8), (steps) => run(steps, tally)),
      { seed: FUZZ_SEED + 2, numRuns: RUNS },
    );
    if (RUNS >= 20) expectCovered(tally, ['list 200', 'delete 200', 'delete 404']);
  }, 60_000);
});
