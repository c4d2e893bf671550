import { pluralFormsOf, pluralsFor } from '../core/plural';

// The pseudo-locale's rules, shared by its list set (en-xa.ts) and its action set
// (actions/en-xa.ts), so both read alike.

// a–z in order; capitals are these upper-cased.
const ACCENTED = [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'];
// Filler that wraps like words; German and Tamil run 30–40 % longer than English.
const FILLER = ' ·· ··· ·· ···· '.repeat(4);

/** "[Ŕéɱöṽé ·· ···]": accented, a third longer, bracketed; `{count}` is left for the count. */
export function pseudo(text: string): string {
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

/** A whole set made pseudo: every string, every message's output, nested sets too. */
export function pseudoAll<T extends object>(set: T): T {
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
