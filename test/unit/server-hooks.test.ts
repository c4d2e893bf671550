// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/core/types';
import { createHttpWalletClient } from '../../src/index';
import type {
  CardLockReason,
  CardProvider,
  CustomerLockStore,
  HeldLock,
  MemoryProvider,
  WalletHandlerOptions,
} from '../../src/server/index';
import { createWalletHandler, memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { heldProvider } from '../helpers/held-provider';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

const never = <T>() => new Promise<T>(() => {});
// A hung hook would hang the answer: give up well before the test timeout. Elapsed-time
// bounds below are loose (a busy shared machine), far under the 3 s this gives up at.
const patience = () => AbortSignal.timeout(3000);

async function served(options: Partial<WalletHandlerOptions> = {}, ids = ['c1', 'c2']) {
  const provider = memoryProvider({ alice: ids.map((id) => card({ id })) });
  const wallet = await httpWallet({ provider, hookTimeoutMs: 200, ...options });
  open.push(wallet);
  return { ...wallet, provider, ids: () => provider.peek('alice').map((c) => c.id) };
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe('finding 6: hookTimeoutMs bounds every hook and store call', () => {
  test('an audit sink that never settles: the answer comes anyway and the logger says an event was lost', async () => {
    const wallet = await served({ audit: () => never() });
    const { value: response, ms } = await timed(() =>
      fetch(`${wallet.url}/api/wallet/cards/c1`, {
        method: 'DELETE',
        headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1' },
        signal: patience(),
      }),
    );
    expect(response.status).toBe(200);
    expect(ms).toBeLessThan(2500);
    expect(wallet.ids()).toEqual(['c2']);
    expect(wallet.logs).toEqual([
      {
        message: 'saved-card-kit: audit event lost',
        meta: {
          requestId: response.headers.get('x-request-id'),
          outcome: 'deleted',
          reason: 'timeout',
        },
      },
    ]);
  });

  test('a getCustomerId that never settles is a 502 that deletes nothing, audited without a customer', async () => {
    const wallet = await served({ getCustomerId: () => never() });
    const response = await wallet.remove('c1', { headers: {} });
    expect(response.status).toBe(502);
    expect(wallet.ids()).toEqual(['c1', 'c2']);
    expect(wallet.audit).toMatchObject([{ customerId: null, outcome: 'provider_error' }]);
    expect(wallet.logs[0]?.meta).toMatchObject({ hook: 'getCustomerId', reason: 'timeout' });
  });

  test('a rate-limit store that never settles is a 502 that deletes nothing', async () => {
    const wallet = await served({
      rateLimit: { max: 5, windowMs: 60_000, store: { hit: () => never() } },
    });
    const response = await wallet.remove('c1');
    expect(response.status).toBe(502);
    expect(wallet.ids()).toEqual(['c1', 'c2']);
    expect(wallet.audit).toMatchObject([{ customerId: 'alice', outcome: 'provider_error' }]);
  });

  test('a lock store that never hands the lock over is bounded by the budget, not hookTimeoutMs', async () => {
    const customerLock: CustomerLockStore = { acquire: () => never() };
    const wallet = await served({ customerLock, hookTimeoutMs: 50, providerTimeoutMs: 400 });
    const { value: response, ms } = await timed(() => wallet.remove('c1'));
    expect(response.status).toBe(502);
    expect(ms).toBeGreaterThanOrEqual(390);
    expect(wallet.ids()).toEqual(['c1', 'c2']);
  });

  test('a lock store that fails is a 502 that deletes nothing', async () => {
    const customerLock: CustomerLockStore = {
      acquire: async () => {
        throw new Error('lock store down');
      },
    };
    const wallet = await served({ customerLock });
    expect((await wallet.remove('c1')).status).toBe(502);
    expect(wallet.ids()).toEqual(['c1', 'c2']);
  });

  const grant = (overrides: Partial<HeldLock> = {}): HeldLock => ({
    token: 1,
    stillHeld: async () => true,
    renew: async () => true,
    release: async () => undefined,
    ...overrides,
  });

  // A turn on a grant whose fencing checks answer `checks()`: the provider's calls and the
  // checks land in one list, in the order they were made (`list`, `check`, `delete c1`).
  function checkedTurn(checks: () => Promise<boolean>) {
    const inner = memoryProvider({ alice: ['c1', 'c2'].map((id) => card({ id })) });
    const provider = heldProvider(inner);
    const customerLock: CustomerLockStore = {
      acquire: async () =>
        grant({
          stillHeld: () => {
            provider.calls.push('check');
            return checks();
          },
        }),
    };
    return { provider, customerLock, events: provider.calls, ids: () => ids(inner) };
  }

  const ids = (provider: MemoryProvider) => provider.peek('alice').map((c) => c.id);

  // A defaultCardStore that adds its writes to `events`.
  function defaultStore(events: string[], stored: Map<string, string | null>) {
    return {
      get: async (customerId: string) => stored.get(customerId) ?? null,
      set: async (customerId: string, cardId: string | null) => {
        events.push(`store ${cardId}`);
        stored.set(customerId, cardId);
      },
    };
  }

  test.each([
    ['answers that the lock is lost', async () => false],
    ['fails', async (): Promise<boolean> => Promise.reject(new Error('redis down'))],
    ['never settles', () => never<boolean>()],
  ])('a lock whose fencing check %s is a 502 that sends no delete', async (_, check) => {
    const turn = checkedTurn(check);
    const wallet = await served({ provider: turn.provider, customerLock: turn.customerLock });
    expect((await wallet.remove('c1')).status).toBe(502);
    expect(turn.ids()).toEqual(['c1', 'c2']);
    // The list is a read: the check stands before the delete, which is never sent.
    expect(turn.events).toEqual(['list', 'check']);
    expect(wallet.audit).toMatchObject([{ customerId: 'alice', outcome: 'provider_error' }]);
    expect(wallet.logs[0]?.meta).toMatchObject({ hook: 'customerLock' });
  });

  test('a delete asks the lock once, right before the provider delete', async () => {
    const turn = checkedTurn(async () => true);
    const wallet = await served({ provider: turn.provider, customerLock: turn.customerLock });
    expect((await wallet.remove('c1')).status).toBe(200);
    expect(turn.events).toEqual(['list', 'check', 'delete c1']);
    expect(turn.ids()).toEqual(['c2']);
  });

  test('a default kept in the defaultCardStore is not written once the lock is lost', async () => {
    const turn = checkedTurn(async () => false);
    const stored = new Map<string, string | null>();
    const wallet = await served({
      provider: turn.provider,
      customerLock: turn.customerLock,
      defaultCardStore: defaultStore(turn.events, stored),
    });
    const response = await fetch(`${wallet.url}/api/wallet/cards/c2/default`, {
      method: 'PUT',
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1' },
      signal: patience(),
    });
    expect(response.status).toBe(502);
    expect(turn.events).toEqual(['list', 'check']);
    expect(stored.get('alice')).toBeUndefined();
    expect(wallet.logs[0]?.meta).toMatchObject({ hook: 'customerLock', reason: 'lost' });
  });

  test('the default removed, the lock lost after the delete: the next default is not stored, and the delete stands', async () => {
    // Held for the delete, lost by the time the next default would be written.
    const answers = [true, false];
    const turn = checkedTurn(async () => answers.shift() ?? false);
    const stored = new Map<string, string | null>([['alice', 'c1']]);
    const wallet = await served({
      provider: turn.provider,
      customerLock: turn.customerLock,
      defaultCardStore: defaultStore(turn.events, stored),
    });
    const response = await wallet.remove('c1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, id: 'c1', defaultCardId: null });
    expect(turn.events).toEqual(['list', 'check', 'delete c1', 'check']);
    expect(turn.ids()).toEqual(['c2']);
    expect(stored.get('alice')).toBe('c1');
    expect(wallet.logs.map((line) => line.message)).toContain(
      'saved-card-kit: the next default card could not be set',
    );
  });

  test('a lock release that never settles does not hold the answer', async () => {
    const customerLock: CustomerLockStore = {
      acquire: async () => grant({ release: () => never() }),
    };
    const wallet = await served({ customerLock });
    const { value: response, ms } = await timed(() => wallet.remove('c1'));
    expect(response.status).toBe(200);
    expect(ms).toBeLessThan(2500);
    expect(wallet.logs.map((log) => log.message)).toEqual([
      'saved-card-kit: customer lock release failed',
    ]);
  });

  test.each([
    ['never settles', () => never<CardLockReason>()],
    [
      'throws',
      () => {
        throw new Error('subscriptions db down');
      },
    ],
    ['answers something else', () => 'gold' as CardLockReason],
  ])(
    'a lockReason that %s locks the card as `other`: in the list and on delete',
    async (_, hook) => {
      const wallet = await served({ lockReason: hook });
      const listed = await (
        await fetch(`${wallet.url}/api/wallet/cards`, {
          headers: { 'X-Test-User': 'alice' },
          signal: patience(),
        })
      ).json();
      expect(listed.cards.map((c: SavedCard) => c.locked)).toEqual(['other', 'other']);
      const response = await wallet.remove('c1');
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({
        error: { code: 'card_in_use', message: expect.any(String), reason: 'other' },
      });
      expect(wallet.ids()).toEqual(['c1', 'c2']);
    },
  );
});

describe('lockReason and keepAtLeast (docs/server.md)', () => {
  test('lockReason marks the list and refuses that card’s delete with 409 and the reason', async () => {
    const wallet = await served({
      lockReason: (c) => (c.id === 'c2' ? 'subscription' : null),
    });
    const listed = await (await wallet.list()).json();
    expect(listed.cards).toEqual([card({ id: 'c1' }), card({ id: 'c2', locked: 'subscription' })]);
    const refused = await wallet.remove('c2');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      error: { code: 'card_in_use', message: expect.any(String), reason: 'subscription' },
    });
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['in_use']);
    expect((await wallet.remove('c1')).status).toBe(200);
  });

  test('keepAtLeast: with that many cards or fewer each is the last_card, and its delete is 409', async () => {
    const wallet = await served({ keepAtLeast: 1 });
    expect((await (await wallet.list()).json()).cards.map((c: SavedCard) => c.locked)).toEqual([
      undefined,
      undefined,
    ]);
    expect((await wallet.remove('c1')).status).toBe(200);
    expect((await (await wallet.list()).json()).cards).toEqual([
      card({ id: 'c2', locked: 'last_card' }),
    ]);
    const refused = await wallet.remove('c2');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { reason: 'last_card' } });
    expect(wallet.ids()).toEqual(['c2']);
  });

  test('keepAtLeast holds for two deletes in flight at once (both on the customer lock)', async () => {
    const wallet = await served({ keepAtLeast: 1 });
    wallet.provider.setLatency(50);
    const statuses = await Promise.all([wallet.remove('c1'), wallet.remove('c2')]).then((rs) =>
      rs.map((r) => r.status).sort(),
    );
    expect(statuses).toEqual([200, 409]);
    expect(wallet.ids()).toHaveLength(1);
  });

  test('canDelete is refused at creation: silently ignoring a veto would let locked cards go', () => {
    const options = {
      provider: memoryProvider(),
      getCustomerId: () => 'alice',
      canDelete: () => false,
    } as unknown as WalletHandlerOptions;
    expect(() => createWalletHandler(options)).toThrow(/replaced by lockReason/);
  });

  test('the kit’s browser client still reads a list carrying `locked`', async () => {
    const wallet = await served({ lockReason: () => 'pending_payment' });
    const client = createHttpWalletClient({
      baseUrl: `${wallet.url}/api/wallet`,
      fetch: (input, init) =>
        fetch(input, { ...init, headers: { ...init?.headers, 'X-Test-User': 'alice' } }),
    });
    const cards = await client.listCards();
    expect(cards.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('finding 7: hooks get the public card only', () => {
  test('lockReason sees docs/http-contract.md §1 fields, never the provider’s ref or extra fields', async () => {
    const seen: SavedCard[] = [];
    const provider: CardProvider = {
      listCards: async () => [
        Object.assign(card({ id: 'c1', nickname: 'Work' }), {
          providerRef: 'jtok_secret_ref',
          providerToken: 'tok_live_123',
          number: '4111111111111111',
        }),
      ],
      deleteCard: async () => 'deleted',
    };
    const wallet = await httpWallet({
      provider,
      lockReason: (c) => {
        seen.push(c);
        return null;
      },
    });
    open.push(wallet);
    await wallet.list();
    expect((await wallet.remove('c1')).status).toBe(200);
    expect(seen).toEqual([
      card({ id: 'c1', nickname: 'Work' }),
      card({ id: 'c1', nickname: 'Work' }),
    ]);
  });

  test('a card outside the contract (a 16-digit last4) never reaches lockReason; its delete is 404', async () => {
    const seen: SavedCard[] = [];
    const provider: CardProvider = {
      listCards: async () => [card({ id: 'c1', last4: '4111111111111111' })],
      deleteCard: async () => 'deleted',
    };
    const wallet = await httpWallet({
      provider,
      lockReason: (c) => {
        seen.push(c);
        return null;
      },
    });
    open.push(wallet);
    expect((await wallet.remove('c1')).status).toBe(404);
    expect(seen).toEqual([]);
  });
});
