// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/core/types';
import { juspayProvider } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { JuspayFake, JuspayRawCard } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { calls, expectNoLeak, walletOn } from '../fakes/provider-harness';
import { json, list } from '../helpers/server-fixtures';

// Shapes from juspay.md "List stored cards", quirks included.
const cards: Record<string, JuspayRawCard[]> = {
  alice: [
    {
      card_reference: 'ref_a1',
      card_number: 'XXXXXXXXXXXX1111',
      card_isin: '411111',
      card_exp_month: '07',
      card_exp_year: '2031',
      card_type: 'CREDIT',
      card_issuer: 'HDFC Bank',
      card_brand: 'VISA',
      name_on_card: 'Asha Rao',
      nickname: 'Work card',
      expired: false,
    },
    // Older page: `card_expiry_year`; `expired` typed String in one table.
    {
      card_reference: 'ref_a2',
      card_number: 'XXXXXXXXXXX0005',
      card_exp_month: '3',
      card_expiry_year: '2020',
      card_brand: 'American Express',
      expired: 'true',
    },
    // Juspay's flag disagrees with the expiry: docs/http-contract.md §1 computes it, so this card is live.
    {
      card_reference: 'ref_a3',
      card_number: '5555XXXXXXXX4444',
      card_exp_month: '12',
      card_exp_year: '2099',
      card_brand: 'diners club',
      nickname: '   ',
      expired: 'true',
    },
    { card_reference: 'ref_bad', card_number: 'XXXXXXXXXXXXXXXX', card_exp_month: '01' },
  ],
  'cust 1&x=y': [],
};

let fake: JuspayFake;
beforeEach(async () => {
  fake = await startJuspayFake({ cards });
});
afterEach(() => fake.close());

function wallet() {
  return walletOn(
    juspayProvider({ apiKey: fake.apiKey, merchantId: fake.merchantId, baseUrl: fake.url }),
  );
}

describe('juspayProvider list', () => {
  test('maps Juspay cards to docs/http-contract.md §1, quirks included, and hides a card without last4 (logged)', async () => {
    const { handler, logs } = wallet();
    const response = await handler(list('alice'));
    expect(response.status).toBe(200);
    const body = (await json(response)) as { cards: SavedCard[] };
    expect(body.cards).toEqual([
      {
        id: await juspayCardId('ref_a1'),
        brand: 'visa',
        last4: '1111',
        expiryMonth: 7,
        expiryYear: 2031,
        expired: false,
        holderName: 'Asha Rao',
        nickname: 'Work card',
        issuer: 'HDFC Bank',
      },
      {
        id: await juspayCardId('ref_a2'),
        brand: 'amex',
        last4: '0005',
        expiryMonth: 3,
        expiryYear: 2020,
        expired: true,
      },
      {
        id: await juspayCardId('ref_a3'),
        brand: 'diners',
        last4: '4444',
        expiryMonth: 12,
        expiryYear: 2099,
        expired: false,
      },
    ]);
    // The card without last4 is not dropped silently: one line, a count, no card data.
    expect(logs).toEqual([
      {
        message: 'saved-card-kit: cards left out of the list',
        meta: { requestId: expect.any(String), operation: 'list', hidden: 1, dropped: 0 },
      },
    ]);
  });

  test('sends Basic auth, x-routing-id and x-merchantid exactly as documented', async () => {
    const { handler } = wallet();
    await handler(list('cust 1&x=y'));
    const [req] = calls(fake.requests, 'GET', '/cards');
    expect(req?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${fake.apiKey}:`).toString('base64')}`,
    );
    expect(req?.headers['x-routing-id']).toBe('cust 1&x=y');
    expect(req?.headers['x-merchantid']).toBe(fake.merchantId);
    expect(req?.query.get('customer_id')).toBe('cust 1&x=y');
    expect([...(req?.query.keys() ?? [])]).toEqual(['customer_id']);
  });

  test('short-lived tokens, the key and PAN digits never reach the browser', async () => {
    await fake.close();
    const pan = '4111111111111111';
    fake = await startJuspayFake({
      cards: {
        alice: [
          {
            card_reference: 'ref_pan',
            card_number: pan,
            card_exp_month: '07',
            card_exp_year: '2031',
            card_brand: 'VISA',
            nickname: `my ${pan}`,
            name_on_card: '4111 1111 1111 1111',
          },
        ],
      },
    });
    const { handler } = wallet();
    const text = await (await handler(list('alice'))).text();
    expect(JSON.parse(text)).toEqual({
      cards: [
        {
          id: await juspayCardId('ref_pan'),
          brand: 'visa',
          last4: '1111',
          expiryMonth: 7,
          expiryYear: 2031,
          expired: false,
        },
      ],
    });
    expectNoLeak(text, [fake.apiKey, ...fake.issuedTokens, 'ref_pan']);
  });
});
