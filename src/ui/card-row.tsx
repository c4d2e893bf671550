import {
  type ButtonHTMLAttributes,
  memo,
  type ReactElement,
  type ReactNode,
  type RefCallback,
} from 'react';
import { formatExpiry } from '../core/brands';
import { cardLabel } from '../core/card-label';
import type { WalletMessages } from '../core/messages';
import type { CardBrand, SavedCard } from '../core/types';
import { BrandMark } from './brand-mark';
import { useSlot } from './use-slot';

/** What a custom `renderCard` receives besides the card. */
export interface CardRowParts {
  /** "Visa ending in 4242". */
  label: string;
  /** The kit's remove button, wired to the confirm dialog and focus rules. */
  removeButton: ReactNode;
}

/**
 * What `renderRemoveButton` must spread onto its `<button>` (or a component forwarding its
 * ref to one): the name, click, ref for the focus rules, `aria-disabled`, data attributes.
 */
export interface RemoveButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  ref: RefCallback<HTMLButtonElement>;
  'aria-label': string;
  'data-slot': 'remove-button';
  'data-variant': 'danger-ghost';
  /** The visible text, "Remove". */
  children: string;
}

type CardRowProps = {
  card: SavedCard;
  messages: WalletMessages;
  locale: string | undefined;
  onRemove: (card: SavedCard) => void;
  buttonRef: (id: string, element: HTMLButtonElement | null) => void;
  renderCard?: (card: SavedCard, parts: CardRowParts) => ReactNode;
  renderRemoveButton?: (props: RemoveButtonProps) => ReactElement;
  renderBrandMark?: (brand: CardBrand) => ReactNode;
  // While a 429 cooldown runs: aria-disabled keeps the button focusable (focus rules, §5.7).
  removeDisabled?: boolean;
};

// Memoised so removing one card of a thousand re-renders the list, not every row. Cards
// compare by value: a refetch parses new objects, and rows whose card is unchanged stay put.
export const CardRow = memo(function CardRow({
  card,
  messages,
  locale,
  onRemove,
  buttonRef,
  renderCard,
  renderRemoveButton,
  renderBrandMark,
  removeDisabled,
}: CardRowProps) {
  const slot = useSlot();
  const label = cardLabel(card, messages);
  const expiry = formatExpiry(card, locale);
  const state = card.expired ? 'expired' : 'active';
  const buttonProps: RemoveButtonProps = {
    type: 'button',
    ref: (element) => buttonRef(card.id, element),
    ...(slot('remove-button', 'button') as { 'data-slot': 'remove-button' }),
    'data-variant': 'danger-ghost',
    'aria-label': messages.removeButton(label),
    'aria-disabled': removeDisabled || undefined,
    onClick: () => {
      if (!removeDisabled) onRemove(card);
    },
    children: messages.remove,
  };
  const removeButton = renderRemoveButton ? (
    renderRemoveButton(buttonProps)
  ) : (
    <button {...buttonProps} />
  );
  return (
    <li {...slot('card')} data-brand={card.brand} data-state={state}>
      {renderCard ? (
        renderCard(card, { label, removeButton })
      ) : (
        <>
          <BrandMark brand={card.brand}>{renderBrandMark?.(card.brand)}</BrandMark>
          <div {...slot('card-details')}>
            {/* Shopper text: a <bdi> in its own block, so bidi controls in it cannot reorder the
                label or expiry; CSS cuts it after two lines, the DOM (and AT) keeps all of it. */}
            {/* The spaces between parts: unstyled they read as words ("Work card Mastercard…",
                not "Work cardMastercard…"); our grid and flex rows ignore them. */}
            {card.nickname ? (
              <bdi {...slot('card-nickname')} title={card.nickname}>
                {card.nickname}
              </bdi>
            ) : null}{' '}
            <span {...slot('card-label')}>{label}</span>{' '}
            <span {...slot('card-meta')}>
              {card.holderName ? (
                <bdi {...slot('card-holder')} title={card.holderName}>
                  {card.holderName}
                </bdi>
              ) : null}{' '}
              <span data-slot="card-expiry" data-state={state}>
                {(card.expired ? messages.expired : messages.expires)(expiry)}
              </span>{' '}
              {/* In the meta line, not beside the button: on a phone it would starve the label. */}
              {card.isDefault ? (
                <span {...slot('default-badge', 'badge')}>{messages.defaultBadge}</span>
              ) : null}
            </span>
          </div>
          {removeButton}
        </>
      )}
    </li>
  );
}, same);

type Fields = Record<string, unknown>;

// Props by identity, except the card: by value, one level deep (its fields are primitives).
function same(a: Fields, b: Fields): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) => a[key] === b[key] || (key === 'card' && same(a[key] as Fields, b[key] as Fields)),
    )
  );
}
