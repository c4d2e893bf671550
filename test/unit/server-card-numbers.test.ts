// @vitest-environment node
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { eximpeProvider, memoryProvider, ProviderError } from '../../src/server/index';
import { eximpeCardId } from '../../src/server/providers/eximpe-cards';
import { startEximpeFake } from '../fakes/eximpe-fake';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

// What a leaked card number looks like in any text: 12+ digits, spaced, dotted or dashed.
const PAN_LIKE = /\d(?:[\s.-]*\d){11,}/;

async function served(provider: CardProvider, extra: { auditIdKey?: string } = {}) {
  const wallet: HttpWallet = await httpWallet({ provider, ...extra });
  open.push(wallet);
  return wallet;
}

describe('finding 4: one rule for "may hold a card number"', () => {
  test.each([
    ['with dashes', '4111-1111-1111-1111'],
    ['with dots', '4111.1111.1111.1111'],
    ['with %20 spaces', '4111%201111%201111%201111'],
    ['as %XX digits', '%34%31%31%31%31%31%31%31%31%31%31%31%31%31%31%31'],
    ['as %25XX digits', '%2534%2531%2531%2531%2531%2531%2531%2531%2531%2531%2531%2531'],
    ['as plain digits', '4111111111111111'],
    ['in a segment that does not decode', '4111-1111-1111-1111%E0%A4%A'],
  ])('DELETE of a card number %s is 400 and audited as [invalid], never raw', async (_, rawId) => {
    const provider = memoryProvider({ alice: [card({ id: 'c1' })] });
    const wallet = await served(provider);
    const response = await wallet.remove(rawId);
    expect(response.status).toBe(400);
    expect(wallet.audit).toEqual([
      expect.objectContaining({
        customerId: 'alice',
        cardId: '[invalid]',
        outcome: 'invalid_request',
      }),
    ]);
    const trail = JSON.stringify(wallet.audit.map(({ requestId: _id, ...event }) => event));
    expect(trail).not.toMatch(PAN_LIKE);
    expect(trail).not.toContain('%');
  });

  test('a provider card whose id may hold a card number is never listed', async () => {
    const provider = memoryProvider({
      alice: [
        card({ id: '4111111111111111' }),
        card({ id: '4111-1111-1111-1111' }),
        card({ id: '5105.1051.0510.5100' }),
        card({ id: 'card_ok_2031' }),
      ],
    });
    const wallet = await served(provider);
    const response = await wallet.list();
    const text = await response.text();
    expect(JSON.parse(text).cards.map((c: { id: string }) => c.id)).toEqual(['card_ok_2031']);
    expect(text).not.toMatch(PAN_LIKE);
  });

  test('card text with a dotted or percent-encoded card number is not shown', async () => {
    const provider = memoryProvider({
      alice: [
        card({
          id: 'c1',
          holderName: 'Asha 4111.1111.1111.1111',
          nickname: 'pay 4111%201111%201111%201111',
          issuer: 'HDFC Bank',
        }),
      ],
    });
    const wallet = await served(provider);
    const text = await (await wallet.list()).text();
    expect(JSON.parse(text)).toEqual({ cards: [card({ id: 'c1', issuer: 'HDFC Bank' })] });
  });

  test('the logger never gets a card number, even from a custom adapter’s error message', async () => {
    const provider: CardProvider = {
      listCards: async () => {
        throw new ProviderError('unavailable', 'upstream declined card 4111 1111 1111 1111', {
          provider: 'custom',
          status: 503,
        });
      },
      deleteCard: async () => 'deleted',
    };
    const wallet = await served(provider);
    expect((await wallet.list()).status).toBe(502);
    expect(wallet.logs).toHaveLength(1);
    const logged = JSON.stringify(wallet.logs.map(({ meta: { requestId: _id, ...meta } }) => meta));
    expect(logged).not.toMatch(PAN_LIKE);
    expect(wallet.logs[0]?.meta).toMatchObject({ provider: 'custom', kind: 'unavailable' });
  });
});

describe('finding 5: ids that are provider tokens reach the audit only as a keyed digest', () => {
  // A merchant's own adapter whose card ids are the provider's tokens, and says so.
  const tokenAdapter = (): CardProvider => ({
    ...memoryProvider({ alice: ['tok_alice_1', 'tok_alice_2'].map((id) => card({ id })) }),
    cardIdIsProviderToken: true,
  });

  const hmac = (key: string, id: string) =>
    `hmac:${createHmac('sha256', key).update(id).digest('base64url')}`;

  test('a token id is audited as HMAC-SHA-256 under auditIdKey', async () => {
    const wallet = await served(tokenAdapter(), { auditIdKey: 'merchant-audit-key' });
    expect((await wallet.remove('tok_alice_2')).status).toBe(200);
    expect((await wallet.remove('tok_unknown')).status).toBe(404);
    expect(wallet.audit.map((event) => [event.outcome, event.cardId])).toEqual([
      ['deleted', hmac('merchant-audit-key', 'tok_alice_2')],
      ['not_found', hmac('merchant-audit-key', 'tok_unknown')],
    ]);
    expect(JSON.stringify(wallet.audit)).not.toContain('tok_');
  });

  test('without auditIdKey: one random key per process, never the token', async () => {
    const first = await served(tokenAdapter());
    const second = await served(tokenAdapter());
    await first.remove('tok_alice_1');
    await second.remove('tok_alice_1');
    const [a, b] = [first.audit[0]?.cardId, second.audit[0]?.cardId];
    expect(a).toMatch(/^hmac:[A-Za-z0-9_-]{43}$/);
    expect(b).toBe(a);
    expect(a).not.toBe(hmac('', 'tok_alice_1'));
  });

  test('an adapter whose ids are not tokens keeps them plain in the audit', async () => {
    const wallet = await served(memoryProvider({ alice: [card({ id: 'card_a1' })] }));
    await wallet.remove('card_a1');
    expect(wallet.audit[0]?.cardId).toBe('card_a1');
  });

  test('Eximpe’s card_token never reaches the audit: the card id is already a digest of it', async () => {
    const fake = await startEximpeFake({
      cards: {
        alice: [
          { card_token: 'tok_alice_1', masked_pan: 'XXXX0003', expiry_month: 5, expiry_year: 2030 },
        ],
      },
    });
    open.push(fake);
    const provider = eximpeProvider({
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      merchantId: 'm_1',
      baseUrl: fake.url,
    });
    const wallet = await served(provider);
    const id = await eximpeCardId('tok_alice_1');
    expect((await wallet.remove(id)).status).toBe(200);
    expect(wallet.audit.map((event) => [event.outcome, event.cardId])).toEqual([['deleted', id]]);
    expect(JSON.stringify(wallet.audit)).not.toContain('tok_');
  });
});
