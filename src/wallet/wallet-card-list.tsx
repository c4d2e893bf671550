'use client';
import { useRef } from 'react';
import type { RemovalParts } from '../query/use-card-removal';
import { useWalletContext } from '../query/wallet-context';
import { CardList, type ListExtras, type SavedCardListProps } from '../ui/saved-card-list';
import { useSlot } from '../ui/use-slot';
import { useRowBadges } from './row-badges';
import { type AddCardFlow, useAddCard } from './use-add-card';
import { useActionParts } from './use-wallet-actions';
import { withActions } from './with-actions';

/** {@link SavedCardListProps} and the wallet's actions. */
export interface WalletCardListProps extends SavedCardListProps {
  /**
   * Offers "Make default" on each card that can be the default (docs/browser-api.md "The default
   * card"). Off by default: it needs a backend that answers `PUT {base}/cards/{id}/default`
   * (docs/http-contract.md) and a client with `setDefaultCard`.
   */
  canSetDefault?: boolean;
  /**
   * Shows "Add a card" and calls this: open your provider's element (Stripe Payment Element,
   * Adyen Card component); the kit never sees the number. Resolve `true` once a card is saved:
   * the list refetches and announces it ("Visa ending in 4242 added"). `false`, nothing or a
   * rejection: nothing was added, nothing is said (docs/browser-api.md "Add a card").
   */
  onAddCard?: AddCardFlow;
}

/**
 * The saved-card list with the wallet's actions (docs/browser-api.md "The wallet"): "Saved twice"
 * and "Remove 2 duplicate cards", "Make default" with `canSetDefault`, "Add a card" with
 * `onAddCard`. A page that only removes cards uses `SavedCardList` and carries none of it.
 */
export function WalletCardList({
  canSetDefault = false,
  onAddCard,
  ...props
}: WalletCardListProps) {
  return <CardList {...props} useExtras={useExtras} />;

  // Made on each render and called once by the list, at the top of its render: a hook that
  // sees this render's props.
  function useExtras(parts: RemovalParts, known: boolean): ListExtras {
    const { messages } = useWalletContext();
    const slot = useSlot();
    const { getDefaultButtonProps, duplicatesButtonProps } = useActionParts(parts, canSetDefault);
    const addButton = useRef<HTMLButtonElement>(null);
    const addCard = useAddCard(onAddCard, () => addButton.current?.focus());
    return {
      getDefaultButtonProps,
      useBadges: useRowBadges,
      bulk: duplicatesButtonProps ? (
        <button
          {...duplicatesButtonProps}
          {...slot('duplicates-button', 'button')}
          data-variant="danger-ghost"
        />
      ) : null,
      // Once the list is known, empty or not: the way to a first card as to a new one.
      footer:
        addCard && known ? (
          <button type="button" ref={addButton} {...slot('add-button', 'button')} onClick={addCard}>
            {withActions(messages).addCard}
          </button>
        ) : null,
    };
  }
}
