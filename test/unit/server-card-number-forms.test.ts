// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { eximpeProvider, memoryProvider } from '../../src/server/index';
import { startEximpeFake } from '../fakes/eximpe-fake';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

async function served(provider: CardProvider): Promise<HttpWallet> {
  const wallet = await httpWallet({ provider });
  open.push(wallet);
  return wallet;
}

// Every digit of 4111 1111 1111 1111 is a 1 or a 4, in any script: none may leave in any form.
const CARD_DIGITS = /[14\uff11\uff14\u0661\u0664\u0967\u096a]{4}/;
const UUID = /^[0-9a-f-]{36}$/;

/**
 * The audit trail and log lines as text, request ids (random UUIDs) left out, and the server's
 * own origin too: its random port (41144, say) is not the sender's digits.
 */
function trail(wallet: HttpWallet): string {
  return withoutOwnOrigin(
    wallet,
    JSON.stringify([
      wallet.audit.map(({ requestId: _id, ...event }) => event),
      wallet.logs.map(({ message, meta: { requestId: _id, ...meta } }) => [message, meta]),
    ]),
  );
}

function withoutOwnOrigin(wallet: HttpWallet, text: string): string {
  return text.replaceAll(new URL(wallet.url).origin, '(own origin)');
}

describe('finding 4: a card number split by any separator never reaches the audit', () => {
  test.each([
    ['underscores', '4111_1111_1111_1111'],
    ['%5F underscores', '4111%5F1111%5F1111%5F1111'],
    ['pluses', '4111+1111+1111+1111'],
    ['tildes', '4111~1111~1111~1111'],
    ['equals signs', '4111=1111=1111=1111'],
    ['at signs', '4111@1111@1111@1111'],
    ['colons', '4111:1111:1111:1111'],
    ['%3A colons', '4111%3A1111%3A1111%3A1111'],
  ])(
    'DELETE of a card number with %s is 400, audited [invalid], logged nowhere',
    async (_, rawId) => {
      const wallet = await served(memoryProvider({ alice: [card({ id: 'c1' })] }));
      expect((await wallet.remove(rawId)).status).toBe(400);
      expect(wallet.audit).toEqual([
        expect.objectContaining({
          customerId: 'alice',
          cardId: '[invalid]',
          outcome: 'invalid_request',
        }),
      ]);
      expect(trail(wallet)).not.toMatch(CARD_DIGITS);
    },
  );
});

describe('finding 4: a card number in a refused request’s header never reaches the log', () => {
  test('an Origin holding a card number is neither in the 403 warning’s text nor its fields', async () => {
    const lines: Array<{ message: string; meta: Record<string, unknown> }> = [];
    const wallet = await httpWallet({
      provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
      logger: {
        error: (message, meta) => lines.push({ message, meta }),
        warn: (message, meta) => lines.push({ message, meta }),
      },
    });
    open.push(wallet);
    const origin = 'https://4111_1111_1111_1111.evil.example';
    expect((await wallet.remove('c1', { headers: { Origin: origin } })).status).toBe(403);
    expect(lines).toEqual([
      {
        message: 'saved-card-kit: log message withheld: it may hold a card number',
        meta: expect.objectContaining({ check: 'origin', origin: '[redacted]' }),
      },
    ]);
    const logged = withoutOwnOrigin(
      wallet,
      JSON.stringify(
        lines.map(({ message, meta: { requestId: _id, ...meta } }) => [message, meta]),
      ),
    );
    expect(logged).not.toMatch(CARD_DIGITS);
  });
});

describe('finding 4: a card id made of digit groups is never listed, and never silently', () => {
  test.each([
    ['underscore', '4111_1111_1111_1111'],
    ['colon', '4111:1111:1111:1111'],
    ['mixed', 'c:4111@1111=1111~1111'],
  ])('an id of %s-joined groups is left out and logged once, by kind', async (_, id) => {
    const wallet = await served(
      memoryProvider({ alice: [card({ id }), card({ id: 'card_ok_2031' })] }),
    );
    const response = await wallet.list();
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text).cards.map((c: { id: string }) => c.id)).toEqual(['card_ok_2031']);
    expect(text).not.toMatch(CARD_DIGITS);
    expect(wallet.logs).toEqual([
      {
        message: 'saved-card-kit: card text that may hold a card number left out',
        meta: {
          requestId: expect.stringMatching(UUID),
          operation: 'list',
          fields: ['id'],
          cards: 1,
        },
      },
    ]);
    expect(trail(wallet)).not.toMatch(CARD_DIGITS);
    // The browser could not name it, so no DELETE can reach it either.
    expect((await wallet.remove(encodeURIComponent(id))).status).toBe(400);
  });
});

describe('finding 4: card text is shown without a card number in any form', () => {
  const FORMS = [
    ['underscores', '4111_1111_1111_1111'],
    ['slashes', '4111/1111/1111/1111'],
    ['commas', '4111,1111,1111,1111'],
    ['bars', '4111|1111|1111|1111'],
    ['asterisks', '4111*1111*1111*1111'],
    ['middle dots', '4111·1111·1111·1111'],
    ['en dashes', '4111–1111–1111–1111'],
    ['full-width digits', '４１１１ １１１１ １１１１ １１１１'],
    ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['Devanagari digits', '४१११ १११११ १११११११'],
  ] as const;

  test.each(FORMS)(
    'holder, nickname and issuer with %s are dropped, the card shown, one log line',
    async (_, pan) => {
      const wallet = await served(
        memoryProvider({
          alice: [
            card({
              id: 'c1',
              holderName: `Asha ${pan}`,
              nickname: `pay ${pan}`,
              issuer: `Bank ${pan}`,
            }),
            card({ id: 'c2', nickname: `only ${pan}`, holderName: 'Ravi' }),
            card({ id: 'c3', nickname: 'Work card', issuer: 'HDFC Bank' }),
          ],
        }),
      );
      const response = await wallet.list();
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        cards: [
          card({ id: 'c1' }),
          card({ id: 'c2', holderName: 'Ravi' }),
          card({ id: 'c3', nickname: 'Work card', issuer: 'HDFC Bank' }),
        ],
      });
      expect(wallet.logs).toEqual([
        {
          message: 'saved-card-kit: card text that may hold a card number left out',
          meta: {
            requestId: expect.stringMatching(UUID),
            operation: 'list',
            fields: ['holderName', 'issuer', 'nickname'],
            cards: 2,
          },
        },
      ]);
      expect(trail(wallet)).not.toMatch(CARD_DIGITS);
    },
  );

  test('an adapter’s card text is screened, and logged, by the handler too (Eximpe fake)', async () => {
    const fake = await startEximpeFake({
      cards: {
        alice: [
          {
            card_token: 'tok_alice_1',
            masked_pan: 'XXXX0003',
            expiry_month: 5,
            expiry_year: 2030,
            nickname: 'pay 4111_1111_1111_1111',
            cardholder_name: 'Asha Rao',
          },
        ],
      },
    });
    open.push(fake);
    const wallet = await served(
      eximpeProvider({
        clientId: fake.clientId,
        clientSecret: fake.clientSecret,
        merchantId: 'm_1',
        baseUrl: fake.url,
      }),
    );
    const text = await (await wallet.list()).text();
    expect(JSON.parse(text).cards).toEqual([
      expect.objectContaining({ last4: '0003', holderName: 'Asha Rao' }),
    ]);
    expect(text).not.toContain('nickname');
    expect(wallet.logs).toEqual([
      expect.objectContaining({
        meta: expect.objectContaining({ fields: ['nickname'], cards: 1 }),
      }),
    ]);
    expect(trail(wallet)).not.toMatch(CARD_DIGITS);
  });

  test('dates, expiry and short digit groups in card text still show, with no log line', async () => {
    const texts = {
      holderName: 'Asha 07/2031',
      nickname: 'order 1234, ref 5678',
      issuer: 'Bank 12-2030',
    };
    const wallet = await served(memoryProvider({ alice: [card({ id: 'c1', ...texts })] }));
    expect(await (await wallet.list()).json()).toEqual({ cards: [card({ id: 'c1', ...texts })] });
    expect(wallet.logs).toEqual([]);
  });
});
