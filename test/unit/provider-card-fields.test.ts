// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { ProviderCardFields } from '../../src/server/providers/card-fields';
import { toCardBrand, toSavedCard } from '../../src/server/providers/card-fields';
import { toEximpeCard } from '../../src/server/providers/eximpe-cards';
import { toJuspayCard } from '../../src/server/providers/juspay-cards';

describe('toCardBrand', () => {
  test.each([
    ['VISA', 'visa'],
    ['visa', 'visa'],
    ['MASTERCARD', 'mastercard'],
    ['Master Card', 'mastercard'],
    ['AMEX', 'amex'],
    ['AMERICAN EXPRESS', 'amex'],
    ['american_express', 'amex'],
    ['RUPAY', 'rupay'],
    ['RuPay', 'rupay'],
    ['MAESTRO', 'maestro'],
    ['DINERS', 'diners'],
    ['DINERS CLUB', 'diners'],
    ['DISCOVER', 'discover'],
    ['JCB', 'jcb'],
    ['UNIONPAY', 'unionpay'],
    ['China UnionPay', 'unionpay'],
    ['BAJAJ', 'unknown'],
    ['', 'unknown'],
    ['__proto__', 'unknown'],
    ['constructor', 'unknown'],
    [undefined, 'unknown'],
    [42, 'unknown'],
  ])('%s → %s', (input, brand) => {
    expect(toCardBrand(input)).toBe(brand);
  });
});

describe('card fields', () => {
  const now = new Date('2026-07-15T00:00:00Z');
  const card = (fields: Partial<ProviderCardFields>) =>
    toSavedCard(
      {
        id: 'c1',
        maskedPan: 'XXXXXXXXXXXX1111',
        expiryMonth: '07',
        expiryYear: '2031',
        network: 'VISA',
        ...fields,
      },
      now,
    );

  test('last4 takes exactly four trailing digits, never more', () => {
    expect(card({ maskedPan: 'XXXXXXXXXXXX1111' })?.last4).toBe('1111');
    expect(card({ maskedPan: '4111111111111111' })?.last4).toBe('1111');
    expect(card({ maskedPan: 'XXXXXXXXXXXXXX11' })).toBeNull();
    expect(card({ maskedPan: '' })).toBeNull();
  });

  test('expiry accepts numbers and numeric strings only', () => {
    const month = (expiryMonth: unknown) => card({ expiryMonth })?.expiryMonth ?? null;
    const year = (expiryYear: unknown) => card({ expiryYear })?.expiryYear ?? null;
    expect([month('07'), month(7), month('12')]).toEqual([7, 7, 12]);
    expect([month('13'), month('0'), month('7a'), month(7.5)]).toEqual([null, null, null, null]);
    expect([year('2031'), year(2031)]).toEqual([2031, 2031]);
    expect([year('31'), year('20310'), year(null)]).toEqual([null, null, null]);
  });

  test('free text is trimmed, and dropped when empty or huge', () => {
    const nickname = (text: string) => card({ nickname: text })?.nickname;
    expect(nickname('  Work card ')).toBe('Work card');
    expect(nickname('   ')).toBeUndefined();
    expect(nickname('x'.repeat(201))).toBeUndefined();
    expect(nickname('Flat 12, 560001')).toBe('Flat 12, 560001');
    // Text that may hold a PAN is the handler's to leave out and log
    // (server-card-number-forms.test.ts): an adapter that dropped it would drop it unseen.
    expect(nickname('card 4111 1111 1111 1111')).toBe('card 4111 1111 1111 1111');
  });
});

describe('expiry quirks', () => {
  const now = new Date('2026-07-15T00:00:00Z');
  const juspay = async (extra: Record<string, unknown>) =>
    (
      await toJuspayCard(
        { card_token: 't', card_reference: 'r', card_number: 'XXXX1111', ...extra },
        now,
      )
    )?.card;

  test('Juspay: card_expiry_year is read when card_exp_year is missing', async () => {
    expect(await juspay({ card_exp_month: '07', card_expiry_year: '2026' })).toMatchObject({
      expiryMonth: 7,
      expiryYear: 2026,
      expired: false,
    });
  });

  test('Juspay: expired is computed month-inclusive, whatever the provider flag says', async () => {
    expect(
      (await juspay({ card_exp_month: '07', card_exp_year: '2026', expired: 'true' }))?.expired,
    ).toBe(false);
    expect(
      (await juspay({ card_exp_month: '06', card_exp_year: '2026', expired: false }))?.expired,
    ).toBe(true);
    expect(
      (await juspay({ card_exp_month: '06', card_exp_year: '2026', expired: 'false' }))?.expired,
    ).toBe(true);
  });

  test('Juspay: a card without a usable expiry or reference is dropped', async () => {
    expect(await juspay({ card_exp_month: '07' })).toBeUndefined();
    expect(await juspay({ card_exp_month: '07', card_exp_year: 'soon' })).toBeUndefined();
    expect(
      await toJuspayCard({ card_token: 't', card_reference: '', card_number: 'XXXX1111' }),
    ).toBeNull();
  });

  test('Eximpe: numeric and string expiry, expired computed', async () => {
    const card = async (month: unknown, year: unknown) =>
      (
        await toEximpeCard(
          { card_token: 't', masked_pan: 'XXXX0003', expiry_month: month, expiry_year: year },
          now,
        )
      )?.card ?? null;
    expect(await card(6, 2026)).toMatchObject({ expiryMonth: 6, expiryYear: 2026, expired: true });
    expect(await card('07', '2026')).toMatchObject({
      expiryMonth: 7,
      expiryYear: 2026,
      expired: false,
    });
    expect(await card(0, 2026)).toBeNull();
  });
});
