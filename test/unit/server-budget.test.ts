// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CardProvider, ProviderCallContext, ProviderCard } from '../../src/server/index';
import { juspayProvider } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { JuspayFake } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { calls } from '../fakes/provider-harness';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

// docs/server.md: the handler's budget (`providerTimeoutMs`) aborts ctx.signal, a delete whose
// outcome is unknown is audited `unknown` and answered 502, and nothing goes on afterwards.
const open = closedAfterEach();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function juspayWallet(
  providerTimeoutMs: number,
): Promise<{ fake: JuspayFake; wallet: HttpWallet }> {
  const visa = (reference: string) => ({
    card_reference: reference,
    card_number: 'XXXXXXXXXXXX1111',
    card_exp_month: '07',
    card_exp_year: '2031',
  });
  const fake = await startJuspayFake({ cards: { alice: [visa('ref_a1'), visa('ref_a2')] } });
  open.push(fake);
  const provider = juspayProvider({
    apiKey: fake.apiKey,
    merchantId: fake.merchantId,
    baseUrl: fake.url,
  });
  const wallet = await httpWallet({ provider, providerTimeoutMs });
  open.push(wallet);
  return { fake, wallet };
}

describe('the handler budget (providerTimeoutMs)', () => {
  test('Juspay: a delete that outlasts the budget is a 502 audited unknown, and no provider call starts after the answer', async () => {
    const { fake, wallet } = await juspayWallet(1000);
    // The delete takes 1.5 s, and any list after the first fails once (as in the review: the
    // adapter re-listed, retried, then deleted after the shopper saw the 502). The list is
    // prompt, so it fits the 1 s budget even on a busy machine; the delete never does.
    fake.delay(1500, (req) => req.path === '/card/delete');
    fake.failNext('500', 1, () => calls(fake.requests, 'GET', '/cards').length >= 2);
    const response = await wallet.remove(await juspayCardId('ref_a1'));
    const answeredAt = Date.now();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'provider_error' } });

    await sleep(1500);
    const late = fake.requests.filter((req) => req.at > answeredAt);
    expect(late.map((req) => `${req.method} ${req.path}`)).toEqual([]);
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['unknown']);
    expect(fake.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      'GET /cards',
      'POST /card/delete',
    ]);
  });

  test('ctx.signal is aborted when the budget runs out, and ctx.requestId is the answer’s', async () => {
    let seen: ProviderCallContext | undefined;
    const provider: CardProvider = {
      listCards: async () => [card({ id: 'c1' })],
      deleteCard: (_customer, _card, ctx) => {
        seen = ctx;
        return new Promise(() => {});
      },
    };
    const wallet = await httpWallet({ provider, providerTimeoutMs: 100 });
    open.push(wallet);
    const response = await wallet.remove('c1');
    expect(response.status).toBe(502);
    expect(seen?.signal.aborted).toBe(true);
    expect(seen?.requestId).toBe(response.headers.get('x-request-id'));
    expect(wallet.audit).toMatchObject([{ outcome: 'unknown', cardId: 'c1' }]);
  });

  test('a list that outlasts the budget aborts its signal and answers 502', async () => {
    let signal: AbortSignal | undefined;
    const provider: CardProvider = {
      listCards: (_customer, ctx) => {
        signal = ctx.signal;
        return new Promise(() => {});
      },
      deleteCard: async () => 'deleted',
    };
    const wallet = await httpWallet({ provider, providerTimeoutMs: 100 });
    open.push(wallet);
    const response = await wallet.list();
    expect(response.status).toBe(502);
    expect(signal?.aborted).toBe(true);
  });
});

describe('the seam: the card the handler found, with its server-only ref', () => {
  test('deleteCard gets the listed card, ref included; no response carries the ref', async () => {
    const listed: ProviderCard = { ...card({ id: 'c1' }), providerRef: 'ref_secret_9f8e' };
    const received: ProviderCard[] = [];
    const provider: CardProvider = {
      listCards: async () => [{ ...listed }],
      deleteCard: async (_customer, target) => {
        received.push(target);
        return 'deleted';
      },
    };
    const wallet = await httpWallet({ provider });
    open.push(wallet);
    const listText = await (await wallet.list()).text();
    expect(listText).not.toContain('ref_secret_9f8e');
    const removed = await wallet.remove('c1');
    expect(removed.status).toBe(200);
    expect(await removed.text()).not.toContain('ref_secret_9f8e');
    expect(received).toEqual([listed]);
    expect(JSON.stringify(wallet.audit)).not.toContain('ref_secret_9f8e');
  });
});
