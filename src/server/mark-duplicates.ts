import type { SavedCard } from '../core/types';

/** A card of the list as it will be shown, beside the provider's fingerprint of its number. */
export interface FingerprintedCard {
  card: SavedCard;
  fingerprint?: string | undefined;
}

/**
 * The cards with the repeats marked (docs/http-contract.md §1); the input is left as it is (a
 * cached list is shared). The same provider fingerprint is the same card number:
 * `duplicateOf` alone. Without a fingerprint on one side, the same brand, last 4, expiry and
 * (known) holder is only a possible repeat: `duplicateOf` and `duplicate: 'possible'`. Two
 * different fingerprints are two cards, however alike they look. Each repeat names the card the
 * shopper keeps: the default, else one not expired, else the first listed (so removing the
 * repeats never leaves only an expired one). Run it after the default is known.
 */
export function markDuplicates(listed: readonly FingerprintedCard[]): SavedCard[] {
  const marks = listed.length > 1 ? duplicateMarks(listed) : undefined;
  // An adapter's own marks never count (guards/public-card.ts drops them): only these show.
  return listed.map((entry) => {
    const mark = marks?.get(entry);
    return mark === undefined ? entry.card : { ...entry.card, ...mark };
  });
}

type Mark = Pick<SavedCard, 'duplicateOf' | 'duplicate'>;

// The repeats and the card each names; undefined when there are none. Most lists have no
// fingerprint and no two cards with the same last 4: those are judged without building a key.
function duplicateMarks(
  listed: readonly FingerprintedCard[],
): Map<FingerprintedCard, Mark> | undefined {
  let marks: Map<FingerprintedCard, Mark> | undefined;
  if (listed.some((entry) => entry.fingerprint)) {
    for (const group of groupsOf(listed, (entry) => entry.fingerprint)) {
      const keeper = keeperOf(group);
      for (const entry of group) {
        if (entry === keeper) continue;
        marks ??= new Map();
        marks.set(entry, { duplicateOf: keeper.card.id });
      }
    }
  }
  // The look-alike key holds the last 4: only cards that share theirs can share a key.
  const alike = sharingLast4(listed);
  if (alike.length < 2) return marks;
  for (const group of groupsOf(alike, lookAlike)) {
    const open = group.filter((entry) => !marks?.has(entry));
    if (open.length < 2) continue;
    const keeper = keeperOf(open);
    for (const entry of open) {
      if (entry === keeper || (entry.fingerprint && keeper.fingerprint)) continue;
      marks ??= new Map();
      marks.set(entry, { duplicateOf: keeper.card.id, duplicate: 'possible' });
    }
  }
  return marks;
}

/** The entries whose last 4 another entry has too, in list order; none when no two share. */
function sharingLast4(listed: readonly FingerprintedCard[]): FingerprintedCard[] {
  const seen = new Set<string>();
  for (const { card } of listed) {
    if (seen.has(card.last4)) return sharingLast4ByMap(listed);
    seen.add(card.last4);
  }
  return [];
}

function sharingLast4ByMap(listed: readonly FingerprintedCard[]): FingerprintedCard[] {
  const counts = new Map<string, number>();
  for (const { card } of listed) counts.set(card.last4, (counts.get(card.last4) ?? 0) + 1);
  return listed.filter((entry) => (counts.get(entry.card.last4) ?? 0) > 1);
}

/** The entries that share a key, in list order, for each key shared by two or more. */
function groupsOf(
  listed: readonly FingerprintedCard[],
  keyOf: (entry: FingerprintedCard) => string | undefined,
): FingerprintedCard[][] {
  const groups = new Map<string, FingerprintedCard[]>();
  for (const entry of listed) {
    const key = keyOf(entry);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

// All four must match: a card whose holder is unknown (Adyen gives none) looks like no other,
// since brand, last 4 and expiry alone would call two family members' cards one.
function lookAlike({ card }: FingerprintedCard): string | undefined {
  const holder = holderKey(card.holderName);
  if (holder === '') return undefined;
  return [card.brand, card.last4, card.expiryMonth, card.expiryYear, holder].join('\u0000');
}

// "ASHA  RAO" and "Asha Rao" are one holder.
const holderKey = (name: string | undefined) =>
  (name ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function keeperOf(group: readonly FingerprintedCard[]): FingerprintedCard {
  return (
    group.find((entry) => entry.card.isDefault) ??
    group.find((entry) => !entry.card.expired) ??
    (group[0] as FingerprintedCard)
  );
}
