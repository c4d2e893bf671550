// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { RecordedRequest } from '../fakes/fake-server';
import type { StripeFake, StripeFakeOptions } from '../fakes/stripe-fake';
import { startStripeFake } from '../fakes/stripe-fake';
import { stripeCard, stripeOn } from '../fakes/stripe-target';
import type { LoopbackWallet } from '../helpers/set-default-http';
import { defaultOf, loopbackWallet } from '../helpers/set-default-http';

let fake: StripeFake | undefined;
const wallets: LoopbackWallet[] = [];
afterEach(async () => {
  await Promise.all(wallets.splice(0).map((wallet) => wallet.close()));
  await fake?.close();
  fake = undefined;
});

async function start(options: Partial<StripeFakeOptions> = {}) {
  fake = await startStripeFake({
    customers: {
      cus_alice: {
        defaultId: 'pm_a2',
        methods: [
          stripeCard('pm_a1', '4242'),
          stripeCard('pm_a2', '4444'),
          stripeCard('pm_old', '1881', {
            card: { brand: 'visa', last4: '1881', exp_month: 1, exp_year: 2020 },
          }),
          stripeCard('pm_a3', '0005'),
        ],
      },
      cus_bob: { defaultId: 'pm_b1', methods: [stripeCard('pm_b1', '4444')] },
    },
    ...options,
  });
  const wallet = await loopbackWallet(stripeOn(fake));
  wallets.push(wallet);
  return { fake, wallet };
}

const updates = (requests: RecordedRequest[]) =>
  requests.filter((req) => req.method === 'POST' && /^\/v1\/customers\/[^/]+$/.test(req.path));
const lists = (requests: RecordedRequest[]) =>
  requests.filter((req) => req.method === 'GET' && req.path.endsWith('/payment_methods'));

const user = { user: 'cus_alice' };

describe('stripeProvider set-default through the handler, on the Stripe fake', () => {
  test('sets invoice_settings.default_payment_method and answers the list as Stripe has it now', async () => {
    const { fake, wallet } = await start();
    const response = await wallet.makeDefault('pm_a1', user);
    expect(response.status).toBe(200);
    const { cards } = (await response.json()) as { cards: never[] };
    expect(defaultOf(cards)).toBe('pm_a1');
    expect(fake.defaultOf('cus_alice')).toBe('pm_a1');
    const sent = updates(fake.requests);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe('/v1/customers/cus_alice');
    expect(new URLSearchParams(sent[0]?.body).get('invoice_settings[default_payment_method]')).toBe(
      'pm_a1',
    );
  });

  test('the card that is already the default sends no update', async () => {
    const { fake, wallet } = await start();
    expect((await wallet.makeDefault('pm_a2', user)).status).toBe(200);
    expect(updates(fake.requests)).toHaveLength(0);
  });

  test('an expired card and another customer’s card are refused before Stripe hears of them', async () => {
    const { fake, wallet } = await start();
    expect((await wallet.makeDefault('pm_old', user)).status).toBe(409);
    expect((await wallet.makeDefault('pm_b1', user)).status).toBe(404);
    expect(updates(fake.requests)).toHaveLength(0);
    expect(fake.defaultOf('cus_bob')).toBe('pm_b1');
  });

  test('Stripe failing is a generic 502 without Stripe’s words; the default stays', async () => {
    const { fake, wallet } = await start();
    fake.failNext('500', 2, (req) => req.method === 'POST');
    const response = await wallet.makeDefault('pm_a1', user);
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).not.toContain('Stripe says');
    expect(JSON.stringify(wallet.logs)).not.toContain('Stripe says');
    expect(fake.defaultOf('cus_alice')).toBe('pm_a2');
  });

  test.each([
    ['Stripe clears the default on detach', true],
    ['Stripe keeps naming the detached method', false],
  ])('removing the default: %s; one re-list, then the next card is set', async (_, clears) => {
    const { fake, wallet } = await start({ detachClearsDefault: clears });
    const before = fake.requests.length;
    const response = await wallet.remove('pm_a2', user);
    expect(await response.json()).toEqual({ deleted: true, id: 'pm_a2', defaultCardId: 'pm_a1' });
    const during = fake.requests.slice(before);
    // The ownership list, then the one re-list after the detach.
    expect(lists(during)).toHaveLength(2);
    expect(updates(during)).toHaveLength(1);
    expect(fake.defaultOf('cus_alice')).toBe('pm_a1');
    expect(defaultOf((await wallet.list('cus_alice')).cards)).toBe('pm_a1');
  });
});
