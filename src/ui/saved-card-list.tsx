'use client';
import type { ComponentPropsWithoutRef, ReactElement, ReactNode } from 'react';
import { useRef } from 'react';
import type { CardBrand, SavedCard } from '../core/types';
import type { WalletError } from '../core/wallet-error';
import { useThisMonth } from '../query/clock';
import { type AddCardFlow, useAddCard } from '../query/use-add-card';
import { useCardRemoval } from '../query/use-card-removal';
import { useLoadFailure } from '../query/use-load-failure';
import { useSavedCards } from '../query/use-saved-cards';
import { useWalletContext } from '../query/wallet-context';
import { CardListError } from './card-list-error';
import { CardListSkeleton } from './card-list-skeleton';
import { CardRow, type CardRowParts, type RemoveButtonProps } from './card-row';
import { EmptyState } from './empty-state';
import { RemoveCardDialog } from './remove-card-dialog';
import { useSlot } from './use-slot';

/** Props of the ready-made list; remaining props land on the root `<section>`. */
export interface SavedCardListProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'onError'> {
  /** The empty-state slot: shown instead of the default "No saved cards". */
  emptyState?: ReactNode;
  /** Custom content of one row; the kit keeps the `<li>` and the remove behaviour. */
  renderCard?: (card: SavedCard, parts: CardRowParts) => ReactNode;
  /** The remove-button slot: render your own button, spreading `props` onto it. */
  renderRemoveButton?: (props: RemoveButtonProps) => ReactElement;
  /** Brand artwork for a row (e.g. `renderBrandMark` from `saved-card-kit/brand-marks`); text badge when absent or null. */
  renderBrandMark?: (brand: CardBrand) => ReactNode;
  onCardRemoved?: (card: SavedCard) => void;
  onError?: (error: WalletError, card?: SavedCard) => void;
  /**
   * Shows "Replace Visa ending in 4242" on a locked card: send the shopper to your add-card flow
   * (docs/browser-api.md). Pass a stable function, or every row re-renders with the list.
   */
  onReplaceCard?: (card: SavedCard) => void;
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

/** The shopper's saved cards with confirm-then-optimistic removal (docs/browser-api.md, docs/removal-rules.md). */
export function SavedCardList({
  emptyState,
  renderCard,
  renderRemoveButton,
  renderBrandMark,
  onCardRemoved,
  onError,
  onReplaceCard,
  canSetDefault = false,
  onAddCard,
  className,
  ...rest
}: SavedCardListProps) {
  const { messages, locale, expiringSoonMonths } = useWalletContext();
  const thisMonth = useThisMonth();
  const slot = useSlot();
  const root = slot('saved-card-list', 'root');
  const { cards, status, error, refetch, isFetching } = useSavedCards();
  const {
    getRemoveButtonProps,
    getLockReasonProps,
    getDefaultButtonProps,
    bulkButtonProps,
    duplicatesButtonProps,
    dialogProps,
    headingProps,
    cooldown,
  } = useCardRemoval({ onRemoved: onCardRemoved, onError });
  useLoadFailure(error, onError);
  const failed = error && (!cards || error.code === 'unauthenticated');
  const addButton = useRef<HTMLButtonElement>(null);
  const addCard = useAddCard(onAddCard, () => addButton.current?.focus());

  return (
    <section
      {...root}
      className={
        root.className && className
          ? `${root.className} ${className}`
          : (root.className ?? className)
      }
      {...rest}
    >
      <h2 {...headingProps} {...slot('heading')}>
        {messages.listHeading}
      </h2>
      {/* After a 429 every remove button waits, and the list says how long. */}
      {cooldown ? <p {...slot('cooldown')}>{cooldown.message}</p> : null}
      {status === 'pending' ? (
        <CardListSkeleton labelledBy={headingProps.id} messages={messages} />
      ) : failed ? (
        <CardListError
          error={error}
          messages={messages}
          onRetry={refetch}
          retrying={isFetching}
          locale={locale}
        />
      ) : cards && cards.length > 0 ? (
        <>
          {bulkButtonProps ? (
            <button
              {...bulkButtonProps}
              {...slot('bulk-button', 'button')}
              data-variant="danger-ghost"
            />
          ) : null}
          {duplicatesButtonProps ? (
            <button
              {...duplicatesButtonProps}
              {...slot('duplicates-button', 'button')}
              data-variant="danger-ghost"
            />
          ) : null}
          <ul aria-labelledby={headingProps.id} {...slot('list')}>
            {cards.map((card) => (
              <CardRow
                key={card.id}
                card={card}
                messages={messages}
                locale={locale}
                expiringSoonMonths={expiringSoonMonths}
                thisMonth={thisMonth}
                getRemoveButtonProps={getRemoveButtonProps}
                getLockReasonProps={getLockReasonProps}
                getDefaultButtonProps={canSetDefault ? getDefaultButtonProps : offerNoDefault}
                onReplaceCard={onReplaceCard}
                renderCard={renderCard}
                renderRemoveButton={renderRemoveButton}
                renderBrandMark={renderBrandMark}
              />
            ))}
          </ul>
        </>
      ) : (
        (emptyState ?? <EmptyState messages={messages} />)
      )}
      {/* Once the list is known, empty or not: the way to a first card as to a new one. */}
      {addCard && cards && !failed ? (
        <button type="button" ref={addButton} {...slot('add-button', 'button')} onClick={addCard}>
          {messages.addCard}
        </button>
      ) : null}
      <RemoveCardDialog {...dialogProps} messages={messages} />
    </section>
  );
}

// One function for every row, so turning the option off keeps the rows' memo.
const offerNoDefault = () => null;
