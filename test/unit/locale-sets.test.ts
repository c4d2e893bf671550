import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  actionLocaleExport,
  actionLocaleSource,
  LOCALES,
  localeExport,
  localeSource,
} from '../../scripts/locales.mjs';
import type { WalletActionMessages } from '../../src/core/action-messages';
import { formatCount } from '../../src/core/format-count';
import { pluralFormsOf } from '../../src/core/plural';
import { cardLabel, defaultMessages, formatExpiry, type WalletMessages } from '../../src/index';
import { defaultActionMessages } from '../../src/wallet/index';

// Issue 20: every locale entry, each counted message in every plural category its language has.
// Issue 21: and beside each, the wallet actions' entry (saved-card-kit/locales/actions/<tag>).
const sets = Object.fromEntries(
  await Promise.all(
    LOCALES.map(async (tag) => {
      const module = (await import(`../../${localeSource(tag)}`)) as Record<string, WalletMessages>;
      return [tag, module[localeExport(tag)] as WalletMessages] as const;
    }),
  ),
);
const actionSets = Object.fromEntries(
  await Promise.all(
    LOCALES.map(async (tag) => {
      const module = (await import(`../../${actionLocaleSource(tag)}`)) as Record<
        string,
        WalletActionMessages
      >;
      return [tag, module[actionLocaleExport(tag)] as WalletActionMessages] as const;
    }),
  ),
);
// Words spelled the same as in English on purpose.
const SAME_AS_ENGLISH: Record<string, string[]> = { fr: ['notifications'] };
const COUNTED = [
  'removeExpired',
  'removeExpiredTitle',
  'cardsRemoved',
  'cardsFailed',
  'undoable',
  'undoCountdown',
  'rateLimited',
] as const;
const ACTIONS_COUNTED = ['removeDuplicates', 'removeDuplicatesTitle'] as const;
// Arabic's six categories fall on 0, 1, 2, 3, 11 and 100; French, Spanish and Portuguese
// "many" on a million.
const COUNTS = [0, 1, 2, 3, 11, 100, 1_000_000];

/** Every leaf of a set, functions called with sample arguments. */
function leaves(messages: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'function') out[path] = value('5', 5);
    else
      for (const [key, inner] of Object.entries(value as object))
        walk(inner, path ? `${path}.${key}` : key);
  };
  walk(messages, '');
  return out;
}

/** A counted message's forms: one for every plural category of the tag's language. */
function expectEveryPluralForm(
  tag: string,
  key: string,
  message: (count: string, n: number) => string,
) {
  const set = sets[tag] as WalletMessages;
  const written = pluralFormsOf(message);
  expect(written, `${key} goes through Intl.PluralRules`).toBeDefined();
  const rules = new Intl.PluralRules(written?.lang);
  expect(new Intl.Locale(written?.lang ?? '').language).toBe(new Intl.Locale(tag).language);
  const needed = rules.resolvedOptions().pluralCategories;
  expect(Object.keys(written?.forms ?? {}).sort()).toEqual([...needed].sort());
  for (const n of COUNTS) {
    const count = formatCount(n, tag, set);
    const text = message(count, n);
    const form = written?.forms[rules.select(n)];
    expect(text, `${key}(${n})`).toBe(form?.replace('{count}', count));
    expect(text).not.toMatch(/undefined|\{count\}/);
  }
  // The catch-all form always shows the number.
  expect(message(formatCount(100, tag, set), 100)).toContain(formatCount(100, tag, set));
}

/** Same keys as the English set, none empty, none left in English but names. */
function expectTranslated(
  tag: string,
  own: Record<string, string>,
  english: Record<string, string>,
) {
  expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
  for (const [key, text] of Object.entries(own)) {
    expect(text.trim(), key).not.toBe('');
    expect(text, key).not.toMatch(/undefined|NaN|\[object|\{count\}/);
    const name = key.startsWith('brands.') && key !== 'brands.unknown';
    if (tag !== 'en' && !name && key !== 'numberingSystem' && !SAME_AS_ENGLISH[tag]?.includes(key))
      expect(text, key).not.toBe(english[key]);
  }
}

// The way axe's label-content-name-mismatch reads names: punctuation and case set aside.
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();

describe('package.json and scripts/locales.mjs', () => {
  test("name the same locale entries, the list's and the actions', both ways", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const exported = Object.keys(pkg.exports).filter((key) => key.startsWith('./locales/'));
    expect(exported.sort()).toEqual(
      LOCALES.flatMap((tag) => [`./locales/${tag}`, `./locales/actions/${tag}`]).sort(),
    );
  });
});

describe.each(LOCALES)('locale %s', (tag) => {
  const set = sets[tag] as WalletMessages;

  test('is exported by package.json as saved-card-kit/locales/<tag>', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports[`./locales/${tag}`]).toEqual({
      types: `./dist/types/locales/${tag.toLowerCase()}.d.ts`,
      import: `./dist/locales/${tag}.js`,
    });
  });

  test('names every message of the English set, none empty, none English but names', () => {
    expectTranslated(tag, leaves(set), leaves(defaultMessages));
  });

  test("a button's name holds its visible text whole (WCAG 2.5.3: speech input finds it)", () => {
    const name = cardLabel({ brand: 'mastercard', last4: '4444' }, set);
    for (const [visible, named] of [
      [set.remove, set.removeButton(name)],
      [set.replace, set.replaceButton(name)],
    ] as const) {
      expect(words(named)).toContain(words(visible));
    }
  });

  test('names its digits, which Intl knows', () => {
    expect(set.numberingSystem).toMatch(/^[a-z]{4}$/);
    expect(
      new Intl.NumberFormat(tag, { numberingSystem: set.numberingSystem }).resolvedOptions()
        .numberingSystem,
    ).toBe(set.numberingSystem);
  });

  test.each(COUNTED)('%s has a form for every plural category, for 0, 1, 2, 3, 11, 100', (key) => {
    expectEveryPluralForm(tag, key, set[key]);
  });

  test('Undo says which card is back, by the name the list gives it', () => {
    const name = cardLabel({ brand: 'visa', last4: '4242' }, set);
    const restored = set.restored(name);
    expect(restored).toContain(tag === 'en-XA' ? '4242' : name);
    expect(restored).not.toBe(set.removed(name));
  });

  test('the card stays in Latin digits: last 4 and expiry as printed on the card', () => {
    const name = cardLabel({ brand: 'visa', last4: '4242' }, set);
    expect(name).toContain('4242');
    expect(formatExpiry({ expiryMonth: 7, expiryYear: 2031 }, tag)).toMatch(
      /^[\p{P}\p{Z}\p{Cf}\d年月]*$/u,
    );
    expect(formatExpiry({ expiryMonth: 7, expiryYear: 2031 }, tag)).toMatch(/31/);
    expect(formatExpiry({ expiryMonth: 7, expiryYear: 2031 }, tag)).toBe('07/31');
  });
});

describe.each(LOCALES)("locale %s, the wallet actions' strings", (tag) => {
  const actions = actionSets[tag] as WalletActionMessages;

  test('is exported by package.json as saved-card-kit/locales/actions/<tag>', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports[`./locales/actions/${tag}`]).toEqual({
      types: `./dist/types/locales/actions/${tag.toLowerCase()}.d.ts`,
      import: `./dist/locales/actions/${tag}.js`,
    });
  });

  test('names every message of the English actions, none empty, none English', () => {
    expectTranslated(tag, leaves(actions), leaves(defaultActionMessages));
  });

  test("none of them is left in the list's set: a host that shows only the list pays for none", () => {
    const listKeys = Object.keys(sets[tag] as WalletMessages);
    expect(Object.keys(actions).filter((key) => listKeys.includes(key))).toEqual([]);
  });

  test('"Make default" is held whole in its button\'s name (WCAG 2.5.3)', () => {
    const name = cardLabel({ brand: 'mastercard', last4: '4444' }, sets[tag] as WalletMessages);
    expect(words(actions.makeDefaultButton(name))).toContain(words(actions.makeDefault));
  });

  test.each(ACTIONS_COUNTED)(
    '%s has a form for every plural category, for 0, 1, 2, 3, 11, 100',
    (key) => {
      expectEveryPluralForm(tag, key, actions[key]);
    },
  );
});

describe('digits', () => {
  test('counts use each set’s own digits, whatever the runtime’s default for the tag', () => {
    expect(formatCount(12, 'bn', sets.bn as WalletMessages)).toBe('১২');
    expect(formatCount(12, 'mr', sets.mr as WalletMessages)).toBe('१२');
    expect(formatCount(12, 'ar-EG', sets.ar as WalletMessages)).toBe('12');
    expect(formatCount(1200, 'hi-IN', sets['hi-IN'] as WalletMessages)).toBe('1,200');
  });

  test('a tag that names its digits wins: ar-EG-u-nu-arab, hi-IN-u-nu-deva', () => {
    expect(formatCount(12, 'ar-EG-u-nu-arab', sets.ar as WalletMessages)).toBe('١٢');
    expect(formatCount(12, 'hi-IN-u-nu-deva', sets['hi-IN'] as WalletMessages)).toBe('१२');
  });

  test('Arabic says one and two in the noun and counts from three', () => {
    const ar = sets.ar as WalletMessages;
    expect(ar.cardsRemoved('1', 1)).toBe('تمت إزالة بطاقة واحدة');
    expect(ar.cardsRemoved('2', 2)).toBe('تمت إزالة بطاقتين');
    expect(ar.cardsRemoved('3', 3)).toBe('تمت إزالة 3 بطاقات');
    expect(ar.cardsRemoved('11', 11)).toBe('تمت إزالة 11 بطاقة');
  });

  test('the pseudo-locale is accented, longer and bracketed', () => {
    const xa = sets['en-XA'] as WalletMessages;
    expect(xa.listHeading).toMatch(/^\[Šåṽéđ çåŕđš .+\]$/);
    expect(xa.listHeading.length).toBeGreaterThan(defaultMessages.listHeading.length * 1.3);
    expect(xa.cardsRemoved('2', 2)).toMatch(/^\[2 çåŕđš ŕéɱöṽéđ/);
    expect(xa.restored('Visa ending in 4242')).toMatch(/^\[Ṽîšå éñđîñĝ îñ 4242 îš ƀåçķ/);
    const xaActions = actionSets['en-XA'] as WalletActionMessages;
    expect(xaActions.savedTwice).toMatch(/^\[Šåṽéđ ţŵîçé .+\]$/);
    expect(xaActions.removeDuplicates('2', 2)).toMatch(/^\[Ŕéɱöṽé 2 đûþļîçåţé çåŕđš/);
  });
});
