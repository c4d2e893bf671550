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
  test('a correct adapter with no fault hook, tap or shared last four passes, every scenario it could not wholly run reported as skipped', async () => {
    const report = await checkCardProvider(() => memoryProvider(seed()), fixture());
    expect(report.ok).toBe(true);
    expect(report.skipped).toBe(12);
    expect(report.summary).toBe('12 scenarios: 7 passed, 5 skipped, 0 failed; 12 checks skipped');
    expect(report.scenarios.filter((s) => s.status === 'skipped').map((s) => s.id)).toEqual([
      'same-last-four',
      'not-found-impostor',
      'timeout',
      'abort',
      'no-leak',
    ]);
    const text = formatReport(report);
    expect(text).toContain(
      '– timeout: Timeouts end at the handler’s budget\n    – a list that hangs',
    );
    expect(text).toContain(
      '    – a delete leaves the other customer’s card with the same last four (needs a card of each customer with the same last4 in fixture.cards)',
    );
    expect(text).toContain(
      '    – no request reaches the provider for a call with an aborted signal (needs fixture.requestTap to see the adapter’s requests to its provider)',
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
    expect(report.failures).toContain(
      'abort › deleteCard with an aborted signal rejects at once: pending',
    );
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
      'no-leak › no secret or provider text, as is or encoded (base64, URL, hex), in any answer, log line, audit event or listed card: fixture.secrets[0] as is in a log line',
    );
  });

  // Its base64 holds '+' and '/', so the URL-safe form differs.
  const secret = 'sk_live_>>?~9a7F/2+x';
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  // "user:" and "key=" leave the secret at the two byte offsets a whole base64 group does not.
  test.each([
    ['base64 behind "user:"', bytes(`user:${secret}`).toString('base64'), 'base64'],
    ['base64 behind "key="', bytes(`key=${secret}`).toString('base64'), 'base64'],
    ['URL-safe base64, unpadded', bytes(secret).toString('base64url'), 'base64 (URL-safe)'],
    ['URL-encoded', encodeURIComponent(secret), 'URL-encoded'],
    ['hex', bytes(secret).toString('hex'), 'hex'],
    ['upper-case hex', bytes(secret).toString('hex').toUpperCase(), 'hex'],
  ])('a secret %s in an error message fails the leak check', async (_how, encoded, form) => {
    let fail = false;
    const make = (): CardProvider => {
      const inner = memoryProvider(seed());
      return {
        listCards: (c, ctx) => {
          if (!fail) return inner.listCards(c, ctx);
          fail = false;
          throw new ProviderError('unauthorized', `refused credentials ${encoded}`);
        },
        deleteCard: (c, target, ctx) => inner.deleteCard(c, target, ctx),
      };
    };
    const fault: FaultHook = ({ kind, operation }) => {
      fail = kind === 'unauthorized' && operation === 'list';
      return fail;
    };
    const report = await checkCardProvider(make, fixture({ fault, secrets: [secret] }));
    expect(report.failures).toEqual([
      `no-leak › no secret or provider text, as is or encoded (base64, URL, hex), in any answer, log line, audit event or listed card: fixture.secrets[0] ${form} in a log line`,
    ]);
  });

  test('a request tap that sees nothing fails, instead of vouching for the abort', async () => {
    const report = await checkCardProvider(
      () => memoryProvider(seed()),
      fixture({ requestTap: 'fetch' }),
    );
    expect(report.failures).toEqual([
      'list-shape › fixture.requestTap saw the list’s requests to the provider: it saw none: the adapter does not send through it',
    ]);
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
