'use client';
import type { WalletMessages } from '../core/messages';
import type { SavedCard } from '../core/types';
import type { Slot } from '../ui/use-slot';
import { withActions } from './with-actions';

/**
 * "Saved twice" on the repeat only, the copy "Remove duplicate cards" would remove; the card it
 * repeats (the default, or the first listed) says nothing, so the marked row is the one that
 * goes (docs/browser-api.md "Duplicates"). "Possibly saved twice" when only brand, last 4,
 * expiry and holder match.
 */
export function renderDuplicateBadge(card: SavedCard, messages: WalletMessages, slot: Slot) {
  if (!card.duplicateOf) return null;
  const actions = withActions(messages);
  return (
    <>
      {' '}
      <span {...slot('duplicate-badge', 'badge')} data-state={card.duplicate}>
        {card.duplicate ? actions.possiblySavedTwice : actions.savedTwice}
      </span>
    </>
  );
}
