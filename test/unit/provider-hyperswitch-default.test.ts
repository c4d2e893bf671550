// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { RecordedRequest } from '../fakes/fake-server';
import type { HyperswitchFake } from '../fakes/hyperswitch-fake';
import { HYPERSWITCH_AUTH_MESSAGE, startHyperswitchFake } from '../fakes/hyperswitch-fake';
import { hsCard, hyperswitchOn } from '../fakes/hyperswitch-target';
import { testCtx } from '../helpers/provider-context';
import type { LoopbackWallet } from '../helpers/set-default-http';
import { defaultOf, loopbackWallet } from '../helpers/set-default-http';

let fake: HyperswitchFake | undefined;
const wallets: LoopbackWallet[] = [];
afterEach(async () => {
  await Promise.all(wallets.splice(0).map((wallet) => wallet.close()));
  await fake?.close();
  fake = undefined;
});

async function start() {
  fake = await startHyperswitchFake({
    customers: {
      cus_alice: [
        hsCard('pm_a1', '4242', {}, { default_payment_method_set: true }),
        hsCard('pm_old', '1881', { expiry_year: '2020' }),
        hsCard('pm_a2', '4444', { card_network: 'Mastercard' }),
      ],
      cus_bob: [hsCard('pm_b1', '4444'), hsCard('pm_b2', '0005')],
    },
  });
  const wallet = await loopbackWallet(hyperswitchOn(fake));
  wallets.push(wallet);
  return { fake, wallet };
}

const defaultCalls = (requests: RecordedRequest[]) =>
  requests.filter((req) => req.method === 'POST' && req.path.endsWith('/default'));
const user = { user: 'cus_alice' };

describe('hyperswitchProvider set-default through the handler, on the Hyperswitch fake', () => {
  test('POSTs the router’s set-default with the api-key and answers the new list', async () => {
    const { fake, wallet } = await start();
    const response = await wallet.makeDefault('pm_a2', user);
    expect(response.status).toBe(200);
    expect(defaultOf(((await response.json()) as { cards: never[] }).cards)).toBe('pm_a2');
    expect(fake.defaultOf('cus_alice')).toBe('pm_a2');
    const [call] = defaultCalls(fake.requests);
    expect(call?.path).toBe('/customers/cus_alice/payment_methods/pm_a2/default');
    expect(call?.headers['api-key']).toBe(fake.apiKey);
  });

  test('the router’s “already the default” (400 IR_16) is not a failure', async () => {
    const { fake } = await start();
    const provider = hyperswitchOn(fake);
    const [card] = await provider.listCards('cus_alice', testCtx());
    if (card === undefined) throw new Error('alice has cards');
    await expect(provider.setDefaultCard?.('cus_alice', card, testCtx())).resolves.toBeUndefined();
    expect(fake.defaultOf('cus_alice')).toBe('pm_a1');
  });

  test('an IR_16 that is not "already" (a card the router says is not this customer’s) is a 502', async () => {
    const { fake } = await start();
    // The adapter is handed Bob's card as if Alice listed it: only the re-list can tell.
    const wallet = await loopbackWallet({
      ...hyperswitchOn(fake),
      listCards: async (customerId, ctx) =>
        customerId === 'cus_alice'
          ? [
              ...(await hyperswitchOn(fake).listCards('cus_alice', ctx)),
              ...(await hyperswitchOn(fake).listCards('cus_bob', ctx)).map((c) => ({
                ...c,
                id: 'pm_smuggled',
              })),
            ].slice(0, 4)
          : hyperswitchOn(fake).listCards(customerId, ctx),
    });
    wallets.push(wallet);
    const response = await wallet.makeDefault('pm_smuggled', user);
    expect(response.status).toBe(502);
    expect(fake.defaultOf('cus_bob')).toBeNull();
  });

  test('a bad key is a 502 without the router’s words or the key', async () => {
    const { fake } = await start();
    const wallet = await loopbackWallet(hyperswitchOn(fake));
    wallets.push(wallet);
    fake.failNext('401', 1, (req) => req.method === 'POST');
    const response = await wallet.makeDefault('pm_a2', user);
    const text = await response.text();
    expect(response.status).toBe(502);
    for (const secret of [HYPERSWITCH_AUTH_MESSAGE, fake.apiKey]) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(wallet.logs)).not.toContain(secret);
    }
  });

  test('removing the default: the router clears it, one re-list, the next card is set', async () => {
    const { fake, wallet } = await start();
    const response = await wallet.remove('pm_a1', user);
    expect(await response.json()).toEqual({ deleted: true, id: 'pm_a1', defaultCardId: 'pm_a2' });
    expect(fake.defaultOf('cus_alice')).toBe('pm_a2');
    expect(defaultCalls(fake.requests)).toHaveLength(1);
    const lists = fake.requests.filter((req) => req.method === 'GET');
    expect(lists).toHaveLength(2);
  });
});
