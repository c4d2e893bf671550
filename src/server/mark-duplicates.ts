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
  const marks = new Map<FingerprintedCard, Pick<SavedCard, 'duplicateOf' | 'duplicate'>>();
  if (listed.length > 1) {
    for (const group of groupsOf(listed, (entry) => entry.fingerprint)) {
      const keeper = keeperOf(group);
      for (const entry of group) {
        if (entry !== keeper) marks.set(entry, { duplicateOf: keeper.card.id });
      }
    }
    for (const group of groupsOf(listed, lookAlike)) {
      const open = group.filter((entry) => !marks.has(entry));
      if (open.length < 2) continue;
      const keeper = keeperOf(open);
      for (const entry of open) {
        if (entry === keeper || (entry.fingerprint && keeper.fingerprint)) continue;
        marks.set(entry, { duplicateOf: keeper.card.id, duplicate: 'possible' });
      }
    }
  }
  // An adapter's own marks never count (guards/public-card.ts drops them): only these show.
  return listed.map((entry) => {
    const mark = marks.get(entry);
    return mark === undefined ? entry.card : { ...entry.card, ...mark };
  });
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
