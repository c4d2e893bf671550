import type { SavedCard } from '../../core/types';
import { CARD_BRANDS } from '../../core/types';
import { isValidCardId } from '../guards/card-id';
import { isExpired } from '../providers/expiry';
import type { ExpectedCard } from './types';

const FIELDS = new Set([
  'id',
  'brand',
  'last4',
  'expiryMonth',
  'expiryYear',
  'expired',
  'holderName',
  'nickname',
  'issuer',
  'isDefault',
  'locked',
]);

/** What is wrong with `value` as a DESIGN §2 card at `now`, or null when nothing is. */
export function cardProblem(value: unknown, now: Date): string | null {
  if (typeof value !== 'object' || value === null) return 'a card is not an object';
  const card = value as Record<string, unknown>;
  const extra = Object.keys(card).filter((key) => !FIELDS.has(key));
  if (extra.length > 0) return `a card carries fields outside DESIGN §2: ${extra.join(', ')}`;
  if (typeof card.id !== 'string' || !isValidCardId(card.id)) return 'a card id is not a valid id';
  if (!(CARD_BRANDS as readonly unknown[]).includes(card.brand))
    return `card ${card.id}: unknown brand value`;
  if (typeof card.last4 !== 'string' || !/^\d{4}$/.test(card.last4))
    return `card ${card.id}: last4 is not 4 digits`;
  const { expiryMonth: month, expiryYear: year } = card;
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
    return `card ${card.id}: expiryMonth outside 1–12`;
  }
  if (!Number.isInteger(year) || (year as number) < 1000 || (year as number) > 9999) {
    return `card ${card.id}: expiryYear is not four digits`;
  }
  if (card.expired !== isExpired(month as number, year as number, now)) {
    return `card ${card.id}: expired is not computed month-inclusive (DESIGN §2)`;
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
