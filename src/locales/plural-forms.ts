import { pluralsFor } from '../core/plural';

// Plural shapes a language's two sets (the list's and the wallet actions') both write with.

const hi = pluralsFor('hi');
/** Hindi: one form for every count, as the noun does not change after a number. */
export const hiSame = (text: string) => hi({ one: text, other: text });

const ar = pluralsFor('ar');
/** Arabic: 0 and 11 and up read alike here (the singular after the number), so they share one form. */
export const arForms = (one: string, two: string, few: string, rest: string) =>
  ar({ zero: rest, one, two, few, many: rest, other: rest });
