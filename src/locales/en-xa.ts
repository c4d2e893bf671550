import { BRAND_NAMES } from '../core/brand-names';
import { defaultMessages, type WalletMessages } from '../core/messages';
import { pluralFormsOf, pluralsFor } from '../core/plural';

// a–z in order; capitals are these upper-cased.
const ACCENTED = [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'];
// Filler that wraps like words; German and Tamil run 30–40 % longer than English.
const FILLER = ' ·· ··· ·· ···· '.repeat(4);

/** "[Ŕéɱöṽé ·· ···]": accented, a third longer, bracketed; `{count}` is left for the count. */
function pseudo(text: string): string {
  const accented = text
    .split(/(\{count\})/)
    .map((part) =>
      part === '{count}'
        ? part
        : part.replace(/[a-z]/gi, (c) => {
            const accented = ACCENTED[c.toLowerCase().charCodeAt(0) - 97] ?? c;
            return c < 'a' ? accented.toUpperCase() : accented;
          }),
    )
    .join('');
  return `[${accented}${FILLER.slice(0, Math.ceil(text.length / 3))}]`;
}

type Message = (...args: never[]) => string;

function pseudoMessage(message: Message): Message {
  const written = pluralFormsOf(message);
  if (!written) return (...args) => pseudo(message(...args));
  const forms = Object.fromEntries(Object.entries(written.forms).map(([k, v]) => [k, pseudo(v)]));
  return pluralsFor(written.lang)({ ...forms, other: pseudo(written.forms.other) });
}

function pseudoAll<T extends object>(set: T): T {
  const entries = Object.entries(set).map(([key, value]) => [
    key,
    typeof value === 'string'
      ? pseudo(value)
      : typeof value === 'function'
        ? pseudoMessage(value)
        : pseudoAll(value),
  ]);
  return Object.fromEntries(entries) as T;
}

/**
 * A pseudo-locale for designers and tests, not for shoppers: English, accented, a third longer
 * and in brackets, so a cut-off, an untranslated or a concatenated string shows on sight.
 * `<WalletProvider locale="en-XA" messages={enXAMessages}>`.
 */
export const enXAMessages: WalletMessages = {
  ...pseudoAll(defaultMessages),
  numberingSystem: 'latn',
  // Brand names stay as printed on the card, as in every locale.
  brands: { ...BRAND_NAMES, unknown: pseudo(BRAND_NAMES.unknown) },
};
