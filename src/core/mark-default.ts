import type { SavedCard } from './types';

/** The cards with `id` as the only default (null: none); a card already right keeps its object. */
export function markDefault(cards: readonly SavedCard[], id: string | null): SavedCard[] {
  return cards.map((card) =>
    (card.isDefault === true) === (card.id === id) ? card : { ...card, isDefault: card.id === id },
  );
}
