import * as v from 'valibot';
import { savedCardSchema } from '../../core/schemas';
import type { SavedCard } from '../../core/types';
import { isValidCardId } from '../guards/card-id';
import { isExpired } from '../providers/expiry';
import type { ExpectedCard } from './types';

// The contract's fields, plus `locked`, which the handler's lockReason adds.
const FIELDS: ReadonlySet<string> = new Set([...Object.keys(savedCardSchema.entries), 'locked']);

/** What is wrong with `value` as a docs/http-contract.md §1 card at `now`, or null when nothing is. */
export function cardProblem(value: unknown, now: Date): string | null {
  if (typeof value !== 'object' || value === null) return 'a card is not an object';
  const extra = Object.keys(value).filter((key) => !FIELDS.has(key));
  if (extra.length > 0)
    return `a card carries fields outside the card contract: ${extra.join(', ')}`;
  // The browser's own schema judges the card, field by field.
  const parsed = v.safeParse(savedCardSchema, value);
  if (!parsed.success) {
    const field = v.getDotPath(parsed.issues[0]) ?? 'a field';
    return `a card breaks the card contract at ${field}`;
  }
  const card = parsed.output;
  if (!isValidCardId(card.id)) return 'a card id is not a valid id';
  if (card.expired !== isExpired(card.expiryMonth, card.expiryYear, now)) {
    return `card ${card.id}: expired is not computed month-inclusive (the card contract)`;
  }
  return null;
}

/** The listed cards matched to the expected ones, or what does not match. */
export function matchCards(
  listed: SavedCard[],
  expected: ExpectedCard[],
): { ok: true; ids: string[] } | { ok: false; detail: string } {
  if (listed.length !== expected.length) {
    return {
      ok: false,
      detail: `listed ${listed.length} cards, the fixture has ${expected.length}`,
    };
  }
  const left = [...listed];
  const ids: string[] = [];
  for (const [index, want] of expected.entries()) {
    const at = left.findIndex((card) =>
      Object.entries(want).every(([key, value]) => card[key as keyof SavedCard] === value),
    );
    if (at < 0) return { ok: false, detail: `no listed card matches fixture card #${index + 1}` };
    ids.push(left[at]?.id ?? '');
    left.splice(at, 1);
  }
  return { ok: true, ids };
}
