// @vitest-environment node
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SavedCard, WalletError } from '../../src/index';
import { cardsQueryOptions, walletKeys } from '../../src/index';
import { removal } from '../../src/query/remove-command';
import { type CommandReport, createWalletController } from '../../src/query/wallet-controller';
import { settingDefault } from '../../src/wallet/default-command';
import { card } from '../helpers/cards';
import { createDeferredClient } from '../helpers/deferred-client';

// Default changes on the wallet controller, in plain Node: the badge moves in the state at once,
// the PUT leaves from the controller, and a failure moves it back with nothing in the cache changed.

const visa = card({ id: 'visa', last4: '4242', isDefault: true });
const mc = card({ id: 'mc', brand: 'mastercard', last4: '4444' });
const old = card({ id: 'old', last4: '1111', expired: true, expiryYear: 2024 });
const amex = card({ id: 'amex', brand: 'amex', last4: '0005' });
const locked = card({ id: 'locked', last4: '2222', locked: 'subscription' });
const CARDS = [visa, mc, old, amex, locked];

const flush = () => vi.advanceTimersByTimeAsync(0);

async function setup() {
  const backend = createDeferredClient(CARDS);
  const queryClient = new QueryClient();
  const unsubscribe = new QueryObserver(
    queryClient,
    cardsQueryOptions(backend.client, queryClient),
  ).subscribe(() => {});
  await flush();
  backend.waiting('GET').ok();
  await flush();
  const controller = createWalletController(queryClient);
  const events: string[] = [];
  const report: CommandReport = {
    sent: (c) => void events.push(`sent ${c.id}`),
    succeeded: (c) => void events.push(`succeeded ${c.id}`),
    failed: (c, error: WalletError) => void events.push(`failed ${c.id} ${error.code}`),
  };
  const makeDefault = (c: SavedCard) =>
    controller.run({ kind: settingDefault, card: c, client: backend.client, report });
  const remove = (c: SavedCard) =>
    controller.run({ kind: removal, card: c, client: backend.client, report });
  const defaultInCache = () =>
    queryClient
      .getQueryData<SavedCard[]>(walletKeys.cards())
      ?.filter((c) => c.isDefault)
      .map((c) => c.id);
  const shownDefault = () => controller.state.getSnapshot().defaultId;
  return {
    backend,
    controller,
    events,
    makeDefault,
    remove,
    defaultInCache,
    shownDefault,
    unsubscribe,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('setting the default card on the wallet controller', () => {
  test('the default moves in the state at once, one PUT leaves, the cache follows the answer and the list is fetched once', async () => {
    const { backend, events, makeDefault, defaultInCache, shownDefault } = await setup();
    expect(makeDefault(mc)).toBe(true);
    expect(shownDefault()).toBe('mc');
    expect(backend.sent('PUT').map((r) => r.id)).toEqual(['mc']);
    // The cache keeps the server's word until it answers.
    expect(defaultInCache()).toEqual(['visa']);
    backend.waiting('PUT', 'mc').ok();
    await flush();
    expect(events).toEqual(['sent mc', 'succeeded mc']);
    expect(defaultInCache()).toEqual(['mc']);
    expect(shownDefault()).toBeNull();
    expect(backend.sent('GET')).toHaveLength(2);
  });

  test('a failure moves the default back in place: nothing in the cache changed', async () => {
    const { backend, events, makeDefault, defaultInCache, shownDefault } = await setup();
    makeDefault(amex);
    expect(shownDefault()).toBe('amex');
    backend.waiting('PUT', 'amex').fail('provider_error');
    await flush();
    expect(events).toEqual(['sent amex', 'failed amex provider_error']);
    expect(shownDefault()).toBeNull();
    expect(defaultInCache()).toEqual(['visa']);
  });

  test('the default card, an expired or a locked card takes no default change; one change at a time', async () => {
    const { backend, makeDefault } = await setup();
    expect(makeDefault(visa)).toBe(false);
    expect(makeDefault(old)).toBe(false);
    expect(makeDefault(locked)).toBe(false);
    expect(makeDefault(mc)).toBe(true);
    expect(makeDefault(amex)).toBe(false);
    expect(backend.sent('PUT').map((r) => r.id)).toEqual(['mc']);
  });

  test('a 409 card_expired fails like any other, and a 429 starts the cooldown every command waits out', async () => {
    const { backend, controller, events, makeDefault, remove } = await setup();
    makeDefault(mc);
    backend.waiting('PUT', 'mc').fail('card_expired');
    await flush();
    makeDefault(amex);
    backend.waiting('PUT', 'amex').fail('rate_limited', 5000);
    await flush();
    expect(events).toEqual([
      'sent mc',
      'failed mc card_expired',
      'sent amex',
      'failed amex rate_limited',
    ]);
    expect(controller.state.getSnapshot().cooldownUntil).toBeGreaterThan(Date.now());
    expect(makeDefault(mc)).toBe(false);
    expect(remove(mc)).toBe(false);
  });

  test('removing the default card moves the default to the card the DELETE answer names', async () => {
    const { backend, remove, defaultInCache } = await setup();
    remove(visa);
    backend.waiting('DELETE', 'visa').ok();
    await flush();
    // The next card by the shared rule, before the list is fetched again.
    expect(defaultInCache()).toEqual(['mc']);
  });

  test('a card whose default change is in flight is not removed meanwhile (one command per card)', async () => {
    const { backend, makeDefault, remove } = await setup();
    makeDefault(mc);
    expect(remove(mc)).toBe(false);
    expect(remove(amex)).toBe(true);
    expect(backend.sent('DELETE').map((r) => r.id)).toEqual(['amex']);
  });
});
