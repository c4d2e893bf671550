import { cardLabel } from '../core/card-label';
import { formatCount } from '../core/format-count';
import type { WalletMessages } from '../core/messages';
import type { SavedCard } from '../core/types';

/** What a confirm step asks about: one card, or every removable expired card (docs/removal-rules.md rule 9). */
export type RemovalTarget =
  | { kind: 'card'; card: SavedCard }
  | { kind: 'expired'; cards: SavedCard[] };

/** The texts of a confirm step. */
export interface RemovalTexts {
  /** The target's name ("Visa ending in 4242"); empty for a bulk confirm. */
  label: string;
  /** "Remove Visa ending in 4242?" or "Remove 2 expired cards?". */
  title: string;
  /** The cards a bulk confirm names, each ("Visa ending in 4242"); empty for one card. */
  names: string[];
  /** "This can't be undone.", or with `undoMs` for one card "You can undo this for 5 seconds.". */
  description: string;
}

/** The confirm's texts for a target, in the shopper's language; all empty before any target. */
export function describeRemoval(
  target: RemovalTarget | null,
  messages: WalletMessages,
  locale: string | undefined,
  undoMs: number,
): RemovalTexts {
  if (!target) return { label: '', title: '', names: [], description: '' };
  if (target.kind === 'expired') {
    const count = target.cards.length;
    return {
      label: '',
      title: messages.removeExpiredTitle(formatCount(count, locale, messages), count),
      names: target.cards.map((card) => cardLabel(card, messages)),
      // Bulk sends at once whatever undoMs says (docs/removal-rules.md rule 9).
      description: messages.confirmDescription,
    };
  }
  const label = cardLabel(target.card, messages);
  const seconds = Math.ceil(undoMs / 1000);
  return {
    label,
    title: messages.confirmTitle(label),
    names: [],
    description:
      undoMs > 0
        ? messages.undoable(formatCount(seconds, locale, messages), seconds)
        : messages.confirmDescription,
  };
}
