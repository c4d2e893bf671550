import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEvent, CardProvider } from '../../src/server/index';
import { createWalletHandler } from '../../src/server/index';
import { del, list } from '../helpers/server-fixtures';
import type { FailureMode, FakeServer, RecordedRequest } from './fake-server';
import { expectNoLeak } from './provider-harness';

/** One adapter on its fake, as the shared failure suite drives it. */
export interface FailureTarget {
  fake: FakeServer;
  /** The adapter on the fake; `secret` replaces the real credential. */
  provider(secret?: string): CardProvider;
  /** Alice's one card. */
  cardId: string;
  /** The customer id the handler passes for Alice. */
  customerId: string;
  /** Credentials and provider words that must never reach a response or a log. */
  secrets: string[];
  isDelete(req: RecordedRequest): boolean;
  /** Alice's card ids at the fake now. */
  cardsLeft(): string[];
}

// Short, for the tests about the budget running out; every other test gets room, or a busy
// machine turns a 401 or a retried 500 into a timeout (the Stripe SDK's first call is slow).
const BUDGET_MS = 400;
const ROOMY_BUDGET_MS = 5000;

function walletFor(provider: CardProvider, customerId: string, budgetMs = ROOMY_BUDGET_MS) {
  const logs: Array<{ message: string; meta: Record<string, unknown> }> = [];
  const audit: AuditEvent[] = [];
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) => (req.headers.get('X-Test-User') === 'alice' ? customerId : null),
    rateLimit: false,
    providerTimeoutMs: budgetMs,
    audit: (event) => {
      audit.push(event);
    },
    logger: { error: (message, meta) => logs.push({ message, meta }) },
  });
  return { handler, logs, audit };
}

/** The failures every HTTP adapter meets the same way: a generic 502, nothing leaked. */
export function describeProviderFailures(name: string, start: () => Promise<FailureTarget>) {
  describe(`${name} failures`, () => {
    let t: FailureTarget;
    beforeEach(async () => {
      t = await start();
    });
    afterEach(() => t.fake.close());

    async function expect502(response: Response, logs: Array<{ meta: Record<string, unknown> }>) {
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'provider_error', message: expect.any(String) },
      });
      // Request ids are random UUIDs whose digit runs would look like a PAN to the scan.
      const logText = JSON.stringify(logs.map(({ meta }) => ({ ...meta, requestId: undefined })));
      expectNoLeak(`${text} ${logText}`, [...t.secrets, 'wrong_secret_xyz']);
    }

    test('a rejected key is a 502 without the key or the provider’s words', async () => {
      const { handler, logs } = walletFor(t.provider('wrong_secret_xyz'), t.customerId);
      await expect502(await handler(list()), logs);
      expect(logs[0]?.meta).toMatchObject({ provider: name, kind: 'unauthorized', status: 401 });
    });

    test('one 500 on a list is retried and the list succeeds', async () => {
      t.fake.failNext('500', 1, (req) => !t.isDelete(req));
      const response = await walletFor(t.provider(), t.customerId).handler(list());
      expect(response.status).toBe(200);
    });

    test('a 500 on delete is a 502 and is never retried', async () => {
      t.fake.failNext('500', 1, t.isDelete);
      const { handler, logs, audit } = walletFor(t.provider(), t.customerId);
      await expect502(await handler(del(t.cardId)), logs);
      expect(t.fake.requests.filter(t.isDelete)).toHaveLength(1);
      expect(audit.map((event) => event.outcome)).toEqual(['provider_error']);
    });

    test('a 401 on delete is a 502 and the card stays', async () => {
      t.fake.failNext('401', 1, t.isDelete);
      const { handler, logs } = walletFor(t.provider(), t.customerId);
      await expect502(await handler(del(t.cardId)), logs);
      expect(t.cardsLeft()).toContain(t.cardId);
    });

    test.each(['hang', 'slow'] as const)(
      'a list that %ss ends at the handler’s budget as a 502',
      async (mode) => {
        t.fake.failNext(mode, 2, (req) => !t.isDelete(req));
        const { handler, logs } = walletFor(t.provider(), t.customerId, BUDGET_MS);
        const started = Date.now();
        await expect502(await handler(list()), logs);
        expect(Date.now() - started).toBeLessThan(BUDGET_MS + 1000);
        // The handler's budget ran out first: its own timeout, whichever adapter it was.
        expect(logs[0]?.meta).toMatchObject({ kind: 'timeout' });
      },
    );

    test.each(['hang', 'slow'] as const)(
      'a delete that %ss is a 502 audited unknown, and no second delete is sent',
      async (mode) => {
        t.fake.failNext(mode, 1, t.isDelete);
        const { handler, logs, audit } = walletFor(t.provider(), t.customerId, BUDGET_MS);
        const started = Date.now();
        await expect502(await handler(del(t.cardId)), logs);
        expect(Date.now() - started).toBeLessThan(BUDGET_MS + 1000);
        expect(audit.map((event) => event.outcome)).toEqual(['unknown']);
        await new Promise((resolve) => setTimeout(resolve, BUDGET_MS));
        expect(t.fake.requests.filter(t.isDelete)).toHaveLength(1);
      },
    );

    const nonsense: FailureMode[] = ['html404', 'html', 'empty', 'error200', 'malformed'];
    test.each(nonsense)('a %s answer to a list is a 502', async (mode) => {
      t.fake.failNext(mode, 2, (req) => !t.isDelete(req));
      const { handler, logs } = walletFor(t.provider(), t.customerId);
      await expect502(await handler(list()), logs);
      expect(logs[0]?.meta).toMatchObject({ provider: name });
    });

    test.each(nonsense)(
      'a %s answer to a delete is a 502, never "deleted", and the card stays',
      async (mode) => {
        t.fake.failNext(mode, 1, t.isDelete);
        const { handler, logs, audit } = walletFor(t.provider(), t.customerId);
        await expect502(await handler(del(t.cardId)), logs);
        expect(t.cardsLeft()).toContain(t.cardId);
        // A reply the adapter can't read may leave the outcome open; it is never a success.
        expect(['provider_error', 'unknown']).toContain(audit[0]?.outcome);
      },
    );
  });
}
