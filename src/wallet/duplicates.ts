import type { SavedCard } from '../core/types';

/**
 * The repeats "Remove duplicate cards" offers, in list order (docs/browser-api.md
 * "Duplicates"): cards the server marked `duplicateOf` by the provider's fingerprint (never a
 * `'possible'` one), neither the default nor locked, whose kept card is in `cards` and is not a
 * repeat itself. The server chose that card (the default, else one not expired, else the first
 * listed); checking it here means one copy of each card always stays, whatever a list says.
 */
export function removableDuplicates(cards: readonly SavedCard[]): SavedCard[] {
  const kept = new Set(cards.flatMap((card) => (card.duplicateOf === undefined ? [card.id] : [])));
  return cards.filter(
    (card) =>
      card.duplicateOf !== undefined &&
      card.duplicate === undefined &&
      !card.isDefault &&
      !card.locked &&
      kept.has(card.duplicateOf),
  );
}
