// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { memoryProvider, ProviderError } from '../../src/server/index';
import type {
  ConformanceFixture,
  ConformanceReport,
  FaultHook,
} from '../../src/server/testing/index';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { card } from '../helpers/cards';

const seed = () => ({
  alice: [card({ id: 'card_a1' }), card({ id: 'card_a2', last4: '4444' })],
  bob: [card({ id: 'card_b1', last4: '0005' })],
});

const fixture = (extra: Partial<ConformanceFixture> = {}): ConformanceFixture => ({
  customerId: 'alice',
  otherCustomerId: 'bob',
  cards: seed(),
  ...extra,
});

const failed = (report: ConformanceReport) =>
  report.scenarios
    .filter((scenario) => scenario.status === 'failed')
    .map((scenario) => scenario.id);

describe('checkCardProvider finds what is wrong', () => {
  test('a correct adapter with no fault hook passes, the fault scenarios reported as skipped', async () => {
    const report = await checkCardProvider(() => memoryProvider(seed()), fixture());
    expect(report.ok).toBe(true);
    expect(report.summary).toBe('9 scenarios: 7 passed, 2 skipped, 0 failed');
    expect(report.scenarios.filter((s) => s.status === 'skipped').map((s) => s.id)).toEqual([
      'not-found-impostor',
      'timeout',
    ]);
    expect(formatReport(report)).toContain(
      '– timeout: Timeouts end at the handler’s budget\n    – a list that hangs',
    );
  });

  test('an adapter that lists every customer’s cards fails shape and ownership', async () => {
    const make = (): CardProvider => {
      const inner = memoryProvider(seed());
      return {
        listCards: async (_customerId, ctx) => [
          ...(await inner.listCards('alice', ctx)),
          ...(await inner.listCards('bob', ctx)),
        ],
        deleteCard: (customerId, target, ctx) => inner.deleteCard(customerId, target, ctx),
      };
    };
    const report = await checkCardProvider(make, fixture());
    expect(report.ok).toBe(false);
    expect(failed(report)).toEqual(expect.arrayContaining(['list-shape', 'ownership']));
  });

  test('an adapter that trusts the provider’s expired flag fails the shape check', async () => {
    const make = (): CardProvider => {
      const inner = memoryProvider({
        ...seed(),
        alice: [...seed().alice, card({ id: 'card_old', expiryYear: 2020 })],
      });
      return {
        listCards: async (customerId, ctx) =>
          (await inner.listCards(customerId, ctx)).map((c) => ({ ...c, expired: false })),
        deleteCard: (customerId, target, ctx) => inner.deleteCard(customerId, target, ctx),
      };
    };
    const report = await checkCardProvider(
      make,
      fixture({ cards: { ...seed(), alice: [...seed().alice, { id: 'card_old' }] } }),
    );
    expect(report.failures).toContain(
      "list-shape › every card has the card contract's shape, expired month-inclusive: card card_old: expired is not computed month-inclusive (the card contract)",
    );
  });

  test('an adapter that says "deleted" and deletes nothing fails the delete', async () => {
    const make = (): CardProvider => {
      const inner = memoryProvider(seed());
      return { listCards: (c, ctx) => inner.listCards(c, ctx), deleteCard: async () => 'deleted' };
    };
    const report = await checkCardProvider(make, fixture());
    expect(failed(report)).toEqual(
      expect.arrayContaining(['idempotent-delete', 'not-found-honest', 'concurrent-deletes']),
    );
  });

  test('an adapter that ignores the abort fails timeout and abort', async () => {
    let hang: 'list' | 'delete' | null = null;
    const live = { signal: new AbortController().signal, requestId: 'stubborn' };
    // Takes its time whatever the signal says, and acts afterwards.
    const late = <T>(ms: number, work: () => Promise<T>) =>
      new Promise<T>((resolve) => setTimeout(() => resolve(work()), ms));
    const make = (): CardProvider => {
      const inner = memoryProvider(seed());
      hang = null;
      return {
        listCards(c, ctx) {
          if (hang === 'list' || ctx.signal.aborted) {
            hang = null;
            return late(1500, () => inner.listCards(c, live));
          }
          return inner.listCards(c, ctx);
        },
        deleteCard(c, target, ctx) {
          if (hang === 'delete' || ctx.signal.aborted) {
            hang = null;
            return late(1500, () => inner.deleteCard(c, target, live));
          }
          return inner.deleteCard(c, target, ctx);
        },
      };
    };
    const fault: FaultHook = ({ kind, operation }) => {
      if (kind !== 'hang') return false;
      hang = operation;
      return true;
    };
    const report = await checkCardProvider(make, fixture({ fault, timeoutBudgetMs: 200 }));
    expect(failed(report)).toEqual(expect.arrayContaining(['timeout', 'abort']));
    expect(report.failures).toContain('abort › deleteCard with an aborted signal rejects at once');
  }, 20_000);

  test('an adapter that puts the provider’s words in its error fails the leak check', async () => {
    let fail = false;
    const make = (): CardProvider => {
      const inner = memoryProvider(seed());
      return {
        listCards: (c, ctx) => {
          if (fail) {
            fail = false;
            throw new ProviderError('unauthorized', 'Provider says: key sk_live_123 is revoked');
          }
          return inner.listCards(c, ctx);
        },
        deleteCard: (c, target, ctx) => inner.deleteCard(c, target, ctx),
      };
    };
    const fault: FaultHook = ({ kind, operation }) => {
      if (kind !== 'unauthorized' || operation !== 'list') return false;
      fail = true;
      return true;
    };
    const report = await checkCardProvider(make, fixture({ fault, secrets: ['sk_live_123'] }));
    expect(report.failures).toContain(
      'no-leak › no secret or provider text in any answer, log line or audit event',
    );
  });

  test('a fixture it cannot use is refused up front', async () => {
    await expect(
      checkCardProvider(() => memoryProvider(seed()), fixture({ otherCustomerId: 'alice' })),
    ).rejects.toThrow(
      'checkCardProvider: customerId and otherCustomerId must be two different ids',
    );
    await expect(
      checkCardProvider(() => memoryProvider(seed()), fixture({ cards: { alice: seed().alice } })),
    ).rejects.toThrow('needs at least one card for each customer');
  });
});
