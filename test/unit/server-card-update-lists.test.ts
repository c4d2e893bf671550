// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { CardUpdateStore } from '../../src/server/index';
import { memoryCardUpdateStore, memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';
import type { LoopbackWallet } from '../helpers/set-default-http';
import { loopbackWallet } from '../helpers/set-default-http';
import { withoutDefault } from '../helpers/without-default';

// Every answer that carries the list carries the bank's updates and the locks alike: the GET,
// and the PUT set-default's list, whichever keeps the default (provider or handler's store).

const wallets: LoopbackWallet[] = [];
afterEach(async () => {
  await Promise.all(wallets.splice(0).map((wallet) => wallet.close()));
});

const AT = Date.UTC(2026, 10, 30, 9);

const seed = () => ({
  alice: [
    card({ id: 'a1', isDefault: true }),
    card({ id: 'a2', brand: 'mastercard', last4: '4444' }),
    card({ id: 'a3', brand: 'amex', last4: '0005' }),
  ],
});

async function updatedStore(): Promise<CardUpdateStore> {
  const store = memoryCardUpdateStore({ now: () => AT + 60_000 });
  await store.record({
    eventId: 'evt_1',
    provider: 'stripe',
    customerId: 'alice',
    cardId: 'a2',
    at: AT,
    fields: ['expiry'],
  });
  return store;
}

const UPDATED = { at: new Date(AT).toISOString(), fields: ['expiry'] };

describe.each([
  ['a provider that keeps the default', () => memoryProvider(seed())],
  ['the handler keeping the default', () => withoutDefault(memoryProvider(seed()))],
])('the PUT set-default answer, with %s', (_name, provider) => {
  test('carries `updated` and `locked` as the GET does', async () => {
    const wallet = await loopbackWallet(provider(), {
      cardUpdateStore: await updatedStore(),
      lockReason: (c) => (c.id === 'a3' ? 'subscription' : null),
    });
    wallets.push(wallet);
    const response = await wallet.makeDefault('a2');
    expect(response.status).toBe(200);
    const { cards } = (await response.json()) as { cards: Array<Record<string, unknown>> };
    expect(cards.find((c) => c.id === 'a2')).toMatchObject({ isDefault: true, updated: UPDATED });
    expect(cards.find((c) => c.id === 'a3')).toMatchObject({ locked: 'subscription' });
    expect(cards.find((c) => c.id === 'a1')).not.toHaveProperty('updated');
    // The same marks as the list a GET answers right after.
    expect(cards).toEqual((await wallet.list()).cards);
  });
});
