import { describe, expect, test } from 'vitest';
import {
  CARD_BRANDS,
  cardLabel,
  defaultMessages,
  describeCooldown,
  describeError,
  formatExpiry,
  mergeMessages,
  WalletError,
  type WalletMessages,
} from '../../src/index';
import { hiINMessages } from '../../src/locales/hi-in';

const SETS: Record<string, WalletMessages> = { en: defaultMessages, 'hi-IN': hiINMessages };
const DEVANAGARI = /[\u0900-\u097F]/;
const card731 = { expiryMonth: 7, expiryYear: 2031 };

/** Every leaf of a message set, each function called with sample arguments. */
function leaves(messages: WalletMessages): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'function')
      out[path] = path.endsWith('rateLimited') ? value('5', 5) : value('Visa', '4242');
    else
      for (const [key, inner] of Object.entries(value as object))
        walk(inner, path ? `${path}.${key}` : key);
  };
  walk(messages, '');
  return out;
}

describe('message sets', () => {
  test.each(Object.keys(SETS))('%s names every key of the English set, none empty', (name) => {
    const set = leaves(SETS[name] as WalletMessages);
    const english = leaves(defaultMessages);
    expect(Object.keys(set).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(set)) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  test('every brand has a display name in every set', () => {
    for (const set of Object.values(SETS)) {
      expect(Object.keys(set.brands).sort()).toEqual([...CARD_BRANDS].sort());
    }
  });

  test('Hindi is Hindi: every sentence is in Devanagari (brand names stay Latin)', () => {
    for (const [key, text] of Object.entries(leaves(hiINMessages))) {
      if (key === 'numberingSystem') continue;
      if (key.startsWith('brands.') && key !== 'brands.unknown') continue;
      expect(text, key).toMatch(DEVANAGARI);
    }
  });

  test('Hindi names cards "4242 पर समाप्त होने वाला Visa कार्ड", never "कार्ड कार्ड"', () => {
    expect(cardLabel({ brand: 'visa', last4: '4242' }, hiINMessages)).toBe(
      '4242 पर समाप्त होने वाला Visa कार्ड',
    );
    expect(cardLabel({ brand: 'unknown', last4: '0001' }, hiINMessages)).toBe(
      '0001 पर समाप्त होने वाला कार्ड',
    );
    expect(
      hiINMessages.removeButton(cardLabel({ brand: 'rupay', last4: '1234' }, hiINMessages)),
    ).toBe('1234 पर समाप्त होने वाला RuPay कार्ड हटाएँ');
  });

  test('expiry is "07/31" as printed on the card, whatever the locale', () => {
    const card = { expiryMonth: 7, expiryYear: 2031 };
    expect(formatExpiry(card, 'en')).toBe('07/31');
    expect(formatExpiry(card, 'en-IN')).toBe('07/31');
    expect(formatExpiry(card, 'hi-IN')).toBe('07/31');
    expect(formatExpiry({ expiryMonth: 12, expiryYear: 2005 }, 'en')).toBe('12/05');
    // Devanagari digits when the locale asks for them.
    expect(formatExpiry(card, 'hi-IN-u-nu-deva')).toBe('०७/३१');
  });

  test('expiry keeps the card’s order where the locale’s dates would not, in Latin digits unless the tag names others, a bad locale still throwing', () => {
    // Intl's own month/year here: "31/07" (ja), "7/31" (es), "31年7月" (zh-CN), "07‏/31" (ar,
    // shown as 31/07), "07-31" (bn).
    for (const locale of [
      undefined,
      'ja',
      'ja-JP-u-ca-japanese',
      'es',
      'zh-CN',
      'ar',
      'bn',
      'th-TH',
    ]) {
      expect(formatExpiry({ expiryMonth: 7, expiryYear: 2031 }, locale)).toBe('07/31');
      expect(formatExpiry({ expiryMonth: 1, expiryYear: 2026 }, locale)).toBe('01/26');
      expect(formatExpiry({ expiryMonth: 12, expiryYear: 2005 }, locale)).toBe('12/05');
    }
    // Twice: the second call goes through the kept formatter.
    expect(formatExpiry(card731, 'ar-EG-u-nu-arab')).toBe('٠٧/٣١');
    expect(formatExpiry(card731, 'ar-EG-u-nu-arab')).toBe('٠٧/٣١');
    expect(() => formatExpiry(card731, 'not a locale')).toThrow(RangeError);
    expect(() => formatExpiry(card731, 'not a locale')).toThrow(RangeError);
    expect(formatExpiry(card731, 'en')).toBe('07/31');
  });

  test('the rate-limit countdown formats its number for the locale', () => {
    const limited = new WalletError('rate_limited', 'x', { retryAfterMs: 4_200 });
    expect(describeError(limited, defaultMessages, 'en')).toBe(
      'Too many attempts. Try again in 5 seconds.',
    );
    expect(
      describeError(new WalletError('rate_limited', 'x', { retryAfterMs: 1 }), defaultMessages),
    ).toBe('Too many attempts. Try again in 1 second.');
    expect(describeError(limited, hiINMessages, 'hi-IN-u-nu-deva')).toBe(
      'बहुत अधिक प्रयास हुए। ५ सेकंड बाद फिर से कोशिश करें।',
    );
  });

  test('messages receive numbers already formatted: the kit formats, a message never does', () => {
    // Grouping and digits come from the locale; the plural from the number itself.
    expect(describeCooldown(1_200, defaultMessages, 'en-IN')).toBe(
      'Too many attempts. Try again in 1,200 seconds.',
    );
    expect(describeCooldown(1, defaultMessages, 'en')).toBe(
      'Too many attempts. Try again in 1 second.',
    );
    expect(describeCooldown(12, hiINMessages, 'hi-IN-u-nu-deva')).toBe(
      'बहुत अधिक प्रयास हुए। १२ सेकंड बाद फिर से कोशिश करें।',
    );
    // An override gets the formatted string and the count, and formats nothing itself.
    const seen: unknown[] = [];
    const messages = mergeMessages({
      rateLimited: (seconds, count) => {
        seen.push(seconds, count);
        return `wait ${seconds}`;
      },
    });
    expect(describeCooldown(5, messages, 'hi-IN-u-nu-deva')).toBe('wait ५');
    expect(seen).toEqual(['५', 5]);
  });

  test('overrides can be laid over the Hindi set, brands and errors partially', () => {
    const messages = mergeMessages(
      { listHeading: 'मेरे कार्ड', brands: { visa: 'VISA' }, errors: { forbidden: 'रोका गया' } },
      hiINMessages,
    );
    expect(messages.listHeading).toBe('मेरे कार्ड');
    expect(messages.brands.visa).toBe('VISA');
    expect(messages.brands.rupay).toBe('RuPay');
    expect(messages.errors.forbidden).toBe('रोका गया');
    expect(messages.errors.card_in_use).toBe(hiINMessages.errors.card_in_use);
    expect(messages.confirm).toBe('कार्ड हटाएँ');
  });
});

describe('types: a full message set must name every key (checked by tsc --noEmit)', () => {
  test('a set missing a key does not compile', () => {
    const { empty: _dropped, ...withoutEmpty } = hiINMessages;
    // @ts-expect-error `empty` is missing
    const incomplete: WalletMessages = withoutEmpty;
    const { unknown: _u, ...someBrands } = hiINMessages.brands;
    // @ts-expect-error `brands.unknown` is missing
    const noUnknownBrand: WalletMessages = { ...hiINMessages, brands: someBrands };
    const { forbidden: _f, ...someErrors } = hiINMessages.errors;
    // @ts-expect-error `errors.forbidden` is missing
    const noForbidden: WalletMessages = { ...hiINMessages, errors: someErrors };
    expect([incomplete, noUnknownBrand, noForbidden]).toHaveLength(3);
  });
});
