import { cardLabel } from '../core/card-label';
import { formatCount } from '../core/format-count';
import type { WalletMessages } from '../core/messages';
import { firstDefaultable, nextDefaultCard } from '../core/next-default';
import { sentences } from '../core/sentences';
import type { SavedCard } from '../core/types';

/**
 * What a confirm step asks about: one card, every removable expired card (docs/removal-rules.md
 * rule 9), or every confirmed repeat (docs/browser-api.md "Duplicates"), whose texts come with
 * it from `saved-card-kit/wallet`.
 */
export type RemovalTarget =
  | { kind: 'card'; card: SavedCard }
  | { kind: 'expired'; cards: SavedCard[] }
  | {
      kind: 'duplicates';
      cards: SavedCard[];
      /** "Remove 2 duplicate cards?". */
      title: string;
      /** Said before "This can't be undone.": "One copy of each card stays saved.". */
      lead: string;
    };

/** The texts of a confirm step. */
export interface RemovalTexts {
  /** The target's name ("Visa ending in 4242"); empty for a bulk confirm. */
  label: string;
  /** "Remove Visa ending in 4242?", "Remove 2 expired cards?" or "Remove 2 duplicate cards?". */
  title: string;
  /** The cards a bulk confirm names, each ("Visa ending in 4242"); empty for one card. */
  names: string[];
  /**
   * "This can't be undone.", or with `undoMs` for one card "You can undo this for 5 seconds.";
   * for repeats "One copy of each card stays saved. This can't be undone.".
   */
  description: string;
  /**
   * When the default card is among those leaving, the card that becomes the default ("Mastercard
   * ending in 4444 will become your default card."), by the server's own rule; else empty.
   */
  nextDefault: string;
}

/**
 * The confirm's texts for a target, in the shopper's language; all empty before any target.
 * `cards` is the list as shown, to name the card that becomes the default.
 */
export function describeRemoval(
  target: RemovalTarget | null,
  messages: WalletMessages,
  locale: string | undefined,
  undoMs: number,
  cards: readonly SavedCard[] = [],
): RemovalTexts {
  if (!target) return { label: '', title: '', names: [], description: '', nextDefault: '' };
  // src/core/next-default.ts, the rule the server applies to the DELETE.
  const next =
    target.kind === 'card'
      ? nextDefaultCard(cards, target.card.id)
      : target.cards.some((card) => card.isDefault)
        ? firstDefaultable(cards.filter((card) => !target.cards.includes(card)))
        : null;
  const nextDefault = next ? messages.nextDefault(cardLabel(next, messages)) : '';
  if (target.kind !== 'card') {
    const count = target.cards.length;
    const duplicates = target.kind === 'duplicates';
    return {
      nextDefault,
      label: '',
      title: duplicates
        ? target.title
        : messages.removeExpiredTitle(formatCount(count, locale, messages), count),
      names: target.cards.map((card) => cardLabel(card, messages)),
      // Bulk sends at once whatever undoMs says (docs/removal-rules.md rule 9).
      description: duplicates
        ? sentences([target.lead, messages.confirmDescription], messages)
        : messages.confirmDescription,
    };
  }
  const label = cardLabel(target.card, messages);
  const seconds = Math.ceil(undoMs / 1000);
  return {
    nextDefault,
    label,
    title: messages.confirmTitle(label),
    names: [],
    description:
      undoMs > 0
        ? messages.undoable(formatCount(seconds, locale, messages), seconds)
        : messages.confirmDescription,
  };
}
