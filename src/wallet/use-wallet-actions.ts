'use client';
import { useCallback } from 'react';
import { cardLabel } from '../core/card-label';
import { formatCount } from '../core/format-count';
import type { SavedCard } from '../core/types';
import {
  type BulkButtonBehavior,
  type CardRemoval,
  type RemovalParts,
  useRemovalParts,
} from '../query/use-card-removal';
import type { UseRemoveCardOptions } from '../query/use-remove-card';
import { useSavedCards } from '../query/use-saved-cards';
import { useWalletContext } from '../query/wallet-context';
import { settingDefault } from './default-command';
import { removableDuplicates } from './duplicates';
import { useSetDefaultCard } from './use-set-default';
import { withActions } from './with-actions';

/** A "Make default" button (docs/browser-api.md "The default card"): makes its card the default. */
export interface DefaultButtonBehavior {
  type: 'button';
  /** "Make default: Visa ending in 4242". */
  'aria-label': string;
  /** During a 429 cooldown: focusable, the click sends nothing. */
  'aria-disabled': true | undefined;
  /** Moves the badge at once and focus to the row's remove button (this button goes away). */
  onClick: () => void;
  /** "Make default". */
  children: string;
}

/** The wallet's actions on a list, as props to spread. */
export interface WalletActions {
  /**
   * A "Make default" button's props for a card that is not the default, expired or locked, when
   * offered and the client can set the default; else null.
   */
  getDefaultButtonProps: (card: SavedCard) => DefaultButtonBehavior | null;
  /**
   * With one or more confirmed repeats that may go (never the default, a locked card or a
   * `'possible'` one), "Remove 2 duplicate cards", opening the list's confirm; else null.
   */
  duplicatesButtonProps: BulkButtonBehavior | null;
}

// The duplicates button's key among the list's buttons: no card id is a symbol.
const DUPLICATES = Symbol('duplicates');

/** What {@link useWalletActions} takes: `useCardRemoval`'s options, and whether to offer "Make default". */
export interface UseWalletActionsOptions extends UseRemoveCardOptions {
  /** Offer "Make default" (it needs a backend that answers the PUT); off by default. */
  canSetDefault?: boolean;
}

/**
 * `useCardRemoval()` with the wallet's actions, for your own markup: the same props, plus
 * `getDefaultButtonProps(card)` and `duplicatesButtonProps`, whose confirm is the removal's own.
 */
export function useWalletActions(
  options: UseWalletActionsOptions = {},
): CardRemoval & WalletActions {
  const parts = useRemovalParts(options);
  return { ...parts.removal, ...useActionParts(parts, options.canSetDefault ?? false) };
}

/** Set default and remove duplicates on top of a list's removal (its confirm, focus and cooldown). */
export function useActionParts(parts: RemovalParts, offerDefault: boolean): WalletActions {
  const wallet = useWalletContext();
  const { locale } = wallet;
  const messages = withActions(wallet.messages);
  const { cards } = useSavedCards();
  const { available, setDefaultCard } = useSetDefaultCard();
  const { focus, waiting, bulkButton } = parts;
  const offered = offerDefault && available;
  const getDefaultButtonProps = useCallback(
    (card: SavedCard): DefaultButtonBehavior | null =>
      offered && settingDefault.allowed(card)
        ? {
            type: 'button',
            'aria-label': messages.makeDefaultButton(cardLabel(card, messages)),
            'aria-disabled': waiting || undefined,
            onClick: () => {
              // The badge moves and this button goes with it: focus stays on the row.
              if (!waiting && setDefaultCard(card)) focus.stayOnRow(card.id);
            },
            children: messages.makeDefault,
          }
        : null,
    [offered, setDefaultCard, messages, waiting, focus],
  );
  const repeats = removableDuplicates(cards ?? []);
  const count = formatCount(repeats.length, locale, messages);
  const duplicatesButtonProps = repeats.length
    ? bulkButton(
        DUPLICATES,
        {
          kind: 'duplicates',
          cards: repeats,
          title: messages.removeDuplicatesTitle(count, repeats.length),
          lead: messages.duplicatesKept,
        },
        messages.removeDuplicates(count, repeats.length),
      )
    : null;
  return { getDefaultButtonProps, duplicatesButtonProps };
}
