// @vitest-environment node
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SavedCard, WalletError } from '../../src/index';
import { cardsQueryOptions, walletKeys } from '../../src/index';
import { removal } from '../../src/query/remove-command';
import {
  type BatchOutcome,
  type CommandReport,
  createWalletController,
  walletController,
} from '../../src/query/wallet-controller';
import { card } from '../helpers/cards';
import { createDeferredClient } from '../helpers/deferred-client';

// The wallet controller on its own, in plain Node: a fake client whose requests wait for the
// test, fake timers, no React and no DOM (a page that hides is two EventTargets).

const visa = card({ id: 'visa', last4: '4242' });
const mc = card({ id: 'mc', brand: 'mastercard', last4: '4444' });
const amex = card({ id: 'amex', brand: 'amex', last4: '0005' });
const locked = card({ id: 'locked', last4: '1111', locked: 'subscription' });
const CARDS = [visa, mc, amex, locked];

/** Lets react-query's scheduled notifications and the requests' promises run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** What a command reported, in order, as "event id" strings. */
function recorder() {
  const events: string[] = [];
  const report: CommandReport = {
    held: (c) => void events.push(`held ${c.id}`),
    sent: (c) => void events.push(`sent ${c.id}`),
    succeeded: (c) => void events.push(`succeeded ${c.id}`),
    failed: (c, error: WalletError) => void events.push(`failed ${c.id} ${error.code}`),
    restored: (c) => void events.push(`restored ${c.id}`),
  };
  return { events, report };
}

async function setup() {
  const backend = createDeferredClient(CARDS);
  const queryClient = new QueryClient();
  // An active list (what a mounted view is), so invalidation refetches and can be counted.
  const list = new QueryObserver(queryClient, cardsQueryOptions(backend.client, queryClient));
  const unsubscribe = list.subscribe(() => {});
  await flush();
  backend.waiting('GET').ok();
  await flush();
  const controller = createWalletController(queryClient);
  const { events, report } = recorder();
  const remove = (c: SavedCard, holdMs = 0) =>
    controller.run({ kind: removal, card: c, client: backend.client, report, holdMs });
  const cached = () => queryClient.getQueryData<SavedCard[]>(walletKeys.cards())?.map((c) => c.id);
  const removing = () => [...controller.state.getSnapshot().removing];
  return {
    backend,
    queryClient,
    controller,
    events,
    report,
    remove,
    cached,
    removing,
    unsubscribe,
  };
}

/** A page as the holds see it: a document that can turn hidden, and a window. */
function fakePage() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const window = new EventTarget();
  const listening = { count: 0 };
  for (const target of [document, window]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => {
      listening.count += 1;
      add(...args);
    };
    target.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => {
      listening.count -= 1;
      remove(...args);
    };
  }
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  return {
    listening,
    hide() {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      document.visibilityState = 'visible';
    },
    close: () => window.dispatchEvent(new Event('pagehide')),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the wallet controller, without React', () => {
  test('one controller per QueryClient', () => {
    const a = new QueryClient();
    expect(walletController(a)).toBe(walletController(a));
    expect(walletController(a)).not.toBe(walletController(new QueryClient()));
  });

  test('a removal hides the card at once, sends one DELETE, and the list is fetched once after', async () => {
    const { backend, queryClient, events, remove, cached, removing } = await setup();
    expect(remove(mc)).toBe(true);
    // Rule 1: hidden in the same turn, the request already on its way.
    expect(removing()).toEqual(['mc']);
    expect(backend.sent('DELETE').map((r) => r.id)).toEqual(['mc']);
    // Rule 4: a second confirm sends nothing.
    expect(remove(mc)).toBe(false);
    await flush();
    expect(backend.sent('DELETE')).toHaveLength(1);

    backend.waiting('DELETE', 'mc').ok();
    await flush();
    expect(events).toEqual(['sent mc', 'succeeded mc']);
    expect(cached()).toEqual(['visa', 'amex', 'locked']);
    expect(removing()).toEqual([]);
    // Rule 3: the one refetch, after the last settle; the finished mutation is gone.
    expect(backend.sent('GET')).toHaveLength(2);
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
  });

  test('a locked card sends nothing (rule 10)', async () => {
    const { backend, remove, removing } = await setup();
    expect(remove(locked)).toBe(false);
    expect(removing()).toEqual([]);
    expect(backend.sent('DELETE')).toHaveLength(0);
  });

  test('a failure puts only that card back, at its place; a retry sends again and removes it', async () => {
    const { backend, events, remove, cached, removing } = await setup();
    remove(visa);
    remove(mc);
    backend.waiting('DELETE', 'visa').fail('provider_error');
    await flush();
    // Rule 2: visa is back (still cached at index 0), mc still hidden; no refetch mid-flight.
    expect(removing()).toEqual(['mc']);
    expect(cached()).toEqual(['visa', 'mc', 'amex', 'locked']);
    expect(backend.sent('GET')).toHaveLength(1);
    expect(events).toContain('failed visa provider_error');

    expect(remove(visa)).toBe(true);
    expect(backend.sent('DELETE').map((r) => r.id)).toEqual(['visa', 'mc', 'visa']);
    backend.waiting('DELETE', 'visa').ok();
    backend.waiting('DELETE', 'mc').ok();
    await flush();
    expect(cached()).toEqual(['amex', 'locked']);
    expect(backend.sent('GET')).toHaveLength(2);
  });

  test('card_not_found counts as removed (rule 5)', async () => {
    const { backend, events, remove, cached } = await setup();
    remove(amex);
    backend.waiting('DELETE', 'amex').fail('card_not_found');
    await flush();
    expect(events).toEqual(['sent amex', 'succeeded amex']);
    expect(cached()).not.toContain('amex');
  });

  test('a 429 starts the cooldown every view waits out: nothing starts until Retry-After has passed', async () => {
    const { backend, controller, remove } = await setup();
    remove(visa);
    backend.waiting('DELETE', 'visa').fail('rate_limited', 30_000);
    await flush();
    expect(controller.state.getSnapshot().cooldownUntil).toBe(Date.now() + 30_000);
    expect(remove(mc)).toBe(false);
    // Never shortened by a later, shorter one.
    controller.startCooldown(Date.now() + 1_000);
    expect(controller.state.getSnapshot().cooldownUntil).toBe(Date.now() + 30_000);
    vi.advanceTimersByTime(30_000);
    expect(remove(mc)).toBe(true);
    expect(backend.sent('DELETE').map((r) => r.id)).toEqual(['visa', 'mc']);
  });

  test('a held removal sends nothing; Undo puts the card back and still sends nothing', async () => {
    const page = fakePage();
    const { backend, controller, events, remove, removing } = await setup();
    remove(mc, 5_000);
    expect(removing()).toEqual(['mc']);
    expect(backend.sent('DELETE')).toHaveLength(0);
    expect(page.listening.count).toBe(2);

    expect(controller.undo('mc')).toBe(true);
    expect(controller.undo('mc')).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events).toEqual(['held mc', 'restored mc']);
    expect(removing()).toEqual([]);
    expect(backend.sent('DELETE')).toHaveLength(0);
    // Held counted as in flight (rule 8): the refetch waited for the undo.
    expect(backend.sent('GET')).toHaveLength(2);
    expect(page.listening.count).toBe(0);
  });

  test('at its deadline a held DELETE goes exactly once; Undo then is too late', async () => {
    fakePage();
    const { backend, controller, events, remove } = await setup();
    remove(mc, 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(backend.sent('DELETE')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.sent('DELETE').map((r) => [r.id, r.keepalive])).toEqual([['mc', false]]);
    expect(controller.undo('mc')).toBe(false);
    backend.waiting('DELETE', 'mc').ok();
    await flush();
    expect(events).toEqual(['held mc', 'sent mc', 'succeeded mc']);
  });

  test.each([
    ['hidden', 'hide'],
    ['closed', 'close'],
  ] as const)(
    'a page %s sends every held DELETE at once with keepalive, then stops listening',
    async (_how, act) => {
      const page = fakePage();
      const { backend, remove } = await setup();
      remove(visa, 5_000);
      remove(mc, 5_000);
      page[act]();
      expect(backend.sent('DELETE').map((r) => [r.id, r.keepalive])).toEqual([
        ['visa', true],
        ['mc', true],
      ]);
      expect(page.listening.count).toBe(0);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(backend.sent('DELETE')).toHaveLength(2);
    },
  );

  test('bulk: those that may start are sent at once, never held; one outcome once the last settled', async () => {
    fakePage();
    const { backend, controller, report, removing } = await setup();
    const outcomes: BatchOutcome[] = [];
    controller.runAll(
      [visa, mc, amex, locked].map((c) => ({
        kind: removal,
        card: c,
        client: backend.client,
        report,
        holdMs: 5_000,
      })),
      (outcome) => void outcomes.push(outcome),
    );
    expect(removing()).toEqual(['visa', 'mc', 'amex']);
    expect(backend.sent('DELETE').map((r) => r.id)).toEqual(['visa', 'mc', 'amex']);
    backend.waiting('DELETE', 'visa').ok();
    backend.waiting('DELETE', 'mc').fail('provider_error');
    await flush();
    expect(outcomes).toEqual([]);
    backend.waiting('DELETE', 'amex').fail('card_in_use');
    await flush();
    expect(outcomes).toEqual([{ succeeded: [visa], failed: [mc, amex], retry: [mc] }]);
    expect(backend.sent('GET')).toHaveLength(2);
  });

  test('a removal made in another tab drops the card, refetching only when nothing is in flight', async () => {
    const { backend, controller, remove, cached } = await setup();
    remove(visa);
    controller.changedElsewhere('card_removed', 'amex');
    await flush();
    expect(cached()).toEqual(['visa', 'mc', 'locked']);
    expect(backend.sent('GET')).toHaveLength(1);
    backend.waiting('DELETE', 'visa').ok();
    await flush();
    controller.changedElsewhere('card_removed', 'mc');
    await flush();
    expect(backend.sent('GET')).toHaveLength(3);
  });

  test('a list fetch asked for mid-flight answers from the cache (rule 3)', async () => {
    const { backend, queryClient, remove } = await setup();
    remove(visa);
    await queryClient.refetchQueries({ queryKey: walletKeys.cards() });
    expect(backend.sent('GET')).toHaveLength(1);
  });

  test('a failed list load is reported once for the client, however many views show it', async () => {
    const { controller } = await setup();
    const first = Object.assign(new Error('x'), { code: 'network' }) as unknown as WalletError;
    const again = Object.assign(new Error('x'), { code: 'network' }) as unknown as WalletError;
    expect(controller.state.loadFailed(first)).toBe(true);
    expect(controller.state.loadFailed(first)).toBe(false);
    expect(controller.state.loadFailed(again)).toBe(true);
  });
});
