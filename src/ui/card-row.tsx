import { memo, type ReactNode } from 'react';
import { formatExpiry } from '../core/brands';
import { cardLabel } from '../core/card-label';
import type { WalletMessages } from '../core/messages';
import type { SavedCard } from '../core/types';
import { BrandMark } from './brand-mark';

/** What a custom `renderCard` receives besides the card. */
export interface CardRowParts {
  /** "Visa ending in 4242". */
  label: string;
  /** The kit's remove button, wired to the confirm dialog and focus rules. */
  removeButton: ReactNode;
}

interface CardRowProps {
  card: SavedCard;
  messages: WalletMessages;
  onRemove: (card: SavedCard) => void;
  buttonRef: (id: string, element: HTMLButtonElement | null) => void;
  renderCard?: (card: SavedCard, parts: CardRowParts) => ReactNode;
  // While a 429 cooldown runs: aria-disabled keeps the button focusable (focus rules, §5.7).
  removeDisabled?: boolean;
}

// Memoised so removing one card of a thousand re-renders the list, not every row. Cards
// compare by value: a refetch parses new objects, and rows whose card is unchanged stay put.
export const CardRow = memo(function CardRow({
  card,
  messages,
  onRemove,
  buttonRef,
  renderCard,
  removeDisabled = false,
}: CardRowProps) {
  const label = cardLabel(card, messages);
  const expiry = formatExpiry(card);
  const removeButton = (
    <button
      type="button"
      ref={(element) => buttonRef(card.id, element)}
      data-slot="remove-button"
      className="wallet-button"
      data-variant="danger-ghost"
      aria-label={messages.removeButton(label)}
      aria-disabled={removeDisabled || undefined}
      onClick={() => {
        if (!removeDisabled) onRemove(card);
      }}
    >
      {messages.remove}
    </button>
  );
  return (
    <li
      data-slot="card"
      data-brand={card.brand}
      data-state={card.expired ? 'expired' : 'active'}
      className="wallet-card"
    >
      {renderCard ? (
        renderCard(card, { label, removeButton })
      ) : (
        <>
          <BrandMark brand={card.brand} />
          <div data-slot="card-details" className="wallet-card-details">
            {/* Shopper text: a <bdi> in its own block, so bidi controls in it cannot reorder the
                label or expiry; CSS cuts it to one line, the DOM (and AT) keeps all of it. */}
            {card.nickname ? (
              <bdi data-slot="card-nickname" className="wallet-card-nickname" title={card.nickname}>
                {card.nickname}
              </bdi>
            ) : null}
            <span data-slot="card-label" className="wallet-card-label">
              {label}
            </span>
            <span data-slot="card-meta" className="wallet-card-meta">
              {card.holderName ? (
                <bdi data-slot="card-holder" className="wallet-card-holder" title={card.holderName}>
                  {card.holderName}
                </bdi>
              ) : null}
              <span data-slot="card-expiry" data-state={card.expired ? 'expired' : 'active'}>
                {card.expired ? messages.expired(expiry) : messages.expires(expiry)}
              </span>
              {/* In the meta line, not beside the button: on a phone it would starve the label. */}
              {card.isDefault ? (
                <span data-slot="default-badge" className="wallet-badge">
                  {messages.defaultBadge}
                </span>
              ) : null}
            </span>
          </div>
          {removeButton}
        </>
      )}
    </li>
  );
}, sameRow);

function sameRow(prev: CardRowProps, next: CardRowProps): boolean {
  return (
    prev.messages === next.messages &&
    prev.onRemove === next.onRemove &&
    prev.buttonRef === next.buttonRef &&
    prev.renderCard === next.renderCard &&
    prev.removeDisabled === next.removeDisabled &&
    sameCard(prev.card, next.card)
  );
}

function sameCard(a: SavedCard, b: SavedCard): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof SavedCard>;
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
