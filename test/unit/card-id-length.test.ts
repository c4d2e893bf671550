// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/index';
import { createHttpWalletClient } from '../../src/index';
import type { CardProvider } from '../../src/server/index';
import { MAX_CARD_ID_LENGTH } from '../../src/server/index';
import type { HyperswitchFake } from '../fakes/hyperswitch-fake';
import { startHyperswitchFake } from '../fakes/hyperswitch-fake';
import { hsCard, hyperswitchOn } from '../fakes/hyperswitch-target';
import { walletOn } from '../fakes/provider-harness';
import type { StripeFake } from '../fakes/stripe-fake';
import { startStripeFake } from '../fakes/stripe-fake';
import { stripeCard, stripeOn } from '../fakes/stripe-target';
import { card } from '../helpers/cards';
import { del, json, list } from '../helpers/server-fixtures';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open: HttpWallet[] = [];
let stripe: StripeFake | undefined;
let hyperswitch: HyperswitchFake | undefined;
afterEach(async () => {
  await Promise.all(open.splice(0).map((wallet) => wallet.close()));
  stripe?.close();
  hyperswitch?.close();
  stripe = undefined;
  hyperswitch = undefined;
});

const idOf = (length: number) => `c${'x'.repeat(length - 1)}`;

describe('ids are 1–256 characters in the browser and on the server', () => {
  test('the limit is 256', () => {
    expect(MAX_CARD_ID_LENGTH).toBe(256);
  });

  test.each([
    [256, 'fulfilled'],
    [257, 'rejected'],
  ])('the browser client takes a %i-character id: %s', async (length, outcome) => {
    const client = createHttpWalletClient({
      fetch: async () =>
        new Response(JSON.stringify({ cards: [card({ id: idOf(length) })] }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    const [settled] = await Promise.allSettled([client.listCards()]);
    expect(settled?.status).toBe(outcome);
    if (settled?.status === 'rejected') {
      expect(settled.reason).toMatchObject({ code: 'invalid_response' });
    }
  });

  test('a card a custom adapter lists with a 300-character id is left out, and the log says so without it', async () => {
    const long = idOf(300);
    const provider: CardProvider = {
      listCards: async () => [card({ id: long }), card({ id: 'ok' })],
      deleteCard: async () => 'deleted',
    };
    const wallet = await httpWallet({ provider });
    open.push(wallet);
    const body = (await (await wallet.list()).json()) as { cards: SavedCard[] };
    expect(body.cards.map((c) => c.id)).toEqual(['ok']);
    expect(wallet.logs).toEqual([
      {
        message: 'saved-card-kit: cards left out of the list',
        meta: { requestId: expect.any(String), operation: 'list', hidden: 0, dropped: 1 },
      },
    ]);
    expect(JSON.stringify(wallet.logs)).not.toContain('xxxx');
    // The server refuses the same id back, before asking the provider anything.
    expect((await wallet.remove(long)).status).toBe(400);
  });

  test('Stripe: a PaymentMethod id over 256 characters is listed as a digest, and that id removes it', async () => {
    const longId = `pm_${'L'.repeat(297)}`;
    stripe = await startStripeFake({
      customers: {
        cus_alice: {
          defaultId: null,
          methods: [stripeCard(longId, '4242'), stripeCard('pm_2', '4444')],
        },
      },
    });
    const { handler, logs } = walletOn(stripeOn(stripe));
    const { cards } = (await json(await handler(list('cus_alice')))) as { cards: SavedCard[] };
    expect(cards).toHaveLength(2);
    const listed = cards[0]?.id ?? '';
    expect(listed).toMatch(/^spd_/);
    expect(listed.length).toBeLessThanOrEqual(MAX_CARD_ID_LENGTH);
    expect(JSON.stringify(cards)).not.toContain(longId);
    const removed = await handler(del(listed, { user: 'cus_alice' }));
    expect(removed.status).toBe(200);
    expect(stripe.methodIds('cus_alice')).toEqual(['pm_2']);
    expect(logs).toEqual([]);
  });

  test('Hyperswitch: a payment_method_id over 256 characters is listed as a digest, and that id removes it', async () => {
    const longId = `pm_${'H'.repeat(297)}`;
    hyperswitch = await startHyperswitchFake({
      customers: { cus_alice: [hsCard(longId, '4242'), hsCard('pm_2', '4444')] },
    });
    const { handler, logs } = walletOn(hyperswitchOn(hyperswitch));
    const { cards } = (await json(await handler(list('cus_alice')))) as { cards: SavedCard[] };
    const listed = cards.map((c) => c.id);
    expect(listed).toEqual([expect.stringMatching(/^hpd_/), 'pm_2']);
    expect(listed[0]?.length).toBeLessThanOrEqual(MAX_CARD_ID_LENGTH);
    expect((await handler(del(listed[0] ?? '', { user: 'cus_alice' }))).status).toBe(200);
    expect(hyperswitch.methodIds('cus_alice')).toEqual(['pm_2']);
    expect(logs).toEqual([]);
  });

  test('Stripe: a PaymentMethod it cannot show is left out, and the log counts it', async () => {
    stripe = await startStripeFake({
      customers: {
        cus_alice: {
          defaultId: null,
          methods: [
            stripeCard('pm_1', '4242'),
            stripeCard('pm_2', '4444', { card: { last4: '44' } }),
          ],
        },
      },
    });
    const { handler, logs } = walletOn(stripeOn(stripe));
    const { cards } = (await json(await handler(list('cus_alice')))) as { cards: SavedCard[] };
    expect(cards.map((c) => c.id)).toEqual(['pm_1']);
    expect(logs).toEqual([
      {
        message: 'saved-card-kit: cards left out of the list',
        meta: { requestId: expect.any(String), operation: 'list', hidden: 1, dropped: 0 },
      },
    ]);
    expect(JSON.stringify(logs)).not.toContain('pm_2');
  });
});
