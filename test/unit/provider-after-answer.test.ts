// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { stripeProvider } from '../../src/server/index';
import { streamsAnswers } from '../../src/server/providers/stripe-stream';
import { adyenTarget } from '../fakes/adyen-target';
import type { FailureMode, FakeServer, RecordedRequest } from '../fakes/fake-server';
import { hyperswitchTarget } from '../fakes/hyperswitch-target';
import { scenarios } from '../fakes/provider-scenarios';
import type { StripeFake } from '../fakes/stripe-fake';
import { sdkFor, stripeTarget } from '../fakes/stripe-target';
import { testCtx } from '../helpers/provider-context';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

/** One adapter on its provider's fake, as this suite drives it. */
interface AfterAnswerTarget {
  fake: FakeServer;
  provider(): CardProvider;
  /** Alice's one card, as the browser names it. */
  cardId: string;
  /** Alice's id at the provider. */
  customerId: string;
  isDelete(req: RecordedRequest): boolean;
}

async function fromScenario(name: 'juspay' | 'eximpe'): Promise<AfterAnswerTarget> {
  const s = await scenarios[name]();
  return { ...s, provider: () => s.provider(), customerId: 'alice' };
}

const targets: Record<string, () => Promise<AfterAnswerTarget>> = {
  juspay: () => fromScenario('juspay'),
  eximpe: () => fromScenario('eximpe'),
  stripe: stripeTarget,
  adyen: adyenTarget,
  hyperswitch: hyperswitchTarget,
};

const BUDGET_MS = 500;
// Long enough for an SDK's own retry (Stripe waits 500 ms) or a late timer to show up.
const QUIET_MS = 1500;
// How long after the answer a connection may take to close on a busy machine: the abort is
// sent, not awaited. A trickle left open would run for tens of seconds.
// Generous: on a loaded CI machine the close can be seen late; an open trickle runs for seconds.
const CLOSE_SLACK_MS = 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Operation = 'list' | 'delete';

/** What the provider saw once the handler had answered and everything had time to go quiet. */
interface AfterAnswer {
  status: number;
  answeredAt: number;
  late: RecordedRequest[];
}

describe.each(Object.keys(targets))('%s: nothing reaches the provider after the answer', (name) => {
  let t: AfterAnswerTarget;
  let wallet: HttpWallet;
  beforeEach(async () => {
    t = await (targets[name] as () => Promise<AfterAnswerTarget>)();
    wallet = await httpWallet({
      provider: t.provider(),
      getCustomerId: (req) => (req.headers.get('X-Test-User') === 'alice' ? t.customerId : null),
      rateLimit: false,
      providerTimeoutMs: BUDGET_MS,
    });
  });
  afterEach(async () => {
    await wallet.close();
    await t.fake.close();
  });

  // The Stripe cases carry the finding they close, so a failure names it.
  const finding = (n: number) => (name === 'stripe' ? ` (issue 18 finding ${n})` : '');
  const matches = (op: Operation) => (req: RecordedRequest) =>
    op === 'delete' ? t.isDelete(req) : !t.isDelete(req);

  async function answerThenWait(op: Operation): Promise<AfterAnswer> {
    const response = await (op === 'list' ? wallet.list() : wallet.remove(t.cardId));
    await response.text();
    const answeredAt = Date.now();
    await sleep(QUIET_MS);
    return {
      status: response.status,
      answeredAt,
      late: t.fake.requests.filter((req) => req.at > answeredAt),
    };
  }

  test.each(['list', 'delete'] as const)(
    'a %s answered slower than the budget: 502, and no request after it',
    async (op) => {
      t.fake.delay(BUDGET_MS * 2, matches(op));
      const seen = await answerThenWait(op);
      expect(seen.status).toBe(502);
      expect(seen.late).toEqual([]);
    },
  );

  test.each(['list', 'delete'] as const)(
    `a %s whose connection is reset near the budget: 502, and no request after it (no late retry)${finding(2)}`,
    async (op) => {
      // The reset comes late in the budget, so a retry after a pause would land after the answer.
      t.fake.delay(BUDGET_MS - 200, matches(op));
      t.fake.failNext('reset', 4, matches(op));
      const seen = await answerThenWait(op);
      expect(seen.status).toBe(502);
      expect(seen.late).toEqual([]);
    },
  );

  test.each(['list', 'delete'] as const)(
    `a %s trickled a byte at a time: 502, its connection closed at the answer, nothing after it${finding(9)}`,
    async (op) => {
      t.fake.failNext('slow' satisfies FailureMode, 4, matches(op));
      const seen = await answerThenWait(op);
      expect(seen.status).toBe(502);
      expect(seen.late).toEqual([]);
      const trickled = t.fake.requests.filter(matches(op));
      expect(trickled.length).toBeGreaterThan(0);
      // Below stripe 18.1.1 the SDK reads every answer itself and its timeout only ends an idle
      // socket: the trickle runs on unread by anyone (docs/providers/stripe.md).
      if (name === 'stripe' && !streamsAnswers(sdkFor(t.fake as StripeFake))) return;
      await expect
        .poll(() => trickled.every((req) => req.closedAt !== undefined), { timeout: 3000 })
        .toBe(true);
      for (const req of trickled) {
        expect(req.closedAt, `${req.method} ${req.path} still open`).toBeDefined();
        expect(req.closedAt ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(
          seen.answeredAt + CLOSE_SLACK_MS,
        );
      }
    },
  );

  test.each(['list', 'delete'] as const)(
    'a %s with an already-aborted signal sends nothing',
    async (op) => {
      const provider = t.provider();
      const [card] = await provider.listCards(t.customerId, testCtx());
      if (card === undefined) throw new Error(`${name}: Alice has no card to delete`);
      t.fake.requests.length = 0;
      const controller = new AbortController();
      controller.abort();
      const ctx = { ...testCtx(controller.signal), deadline: Date.now() };
      const call =
        op === 'list'
          ? provider.listCards(t.customerId, ctx)
          : provider.deleteCard(t.customerId, card, ctx);
      await expect(call).rejects.toMatchObject({ kind: 'timeout' });
      await sleep(700);
      expect(t.fake.requests).toEqual([]);
    },
  );
});

describe('stripe: a list answer over 1 MiB (issue 18 finding 9)', () => {
  test('is a 502 where the SDK hands answers over as a stream (stripe >= 18.1.1), as on the fetch adapters', async () => {
    const t = await stripeTarget();
    const sdk = sdkFor(t.fake as StripeFake);
    const wallet = await httpWallet({
      provider: stripeProvider({ stripe: sdk }),
      getCustomerId: () => t.customerId,
      rateLimit: false,
    });
    try {
      t.fake.failNext('huge', 4, (req) => req.path.endsWith('/payment_methods'));
      const response = await wallet.list();
      // An older SDK reads the whole answer itself (docs/providers/stripe.md says so).
      expect(response.status).toBe(streamsAnswers(sdk) ? 502 : 200);
    } finally {
      await wallet.close();
      await t.fake.close();
    }
  });
});

describe('fetch adapters: a trickled answer', () => {
  test('is cut at the budget even through a fetch that no longer hears the signal once the answer began', async () => {
    const s = await scenarios.juspay();
    // As Node 20's fetch can be after a garbage collection: the abort no longer reaches a body
    // being read. The adapter cancels the body itself.
    const deaf: typeof fetch = (input, init) => fetch(input, { ...init, signal: null });
    const wallet = await httpWallet({
      provider: s.provider({ fetch: deaf }),
      getCustomerId: () => 'alice',
      rateLimit: false,
      providerTimeoutMs: BUDGET_MS,
    });
    try {
      s.fake.failNext('slow', 4, (req) => !s.isDelete(req));
      const response = await wallet.list();
      await response.text();
      const answeredAt = Date.now();
      expect(response.status).toBe(502);
      const trickled = s.fake.requests.filter((req) => !s.isDelete(req));
      expect(trickled.length).toBeGreaterThan(0);
      await expect
        .poll(() => trickled.every((req) => req.closedAt !== undefined), { timeout: 3000 })
        .toBe(true);
      for (const req of trickled) {
        expect(req.closedAt ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(
          answeredAt + CLOSE_SLACK_MS,
        );
      }
    } finally {
      await wallet.close();
      await s.fake.close();
    }
  });
});

describe('fetch adapters: an already-aborted signal', () => {
  test('sends nothing, even through a fetch that ignores the signal', async () => {
    const s = await scenarios.juspay();
    try {
      const deaf: typeof fetch = (input, init) => fetch(input, { ...init, signal: null });
      const controller = new AbortController();
      controller.abort();
      await expect(
        s.provider({ fetch: deaf }).listCards('alice', testCtx(controller.signal)),
      ).rejects.toMatchObject({ kind: 'timeout' });
      expect(s.fake.requests).toEqual([]);
    } finally {
      await s.fake.close();
    }
  });
});
