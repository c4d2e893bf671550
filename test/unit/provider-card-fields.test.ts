// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  last4FromMasked,
  toCardBrand,
  toExpiryMonth,
  toExpiryYear,
  toOptionalText,
} from '../../src/server/providers/card-fields';
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
  test('last4 takes exactly four trailing digits, never more', () => {
    expect(last4FromMasked('XXXXXXXXXXXX1111')).toBe('1111');
    expect(last4FromMasked('4111111111111111')).toBe('1111');
    expect(last4FromMasked('XXXXXXXXXXXXXX11')).toBeNull();
    expect(last4FromMasked('')).toBeNull();
  });

  test('expiry accepts numbers and numeric strings only', () => {
    expect([toExpiryMonth('07'), toExpiryMonth(7), toExpiryMonth('12')]).toEqual([7, 7, 12]);
    expect([
      toExpiryMonth('13'),
      toExpiryMonth('0'),
      toExpiryMonth('7a'),
      toExpiryMonth(7.5),
    ]).toEqual([null, null, null, null]);
    expect([toExpiryYear('2031'), toExpiryYear(2031)]).toEqual([2031, 2031]);
    expect([toExpiryYear('31'), toExpiryYear('20310'), toExpiryYear(null)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  test('free text is trimmed, and dropped when empty, huge or holding a possible PAN', () => {
    expect(toOptionalText('  Work card ')).toBe('Work card');
    expect(toOptionalText('   ')).toBeUndefined();
    expect(toOptionalText('x'.repeat(201))).toBeUndefined();
    expect(toOptionalText('card 4111 1111 1111 1111')).toBeUndefined();
    expect(toOptionalText('Flat 12, 560001')).toBe('Flat 12, 560001');
  });
});

describe('expiry quirks', () => {
  const now = new Date('2026-07-15T00:00:00Z');
  const juspay = (extra: Record<string, unknown>) =>
    toJuspayCard({ card_token: 't', card_reference: 'r', card_number: 'XXXX1111', ...extra }, now)
      ?.card;

  test('Juspay: card_expiry_year is read when card_exp_year is missing', () => {
    expect(juspay({ card_exp_month: '07', card_expiry_year: '2026' })).toMatchObject({
      expiryMonth: 7,
      expiryYear: 2026,
      expired: false,
    });
  });

  test('Juspay: expired is computed month-inclusive, whatever the provider flag says', () => {
    expect(juspay({ card_exp_month: '07', card_exp_year: '2026', expired: 'true' })?.expired).toBe(
      false,
    );
    expect(juspay({ card_exp_month: '06', card_exp_year: '2026', expired: false })?.expired).toBe(
      true,
    );
    expect(juspay({ card_exp_month: '06', card_exp_year: '2026', expired: 'false' })?.expired).toBe(
      true,
    );
  });

  test('Juspay: a card without a usable expiry or reference is dropped', () => {
    expect(juspay({ card_exp_month: '07' })).toBeUndefined();
    expect(juspay({ card_exp_month: '07', card_exp_year: 'soon' })).toBeUndefined();
    expect(
      toJuspayCard({ card_token: 't', card_reference: '../x', card_number: 'XXXX1111' }),
    ).toBeNull();
  });

  test('Eximpe: numeric and string expiry, expired computed', () => {
    const card = (month: unknown, year: unknown) =>
      toEximpeCard(
        { card_token: 't', masked_pan: 'XXXX0003', expiry_month: month, expiry_year: year },
        now,
      );
    expect(card(6, 2026)).toMatchObject({ expiryMonth: 6, expiryYear: 2026, expired: true });
    expect(card('07', '2026')).toMatchObject({ expiryMonth: 7, expiryYear: 2026, expired: false });
    expect(card(0, 2026)).toBeNull();
  });
});
