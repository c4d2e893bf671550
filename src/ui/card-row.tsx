'use client';
import {
  type ButtonHTMLAttributes,
  memo,
  type ReactElement,
  type ReactNode,
  type RefCallback,
} from 'react';
import { cardLabel } from '../core/card-label';
import { isExpiringSoon } from '../core/expiring-soon';
import { formatExpiry } from '../core/format-expiry';
import type { WalletMessages } from '../core/messages';
import type { CardBrand, SavedCard } from '../core/types';
import type { CardRemoval } from '../query/use-card-removal';
import { BrandMark } from './brand-mark';
import { type Slot, useSlot } from './use-slot';

/** What a custom `renderCard` receives besides the card. */
export interface CardRowParts {
  /** "Visa ending in 4242". */
  label: string;
  /** The kit's remove button, wired to the confirm dialog and focus rules. */
  removeButton: ReactNode;
  /** A locked card's reason ("Used for a subscription"), which describes its remove button; null otherwise. Render it. */
  lockReason: ReactNode;
  /** "Replace Visa ending in 4242", on a locked card when the list has `onReplaceCard`; else null. */
  replaceButton: ReactNode;
  /**
   * "Make default" (`saved-card-kit/wallet`'s `WalletCardList` with `canSetDefault`), on a card
   * that is not the default, expired or locked; else null.
   */
  defaultButton: ReactNode;
}

/** Where a row shows the wallet's badges. */
export interface RowBadges {
  afterExpiry?: ReactNode;
  last?: ReactNode;
}

const noBadges = (): RowBadges => NO_BADGES;
const NO_BADGES: RowBadges = {};

/** A row's parts from the wallet's actions; each function keeps its identity (the rows are memoised). */
export interface RowExtras {
  /** The "Make default" button's props for this card, or null. */
  getDefaultButtonProps?: (card: SavedCard) => ButtonHTMLAttributes<HTMLButtonElement> | null;
  /**
   * The row's badges from the wallet's actions: after the expiry ("Updated by your bank") and
   * after the row's own ("Saved twice"). A hook, called on every render of every row.
   */
  useBadges?: (card: SavedCard, messages: WalletMessages, slot: Slot) => RowBadges;
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

type CardRowProps = RowExtras & {
  card: SavedCard;
  messages: WalletMessages;
  locale: string | undefined;
  expiringSoonMonths: number;
  /** The current month from the clock store; null until hydrated, so no badge in server HTML. */
  thisMonth: Date | null;
  // Keeps its identity until a cooldown starts or ends, so the memo below holds.
  getRemoveButtonProps: CardRemoval['getRemoveButtonProps'];
  getLockReasonProps: CardRemoval['getLockReasonProps'];
  onReplaceCard?: (card: SavedCard) => void;
  renderCard?: (card: SavedCard, parts: CardRowParts) => ReactNode;
  renderRemoveButton?: (props: RemoveButtonProps) => ReactElement;
  renderBrandMark?: (brand: CardBrand) => ReactNode;
};

// Memoised so removing one card of a thousand re-renders the list, not every row. Cards
// compare by value: a refetch parses new objects, and rows whose card is unchanged stay put.
export const CardRow = memo(function CardRow({
  card,
  messages,
  locale,
  expiringSoonMonths,
  thisMonth,
  getRemoveButtonProps,
  getLockReasonProps,
  getDefaultButtonProps,
  useBadges = noBadges,
  onReplaceCard,
  renderCard,
  renderRemoveButton,
  renderBrandMark,
}: CardRowProps) {
  const slot = useSlot();
  const label = cardLabel(card, messages);
  const expiry = formatExpiry(card, locale);
  const state = card.expired ? 'expired' : 'active';
  const badges = useBadges(card, messages, slot);
  const buttonProps: RemoveButtonProps = {
    ...getRemoveButtonProps(card),
    ...(slot('remove-button', 'button') as { 'data-slot': 'remove-button' }),
    'data-variant': 'danger-ghost',
    children: messages.remove,
  };
  const removeButton = renderRemoveButton ? (
    renderRemoveButton(buttonProps)
  ) : (
    <button {...buttonProps} />
  );
  const lockProps = getLockReasonProps(card);
  const lockReason = lockProps ? <span {...slot('lock-reason')} {...lockProps} /> : null;
  // The way forward from a locked card: the host's add-card flow (docs/browser-api.md).
  const replaceButton =
    lockProps && onReplaceCard ? (
      <button
        type="button"
        {...slot('replace-button', 'button')}
        aria-label={messages.replaceButton(label)}
        onClick={() => onReplaceCard(card)}
      >
        {messages.replace}
      </button>
    ) : null;
  const defaultProps = getDefaultButtonProps?.(card);
  // Beside Remove, before it: at 360 px both wrap to a line of their own under the card's name.
  const defaultButton = defaultProps ? (
    <button {...defaultProps} {...slot('default-button', 'button')} data-variant="secondary" />
  ) : null;
  return (
    <li
      {...slot('card')}
      data-brand={card.brand}
      data-state={state}
      data-locked={card.locked ? '' : undefined}
    >
      {renderCard ? (
        renderCard(card, { label, removeButton, lockReason, replaceButton, defaultButton })
      ) : (
        <>
          <BrandMark brand={card.brand}>{renderBrandMark?.(card.brand)}</BrandMark>
          <div {...slot('card-details')}>
            {/* Shopper text: a <bdi> (its direction from its own words) inside a block of the
                row's direction, so bidi controls in it cannot reorder the label or expiry and
                its lines align as the row does (start: the right in RTL) with no :dir() rule for
                a host's build to lower. CSS cuts the block after two lines, the DOM (and AT)
                keeps all of it, and the <bdi>'s title shows it on hover (a title on the
                <span> would make it a named group that screen readers announce twice). */}
            {/* A space between two parts, and only there: unstyled they read as words ("Work
                card Mastercard…", not "Work cardMastercard…"); our grid and flex rows ignore
                them. A space beside an absent part would be a text node for nothing, and a
                thousand rows pay for each one. */}
            {card.nickname ? (
              <>
                <span {...slot('card-nickname')}>
                  <bdi title={card.nickname}>{card.nickname}</bdi>
                </span>{' '}
              </>
            ) : null}
            <span {...slot('card-label')}>{label}</span>{' '}
            <span {...slot('card-meta')}>
              {card.holderName ? (
                <>
                  <span {...slot('card-holder')}>
                    <bdi title={card.holderName}>{card.holderName}</bdi>
                  </span>{' '}
                </>
              ) : null}
              <span data-slot="card-expiry" data-state={state}>
                {(card.expired ? messages.expired : messages.expires)(expiry)}
              </span>
              {badges.afterExpiry}
              {thisMonth && isExpiringSoon(card, expiringSoonMonths, thisMonth) ? (
                <>
                  {' '}
                  <span {...slot('expiring-badge', 'badge')} data-tone="warning">
                    {messages.expiresSoon}
                  </span>
                </>
              ) : null}
              {/* In the meta line, not beside the button: on a phone it would starve the label. */}
              {card.isDefault ? (
                <>
                  {' '}
                  <span {...slot('default-badge', 'badge')}>{messages.defaultBadge}</span>
                </>
              ) : null}
              {badges.last}
            </span>
            {lockReason}
          </div>
          {replaceButton}
          {defaultButton}
          {removeButton}
        </>
      )}
    </li>
  );
}, rowPropsEqual);

type Fields = Record<string, unknown>;

// Props by identity, except the card: by value (its fields are primitives, and `updated`'s).
function rowPropsEqual(a: Fields, b: Fields, deep?: boolean): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => {
      const x = a[key];
      const y = b[key];
      return (
        x === y ||
        ((deep || key === 'card') &&
          typeof x === 'object' &&
          typeof y === 'object' &&
          x !== null &&
          y !== null &&
          rowPropsEqual(x as Fields, y as Fields, true))
      );
    })
  );
}
