import {
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react';
import { cardLabel } from '../core/card-label';
import type { CardBrand, SavedCard } from '../core/types';
import type { WalletError } from '../core/wallet-error';
import { useRemovalCooldown } from '../query/use-removal-cooldown';
import { useRemoveCard } from '../query/use-remove-card';
import { useSavedCards } from '../query/use-saved-cards';
import { useWalletContext } from '../query/wallet-context';
import { CardListError } from './card-list-error';
import { CardListSkeleton } from './card-list-skeleton';
import { CardRow, type CardRowParts, type RemoveButtonProps } from './card-row';
import { EmptyState } from './empty-state';
import { RemoveCardDialog } from './remove-card-dialog';
import { useLoadErrorCallback } from './use-load-error-callback';
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
}

/** The shopper's saved cards with confirm-then-optimistic removal (DESIGN §4–§5). */
export function SavedCardList({
  emptyState,
  renderCard,
  renderRemoveButton,
  renderBrandMark,
  onCardRemoved,
  onError,
  className,
  ...rest
}: SavedCardListProps) {
  const { messages, locale } = useWalletContext();
  const slot = useSlot();
  const root = slot('saved-card-list', 'root');
  const { cards, status, error, refetch, isFetching } = useSavedCards();
  const { removeCard } = useRemoveCard({ onRemoved: onCardRemoved, onError });
  useLoadErrorCallback(error, onError);
  // After a 429 every remove button waits, and the list says how long.
  const cooldown = useRemovalCooldown();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [target, setTarget] = useState<SavedCard | null>(null);
  // The remove button focus goes to when the dialog closes (DESIGN §5.7): the opener after a
  // cancel, the next (else previous) card's after a removal; null means the heading.
  const focusOnClose = useRef<string | null>(null);

  const buttonRef = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element);
    else buttons.current.delete(id);
  }, []);

  const confirm = () => {
    if (!target || !cards) return;
    const index = cards.findIndex((card) => card.id === target.id);
    const neighbour = cards[index + 1] ?? cards[index - 1];
    focusOnClose.current = neighbour?.id ?? null;
    removeCard(target);
    setTarget(null);
  };

  const open = useCallback((card: SavedCard) => {
    focusOnClose.current = card.id;
    setTarget(card);
  }, []);

  // Radix would focus its Trigger, but each row has its own button and after a removal
  // that row is gone, so the list decides.
  const onCloseAutoFocus = (event: Event) => {
    event.preventDefault();
    (buttons.current.get(focusOnClose.current ?? '') ?? headingRef.current)?.focus();
  };

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
      <h2 id={headingId} ref={headingRef} tabIndex={-1} {...slot('heading')}>
        {messages.listHeading}
      </h2>
      {cooldown > 0 ? <p {...slot('cooldown')}>{messages.rateLimited(cooldown, locale)}</p> : null}
      {status === 'pending' ? (
        <CardListSkeleton labelledBy={headingId} messages={messages} />
      ) : error && (!cards || error.code === 'unauthenticated') ? (
        <CardListError
          error={error}
          messages={messages}
          onRetry={refetch}
          retrying={isFetching}
          locale={locale}
        />
      ) : cards && cards.length > 0 ? (
        <ul aria-labelledby={headingId} {...slot('list')}>
          {cards.map((card) => (
            <CardRow
              key={card.id}
              card={card}
              messages={messages}
              locale={locale}
              onRemove={open}
              buttonRef={buttonRef}
              renderCard={renderCard}
              renderRemoveButton={renderRemoveButton}
              renderBrandMark={renderBrandMark}
              removeDisabled={cooldown > 0}
            />
          ))}
        </ul>
      ) : (
        (emptyState ?? <EmptyState messages={messages} />)
      )}
      <RemoveCardDialog
        label={target ? cardLabel(target, messages) : null}
        messages={messages}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
        onCloseAutoFocus={onCloseAutoFocus}
      />
    </section>
  );
}
