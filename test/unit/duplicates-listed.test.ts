// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/core/types';
import { type CardProvider, juspayProvider, memoryProvider } from '../../src/server/index';
import type { FakeServer } from '../fakes/fake-server';
import { startHyperswitchFake } from '../fakes/hyperswitch-fake';
import { hsCard, hyperswitchOn } from '../fakes/hyperswitch-target';
import { startJuspayFake } from '../fakes/juspay-fake';
import { walletOn } from '../fakes/provider-harness';
import { startStripeFake } from '../fakes/stripe-fake';
import { stripeCard, stripeOn } from '../fakes/stripe-target';
import { card } from '../helpers/cards';
import { list } from '../helpers/server-fixtures';
import { loopbackWallet } from '../helpers/set-default-http';
import { httpWallet } from '../helpers/wallet-http';

// Issue 21 "Duplicates": each adapter hands the handler its provider's fingerprint of the card
// number, as that provider documents it (docs/providers/*.md); the list marks the repeats and
// never shows the fingerprint.

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const FINGERPRINT = 'fp_Xq3LzY8kQ2';

/** Stripe's card PaymentMethod with the shared fingerprint: the same Visa 4242 saved again. */
const fingerprinted = (id: string) =>
  stripeCard(id, '4242', {
    card: { brand: 'visa', last4: '4242', exp_month: 7, exp_year: 2031, fingerprint: FINGERPRINT },
  });

async function listed(handler: (req: Request) => Promise<Response>) {
  const response = await handler(list('cus_alice'));
  expect(response.status).toBe(200);
  const text = await response.text();
  // Server-only: the fingerprint names the card number across the merchant's customers.
  expect(text).not.toContain(FINGERPRINT);
  expect(text).not.toContain('fingerprint');
  return (JSON.parse(text) as { cards: SavedCard[] }).cards.map((c) => [
    c.id,
    c.duplicateOf ?? null,
    c.duplicate ?? null,
  ]);
}

describe('duplicates from each provider’s fingerprint', () => {
  test('Stripe: card.fingerprint', async () => {
    const stripe = await startStripeFake({
      customers: {
        cus_alice: {
          defaultId: 'pm_2',
          methods: [fingerprinted('pm_1'), fingerprinted('pm_2'), stripeCard('pm_3', '1881')],
        },
      },
    });
    fake = stripe;
    const { handler } = walletOn(stripeOn(stripe));
    const cards = await listed(handler);
    // The default is the one kept, though Stripe lists the other first.
    expect(cards).toEqual([
      ['pm_1', 'pm_2', null],
      ['pm_2', null, null],
      ['pm_3', null, null],
    ]);
  });

  test('Juspay: card_fingerprint', async () => {
    const juspay = await startJuspayFake({
      cards: {
        cus_alice: ['ref_1', 'ref_2'].map((ref) => ({
          card_reference: ref,
          card_number: 'XXXXXXXXXXXX1111',
          card_exp_month: '07',
          card_exp_year: '2031',
          card_brand: 'VISA',
          card_fingerprint: FINGERPRINT,
        })),
      },
    });
    fake = juspay;
    const { handler } = walletOn(
      juspayProvider({ apiKey: juspay.apiKey, merchantId: juspay.merchantId, baseUrl: juspay.url }),
    );
    const [first, second] = await listed(handler);
    // Public ids are digests of the references: the second names the first, certainly.
    expect(first?.slice(1)).toEqual([null, null]);
    expect(second).toEqual([expect.any(String), first?.[0], null]);
  });

  test('Hyperswitch: card_fingerprint, and null (its example) marks nothing by itself', async () => {
    const hyperswitch = await startHyperswitchFake({
      customers: {
        cus_alice: [
          hsCard('pm_1', '4242', { card_fingerprint: FINGERPRINT }),
          hsCard('pm_2', '4242', { card_fingerprint: FINGERPRINT }),
          // Same look, another holder: not the same card.
          hsCard('pm_3', '4242', { card_holder_name: 'Ravi Menon' }),
        ],
      },
    });
    fake = hyperswitch;
    const { handler } = walletOn(hyperswitchOn(hyperswitch));
    expect(await listed(handler)).toEqual([
      ['pm_1', null, null],
      ['pm_2', 'pm_1', null],
      ['pm_3', null, null],
    ]);
  });
});

describe('duplicates over real HTTP, the memory provider', () => {
  const open: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const wallet of open.splice(0)) await wallet.close();
  });

  test('certain and possible repeats point at the card kept; an adapter cannot mark one', async () => {
    const provider = memoryProvider({
      alice: [
        { ...card({ id: 'c1', holderName: 'Asha Rao' }), fingerprint: FINGERPRINT },
        {
          ...card({ id: 'c2', holderName: 'Asha Rao', isDefault: true }),
          fingerprint: FINGERPRINT,
        },
        card({ id: 'c3', holderName: 'ASHA RAO' }),
        // What an adapter says about duplicates is not taken: only the handler marks them.
        card({ id: 'c4', last4: '1881', duplicateOf: 'c1', duplicate: 'possible' }),
      ],
    });
    const wallet = await httpWallet({ provider });
    open.push(wallet);
    const body = await (await wallet.list()).text();
    expect(body).not.toContain(FINGERPRINT);
    const cards = (JSON.parse(body) as { cards: SavedCard[] }).cards;
    expect(cards.map((c) => [c.id, c.duplicateOf ?? null, c.duplicate ?? null])).toEqual([
      ['c1', 'c2', null],
      ['c2', null, null],
      ['c3', 'c2', 'possible'],
      ['c4', null, null],
    ]);
  });

  test('with a provider that keeps no default, the card kept is the one the shopper made default', async () => {
    const sandbox = memoryProvider({
      alice: [
        { ...card({ id: 'c1' }), fingerprint: FINGERPRINT },
        { ...card({ id: 'c2' }), fingerprint: FINGERPRINT },
      ],
    });
    // Like Juspay, Eximpe or Adyen: no default of its own, so the handler's store keeps it.
    const juspayLike: CardProvider = {
      listCards: (customerId, ctx) => sandbox.listCards(customerId, ctx),
      deleteCard: (customerId, target, ctx) => sandbox.deleteCard(customerId, target, ctx),
    };
    const wallet = await loopbackWallet(juspayLike);
    open.push(wallet);
    const marks = async () =>
      (await wallet.list('alice')).cards.map((c) => [
        c.id,
        c.isDefault ?? false,
        c.duplicateOf ?? null,
      ]);
    expect(await marks()).toEqual([
      ['c1', false, null],
      ['c2', false, 'c1'],
    ]);
    const answer = await wallet.makeDefault('c2');
    expect(answer.status).toBe(200);
    // The PUT's own list is marked as a GET's is: the browser takes it as the list.
    const { cards } = (await answer.json()) as { cards: SavedCard[] };
    expect(cards.map((c) => c.duplicateOf ?? null)).toEqual(['c2', null]);
    expect(await marks()).toEqual([
      ['c1', false, 'c2'],
      ['c2', true, null],
    ]);
  });
});
