'use client';
import type { ComponentPropsWithoutRef, ReactElement, ReactNode } from 'react';
import type { CardBrand, SavedCard } from '../core/types';
import type { WalletError } from '../core/wallet-error';
import { useThisMonth } from '../query/clock';
import { type RemovalParts, useRemovalParts } from '../query/use-card-removal';
import { useLoadFailure } from '../query/use-load-failure';
import { useSavedCards } from '../query/use-saved-cards';
import { useWalletContext } from '../query/wallet-context';
import { CardListError } from './card-list-error';
import { CardListSkeleton } from './card-list-skeleton';
import { CardRow, type CardRowParts, type RemoveButtonProps, type RowExtras } from './card-row';
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
}

/**
 * What the wallet's actions (`saved-card-kit/wallet`) add to the list: per row (stable, as the
 * rows are memoised), beside the expired-cards button, and under the list once it is known.
 */
export interface ListExtras extends RowExtras {
  bulk?: ReactNode;
  footer?: ReactNode;
}

/** Called on every render of the list, always the same function: a hook. */
export type UseListExtras = (parts: RemovalParts, known: boolean) => ListExtras;

const noExtras: UseListExtras = () => NO_EXTRAS;
const NO_EXTRAS: ListExtras = {};

/** The shopper's saved cards with confirm-then-optimistic removal (docs/browser-api.md, docs/removal-rules.md). */
export function SavedCardList(props: SavedCardListProps) {
  return <CardList {...props} useExtras={noExtras} />;
}

/** The list behind {@link SavedCardList} and the wallet's `WalletCardList`. */
export function CardList({
  useExtras,
  emptyState,
  renderCard,
  renderRemoveButton,
  renderBrandMark,
  onCardRemoved,
  onError,
  onReplaceCard,
  className,
  ...rest
}: SavedCardListProps & { useExtras: UseListExtras }) {
  const { messages, locale, expiringSoonMonths } = useWalletContext();
  const thisMonth = useThisMonth();
  const slot = useSlot();
  const root = slot('saved-card-list', 'root');
  const { cards, status, error, refetch, isFetching } = useSavedCards();
  const parts = useRemovalParts({ onRemoved: onCardRemoved, onError });
  const { getRemoveButtonProps, getLockReasonProps, bulkButtonProps, dialogProps, headingProps } =
    parts.removal;
  const { cooldown } = parts.removal;
  useLoadFailure(error, onError);
  const failed = error && (!cards || error.code === 'unauthenticated');
  const { bulk, footer, getDefaultButtonProps, useBadges } = useExtras(parts, !!cards && !failed);

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
          {bulk}
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
                getDefaultButtonProps={getDefaultButtonProps}
                useBadges={useBadges}
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
      {footer}
      <RemoveCardDialog {...dialogProps} messages={messages} />
    </section>
  );
}
