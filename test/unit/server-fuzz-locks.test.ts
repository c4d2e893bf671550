// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CardLockReason } from '../../src/core/types';
import type { CardProvider } from '../../src/server/index';
import { juspayProvider, memoryCustomerLock, memoryProvider } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { RecordingProvider } from '../../src/server/testing/recording-provider';
import { recordingProvider } from '../../src/server/testing/recording-provider';
import { startJuspayFake } from '../fakes/juspay-fake';
import { card } from '../helpers/cards';
import { seedFrom } from '../helpers/seed';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

/** One run: a shopper's cards, the merchant's rules, and a burst of deletes sent at once. */
interface Scenario {
  cardCount: number;
  keepAtLeast: number;
  /** The merchant's `lockReason` answer per card index; absent means not locked. */
  locks: Record<number, Exclude<CardLockReason, 'last_card'>>;
  /** Card indexes deleted at once (repeats are the same card sent twice). */
  deletes: number[];
  /** Handler instances sharing one provider and one customer lock, as behind a balancer. */
  instances: 1 | 2;
  /** Provider latency in ms: enough to interleave the requests' lists and deletes. */
  latencyMs: number;
}

/** A provider under test: the adapter recorded, its real state readable, ids per card index. */
interface Subject {
  provider: RecordingProvider;
  ids: string[];
  remaining(): Promise<string[]>;
  close(): Promise<void>;
}

const SEED = seedFrom(process.env.FUZZ_SEED, 20261130, 'FUZZ_SEED');
// About 60 ms a run (servers, sockets, a burst of deletes): a few seconds in all by default.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const TIMEOUT_MS = Math.max(30_000, RUNS * 250);
const LOCKABLE = ['subscription', 'pending_payment', 'other'] as const;

const scenario: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 6 }).chain((cardCount) =>
  fc.record({
    cardCount: fc.constant(cardCount),
    keepAtLeast: fc.integer({ min: 0, max: 4 }),
    locks: fc.dictionary(
      fc.integer({ min: 0, max: cardCount - 1 }).map(String),
      fc.constantFrom(...LOCKABLE),
      { maxKeys: cardCount },
    ) as fc.Arbitrary<Record<number, Exclude<CardLockReason, 'last_card'>>>,
    deletes: fc.array(fc.integer({ min: 0, max: cardCount - 1 }), { minLength: 1, maxLength: 8 }),
    instances: fc.constantFrom<1 | 2>(1, 2),
    latencyMs: fc.integer({ min: 0, max: 4 }),
  }),
);

async function memorySubject(s: Scenario): Promise<Subject> {
  const ids = Array.from({ length: s.cardCount }, (_, i) => `card_${i}`);
  const inner = memoryProvider(
    { alice: ids.map((id) => card({ id })) },
    { latencyMs: s.latencyMs },
  );
  return {
    provider: recordingProvider(inner),
    ids,
    remaining: async () => inner.peek('alice').map((c) => c.id),
    close: async () => undefined,
  };
}

// The Juspay adapter on its loopback fake: real HTTP to the provider, digest ids, token refs.
async function juspaySubject(s: Scenario): Promise<Subject> {
  const references = Array.from({ length: s.cardCount }, (_, i) => `ref_${i}`);
  const fake = await startJuspayFake({
    cards: {
      alice: references.map((reference) => ({
        card_reference: reference,
        card_number: 'XXXXXXXXXXXX1111',
        card_exp_month: '07',
        card_exp_year: '2031',
        card_brand: 'VISA',
      })),
    },
  });
  if (s.latencyMs > 0) fake.delay(s.latencyMs);
  const ids = await Promise.all(references.map((reference) => juspayCardId(reference)));
  const inner: CardProvider = juspayProvider({
    apiKey: fake.apiKey,
    merchantId: fake.merchantId,
    baseUrl: fake.url,
  });
  return {
    provider: recordingProvider(inner),
    ids,
    remaining: async () =>
      fake.references('alice').map((reference) => ids[references.indexOf(reference)] ?? reference),
    close: fake.close,
  };
}

/** What a run saw: each answer (status, body) in request order, and the provider's calls. */
async function play(s: Scenario, subject: Subject) {
  const lockOf = new Map(
    Object.entries(s.locks).map(([index, reason]) => [subject.ids[Number(index)], reason]),
  );
  const customerLock = memoryCustomerLock();
  const wallets: HttpWallet[] = [];
  for (let i = 0; i < s.instances; i += 1) {
    wallets.push(
      await httpWallet({
        provider: subject.provider,
        customerLock,
        rateLimit: false,
        keepAtLeast: s.keepAtLeast,
        lockReason: (c) => lockOf.get(c.id) ?? null,
      }),
    );
  }
  try {
    const answers = await Promise.all(
      s.deletes.map(async (index, n) => {
        const wallet = wallets[n % wallets.length] as HttpWallet;
        const response = await wallet.remove(subject.ids[index] as string);
        return { index, status: response.status, body: (await response.json()) as unknown };
      }),
    );
    return { answers, lockOf, audit: wallets.flatMap((wallet) => wallet.audit) };
  } finally {
    await Promise.all(wallets.map((wallet) => wallet.close()));
  }
}

/** The invariants of docs/server.md's lockReason and keepAtLeast, whatever the interleaving. */
async function check(s: Scenario, subject: Subject): Promise<void> {
  const { answers, lockOf, audit } = await play(s, subject);
  const remaining = await subject.remaining();
  const deleted = subject.ids.filter((id) => !remaining.includes(id));

  // Never fewer than keepAtLeast cards (or all of them, when there were fewer to start with).
  expect(remaining.length).toBeGreaterThanOrEqual(Math.min(s.cardCount, s.keepAtLeast));
  // A card the merchant locked is never deleted.
  for (const id of lockOf.keys()) expect(remaining).toContain(id);
  // Exactly as many go as the rules allow: serialised, the order changes which, not how many.
  const removable = new Set(s.deletes.map((i) => subject.ids[i]).filter((id) => !lockOf.has(id)));
  expect(deleted).toHaveLength(Math.min(removable.size, Math.max(0, s.cardCount - s.keepAtLeast)));

  for (const { index, status, body } of answers) {
    const id = subject.ids[index] as string;
    const merchantLock = lockOf.get(id);
    if (merchantLock !== undefined) {
      // The merchant's reason wins over last_card.
      expect({ status, body }).toEqual({
        status: 409,
        body: { error: { code: 'card_in_use', message: expect.any(String), reason: merchantLock } },
      });
    } else if (status === 409) {
      // Refused only to keep keepAtLeast cards, and then the card stayed.
      expect(body).toEqual({
        error: { code: 'card_in_use', message: expect.any(String), reason: 'last_card' },
      });
      expect(remaining).toContain(id);
      expect(remaining.length).toBeLessThanOrEqual(s.keepAtLeast);
    } else if (status === 200) {
      expect(body).toEqual({ deleted: true, id });
      expect(deleted).toContain(id);
    } else {
      // The same card sent twice: the one behind finds it gone (idempotent 404), never a 5xx.
      expect(status).toBe(404);
      expect(deleted).toContain(id);
    }
  }
  // One 200 per deleted card, however many times it was sent.
  expect(answers.filter((a) => a.status === 200)).toHaveLength(deleted.length);

  // At most one provider delete per card, and none for a card that stayed.
  const providerDeletes = subject.provider.calls
    .filter((call) => call.operation === 'delete')
    .map((call) => call.cardId);
  expect(providerDeletes.toSorted()).toEqual(deleted.toSorted());

  // Every attempt audited once; a refusal as in_use.
  expect(audit).toHaveLength(s.deletes.length);
  expect(audit.filter((event) => event.outcome === 'in_use')).toHaveLength(
    answers.filter((a) => a.status === 409).length,
  );
}

describe('lockReason and keepAtLeast under concurrent deletes (docs/server.md), over real HTTP', () => {
  test(
    'memoryProvider: never below keepAtLeast, never a locked card, 409 with its reason, one provider delete per card',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          await check(s, await memorySubject(s));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  test(
    'Juspay adapter on its fake provider: the same invariants',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          const subject = await juspaySubject(s);
          try {
            await check(s, subject);
          } finally {
            await subject.close();
          }
        }),
        { seed: SEED + 1, numRuns: Math.ceil(RUNS / 2) },
      );
    },
    TIMEOUT_MS,
  );
});
