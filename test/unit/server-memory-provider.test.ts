// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  isExpired,
  memoryProvider,
  memoryRateLimitStore,
  ProviderError,
} from '../../src/server/index';
import { card } from '../helpers/cards';
import { testCtx } from '../helpers/provider-context';
import { harness, list, seed } from '../helpers/server-fixtures';

const JAN_2026 = () => new Date('2026-01-15T00:00:00Z');

describe('memoryProvider', () => {
  test('lists per customer and unknown customers have none', async () => {
    const provider = memoryProvider(seed());
    expect((await provider.listCards('alice')).map((c) => c.id)).toEqual(['card_a1', 'card_a2']);
    expect(await provider.listCards('nobody')).toEqual([]);
  });

  test('deletes only within the named customer', async () => {
    const provider = memoryProvider(seed());
    expect(await provider.deleteCard('alice', card({ id: 'card_b1' }))).toBe('not_found');
    expect(provider.peek('bob')).toHaveLength(2);
    expect(await provider.deleteCard('alice', card({ id: 'card_a1' }))).toBe('deleted');
    expect(await provider.deleteCard('alice', card({ id: 'card_a1' }))).toBe('not_found');
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['card_a2']);
  });

  test('callers cannot reach its state through seeds, results or added cards', async () => {
    const initial = seed();
    const provider = memoryProvider(initial);
    initial.alice?.pop();
    const listed = await provider.listCards('alice');
    listed.pop();
    (listed[0] as { last4: string }).last4 = '0000';
    const added = card({ id: 'card_a3' });
    provider.addCard('alice', added);
    added.last4 = '9999';
    expect(provider.peek('alice').map((c) => [c.id, c.last4])).toEqual([
      ['card_a1', '4242'],
      ['card_a2', '4444'],
      ['card_a3', '4242'],
    ]);
  });

  test('recomputes expired from the expiry, month-inclusive', async () => {
    const provider = memoryProvider(
      {
        alice: [
          card({ id: 'old', expiryMonth: 12, expiryYear: 2025, expired: false }),
          card({ id: 'this-month', expiryMonth: 1, expiryYear: 2026, expired: true }),
        ],
      },
      { now: JAN_2026 },
    );
    expect((await provider.listCards('alice')).map((c) => c.expired)).toEqual([true, false]);
  });

  test('addCard refuses a duplicate id for the same customer', () => {
    const provider = memoryProvider(seed());
    expect(() => provider.addCard('alice', card({ id: 'card_a1' }))).toThrow(/already has/);
    provider.addCard('bob', card({ id: 'card_a1' }));
  });

  test('reset restores the original seed or loads a new one', async () => {
    const provider = memoryProvider(seed());
    await provider.deleteCard('alice', card({ id: 'card_a1' }));
    provider.reset();
    expect(provider.peek('alice')).toHaveLength(2);
    provider.reset({ carol: [card({ id: 'c1' })] });
    expect(provider.peek('alice')).toEqual([]);
    expect(provider.peek('carol')).toHaveLength(1);
  });

  test('a customer id like __proto__ is an ordinary key', async () => {
    const provider = memoryProvider(JSON.parse('{"__proto__": [{"id": "p1", "brand": "visa"}]}'));
    expect((await provider.listCards('__proto__')).map((c) => c.id)).toEqual(['p1']);
    expect(await provider.listCards('toString')).toEqual([]);
  });

  test('failNextDelete fails one delete with a ProviderError, then recovers', async () => {
    const provider = memoryProvider(seed());
    provider.failNextDelete();
    const error = await provider
      .deleteCard('alice', card({ id: 'card_a1' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'unavailable', provider: 'memory' });
    expect(provider.peek('alice')).toHaveLength(2);
    expect(await provider.deleteCard('alice', card({ id: 'card_a1' }))).toBe('deleted');
  });

  test('failNextDelete("not_found") removes the card and reports not_found', async () => {
    const provider = memoryProvider(seed());
    provider.failNextDelete('not_found');
    expect(await provider.deleteCard('alice', card({ id: 'card_a1' }))).toBe('not_found');
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['card_a2']);
  });

  test('failNextList fails one list', async () => {
    const provider = memoryProvider(seed());
    provider.failNextList('timeout');
    await expect(provider.listCards('alice')).rejects.toMatchObject({ kind: 'timeout' });
    expect(await provider.listCards('alice')).toHaveLength(2);
  });

  test('a call whose budget runs out during the latency changes nothing', async () => {
    const provider = memoryProvider(seed(), { latencyMs: 200 });
    const budget = new AbortController();
    const pending = provider.deleteCard('alice', card({ id: 'card_a1' }), testCtx(budget.signal));
    budget.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'timeout', provider: 'memory' });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(provider.peek('alice')).toHaveLength(2);
  });

  test('an adapter that hands the sandbox its own signal is stopped by that signal', async () => {
    // The handler's budget is still running; the wrapping adapter's own signal has aborted.
    const memory = memoryProvider(seed());
    const { handler } = harness({
      provider: {
        listCards: (customerId, ctx) =>
          memory.listCards(customerId, { ...ctx, signal: AbortSignal.abort() }),
        deleteCard: (customerId, target, ctx) => memory.deleteCard(customerId, target, ctx),
      },
    });
    const response = await handler(list('alice'));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'provider_error' } });
  });

  test('setLatency delays every call', async () => {
    const provider = memoryProvider(seed(), { latencyMs: 0 });
    provider.setLatency(40);
    const started = performance.now();
    await provider.listCards('alice');
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe('isExpired', () => {
  const now = new Date('2026-07-31T23:59:00Z');
  test.each([
    [7, 2026, false],
    [8, 2026, false],
    [6, 2026, true],
    [12, 2025, true],
    [1, 2027, false],
  ])('%i/%i is expired: %s', (month, year, expected) => {
    expect(isExpired(month, year, now)).toBe(expected);
  });
});

describe('memoryRateLimitStore', () => {
  test('counts within a fixed window and starts over after it', async () => {
    let clock = 1_000;
    const store = memoryRateLimitStore({ now: () => clock });
    expect(await store.hit('k', 100)).toEqual({ count: 1, resetAt: 1_100 });
    expect(await store.hit('k', 100)).toEqual({ count: 2, resetAt: 1_100 });
    clock = 1_100;
    expect(await store.hit('k', 100)).toEqual({ count: 1, resetAt: 1_200 });
  });

  test('prunes expired keys so it does not grow forever', async () => {
    let clock = 0;
    const store = memoryRateLimitStore({ now: () => clock });
    for (let i = 0; i < 100; i += 1) await store.hit(`k${i}`, 100);
    expect(store.size()).toBe(100);
    clock = 250;
    await store.hit('fresh', 100);
    expect(store.size()).toBe(1);
  });
});
