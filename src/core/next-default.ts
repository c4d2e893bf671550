import type { SavedCard } from './types';

/** What the rule reads of a card: its id, whether it is the default, expired or locked. */
export type DefaultCandidate = Pick<SavedCard, 'id' | 'expired' | 'isDefault' | 'locked'>;

/**
 * The card that becomes the default when `removedId` goes (docs/http-contract.md "Removing the
 * default card"): the first card left in list order that is neither expired nor locked, or
 * null when none is. Null as well when the card removed is not the default: nothing moves.
 * One rule for the server, which sets that card, and the browser, whose confirm names it.
 */
export function nextDefaultCard<T extends DefaultCandidate>(
  cards: readonly T[],
  removedId: string,
): T | null {
  const removed = cards.find((card) => card.id === removedId);
  if (removed?.isDefault !== true) return null;
  return firstDefaultable(cards, removedId);
}

/** The first card in list order, other than `exceptId`, that may be the default; else null. */
export function firstDefaultable<T extends DefaultCandidate>(
  cards: readonly T[],
  exceptId?: string,
): T | null {
  return (
    cards.find(
      (card) => card.id !== exceptId && card.expired !== true && card.locked === undefined,
    ) ?? null
  );
}
