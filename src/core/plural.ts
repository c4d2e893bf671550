/**
 * One counted message's wording per CLDR plural category of its language ("zero", "one",
 * "two", "few", "many", "other"); `{count}` is where the formatted count goes. `other` is
 * CLDR's catch-all, so every language writes it.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A counted message: `count` already formatted for the locale, `n` the number it shows. */
export type CountedMessage = (count: string, n: number) => string;

/** What a counted message was written with: its language and its forms. */
export interface WrittenPlural {
  lang: string;
  forms: PluralForms;
}

/**
 * Counted messages in one language: `Intl.PluralRules` for `lang` picks each one's form. Each
 * message carries its language and forms, so the locale tests can check that every category the
 * language needs has its form: at run time a missing one falls back to `other` (a newer CLDR
 * may add a category), which would hide the gap.
 */
export function pluralsFor(lang: string): (forms: PluralForms) => CountedMessage {
  let rules: Intl.PluralRules | undefined;
  return (forms) =>
    Object.assign(
      (count: string, n: number) => {
        rules ??= new Intl.PluralRules(lang);
        return (forms[rules.select(n)] ?? forms.other).replace('{count}', count);
      },
      { lang, forms } satisfies WrittenPlural,
    );
}

/** The language and forms a counted message was written with (undefined for a host's own). */
export function pluralFormsOf(message: object): WrittenPlural | undefined {
  return 'forms' in message ? (message as WrittenPlural) : undefined;
}
