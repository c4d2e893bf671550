// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mayHoldCardNumber } from '../../src/server/guards/may-hold-card-number';

// The digits 0–9 of every numbering system the runtime's Intl knows whose digits are Unicode
// decimal digits (full-width, Arabic-Indic, Devanagari, Thai, Adlam, …): a list of scripts
// that does not come from the rule's own code.
const SCRIPTS: string[][] = Intl.supportedValuesOf('numberingSystem').flatMap((system) => {
  const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, value) => format.format(value));
  const decimal = digits.every((d) => /^\p{Nd}$/u.test(d)) && new Set(digits).size === 10;
  return decimal ? [digits] : [];
});

// What people and programs put between digit groups; none is a letter or a digit.
const SEPARATORS = [
  ...' ._-/,|*·–—:+~=@#()[]{}<>;!?\'"&^$%\\',
  '\t',
  '\n',
  '\u00a0', // no-break space
  '\u200b', // zero-width space
  '\u2009', // thin space
  '\u3000', // ideographic space
  '\uff3f', // full-width low line
  '\uff0d', // full-width hyphen-minus
  '\u0301', // combining acute accent
  '\u066b', // Arabic decimal separator
];

const cardNumber = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 19 })
  .map((digits) => digits.join(''));

const separator = fc
  .array(fc.constantFrom(...SEPARATORS), { minLength: 0, maxLength: 3 })
  .map((parts) => parts.join(''));

/** Each digit in a random script, a random (possibly empty) separator after each. */
const rendered = (digits: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...SCRIPTS), { minLength: digits.length, maxLength: digits.length }),
      fc.array(separator, { minLength: digits.length, maxLength: digits.length }),
    )
    .map(([scripts, seps]) =>
      [...digits].map((d, i) => `${scripts[i]?.[Number(d)]}${seps[i]}`).join(''),
    );

const percentAll = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCodePoint(c.charCodeAt(0) + 0xfee0));

const ENCODINGS: Record<string, (text: string) => string> = {
  plain: (text) => text,
  'plus for space': (text) => text.replace(/ /g, '+'),
  'full-width': fullWidth,
  'percent, as a URL would': encodeURIComponent,
  'percent, every byte': percentAll,
  'percent twice': (text) => encodeURIComponent(encodeURIComponent(text)),
  'full-width percent escapes': (text) => fullWidth(percentAll(text)),
};

const words = fc.array(fc.constantFrom('card', 'Asha', 'Ünal', 'محمد', 'राम', '東京', 'work'), {
  maxLength: 2,
});

describe('mayHoldCardNumber: a card number in any dress', () => {
  test('the digit scripts under test are many, and the rule reads each one', () => {
    expect(SCRIPTS.length).toBeGreaterThan(30);
    for (const digits of SCRIPTS) {
      expect(mayHoldCardNumber(digits.join('').repeat(2)), digits.join('')).toBe(true);
    }
  });

  test('a 12–19 digit number with any separators, scripts and encoding is caught', () => {
    fc.assert(
      fc.property(
        cardNumber.chain(rendered),
        fc.constantFrom(...Object.keys(ENCODINGS)),
        words,
        words,
        (number, encoding, before, after) => {
          const text = `${before.join(' ')} ${number} ${after.join(' ')}`;
          return mayHoldCardNumber(ENCODINGS[encoding]?.(text) ?? '');
        },
      ),
      { numRuns: 2000 },
    );
  });

  test.each([
    '4111_1111_1111_1111',
    '4111%5F1111%5F1111%5F1111',
    '4111+1111+1111+1111',
    '4111~1111~1111~1111',
    '4111=1111=1111=1111',
    '4111@1111@1111@1111',
    '4111:1111:1111:1111',
    '4111/1111/1111/1111',
    '4111,1111,1111,1111',
    '4111|1111|1111|1111',
    '4111*1111*1111*1111',
    '4111·1111·1111·1111',
    '4111–1111–1111–1111',
    '４１１１ １１１１ １１１１ １１１１',
    '٤١١١ ١١١١ ١١١١ ١١١١',
    '४१११-१११२-१११३-१११४',
    encodeURIComponent('４１１１-１１１１-１１１１-１１１１'),
    '41 1 1 1 1 1 1 1 1 1 1',
    '4111111111111',
    '4111 1111 1111 1111 123', // 19 digits
  ])('%s is caught', (text) => {
    expect(mayHoldCardNumber(text)).toBe(true);
  });
});

describe('mayHoldCardNumber: ordinary text stays', () => {
  // Digit groups of 1–11 digits, each closed by a word: no 12-digit run however the groups join.
  const group = fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 11 }),
      fc.constantFrom(...SCRIPTS),
    )
    .map(([digits, script]) => digits.map((d) => script[d]).join(''));
  const word = fc.constantFrom('a', 'Flat', 'ref', 'Ünal', 'محمد', 'राम', '東京', 'x', 'Σ', 'IV');
  const noPercent = SEPARATORS.filter((s) => s !== '%');
  const text = fc
    .array(fc.tuple(group, fc.constantFrom(...noPercent), word, fc.constantFrom(...noPercent)), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => parts.map((part) => part.join('')).join(''));

  test('text whose digit runs stay under 12 after normalisation is never caught', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('plain', 'plus for space', 'full-width'),
        (sample, encoding) => !mayHoldCardNumber(ENCODINGS[encoding]?.(sample) ?? ''),
      ),
      { numRuns: 2000 },
    );
  });

  test.each([
    '07/2031',
    'Expires 07/31',
    'valid thru 12/2030, issued 01/2026',
    '2026-12-04T18:39:23.123Z',
    'Flat 12, 560001',
    'order 1234, ref 5678',
    'card ending 4242',
    'HDFC Bank',
    'pm_1NaBcDeFgHiJkLmN',
    'card_ok_2031',
    'c1',
    '+91 98765',
  ])('%s is not caught', (sample) => {
    expect(mayHoldCardNumber(sample)).toBe(false);
  });
});
