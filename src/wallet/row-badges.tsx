'use client';
import type { WalletMessages } from '../core/messages';
import type { SavedCard } from '../core/types';
import type { RowBadges } from '../ui/card-row';
import type { Slot } from '../ui/use-slot';
import { useBankUpdate } from './use-bank-update';
import { withActions } from './with-actions';

/** A row's badges from the wallet: "Updated by your bank", then "Saved twice". */
export function useRowBadges(card: SavedCard, messages: WalletMessages, slot: Slot): RowBadges {
  const updated = useBankUpdate(card);
  const actions = withActions(messages);
  return {
    // Beside the expiry it may have changed; text, so it is read with the row.
    afterExpiry: updated ? (
      <>
        {' '}
        <span {...slot('updated-badge', 'badge')} ref={updated}>
          {actions.updatedByBank}
        </span>
      </>
    ) : null,
    // On the repeat only, the copy "Remove duplicate cards" would remove; the card it repeats
    // (the default, or the first listed) says nothing, so the marked row is the one that goes
    // (docs/browser-api.md "Duplicates"). "Possibly" when only brand, last 4, expiry and holder
    // match.
    last: card.duplicateOf ? (
      <>
        {' '}
        <span {...slot('duplicate-badge', 'badge')} data-state={card.duplicate}>
          {card.duplicate ? actions.possiblySavedTwice : actions.savedTwice}
        </span>
      </>
    ) : null,
  };
}
