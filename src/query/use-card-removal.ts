'use client';
import { type RefCallback, useCallback, useId, useMemo, useState } from 'react';
import { cardLabel } from '../core/card-label';
import { describeCooldown } from '../core/describe-cooldown';
import { formatCount } from '../core/format-count';
import type { SavedCard } from '../core/types';
import { describeRemoval, type RemovalTarget } from './describe-removal';
import { BULK, type ButtonKey, type RemovalFocus, useRemovalFocus } from './use-removal-focus';
import { type UseRemoveCardOptions, useRemoveCard } from './use-remove-card';
import { useSavedCards } from './use-saved-cards';
import { useRemovalCooldown } from './use-wallet-controller';
import { useWalletContext } from './wallet-context';

export type { RemovalTarget };

/** What a remove button spreads: its name, the click that opens the confirm, the focus ref. */
export interface RemoveButtonBehavior {
  type: 'button';
  ref: RefCallback<HTMLButtonElement>;
  /** "Remove Visa ending in 4242". */
  'aria-label': string;
  /**
   * During a 429 cooldown, or on a locked card: still focusable (docs/removal-rules.md rule 7), the click opens
   * nothing.
   */
  'aria-disabled': true | undefined;
  /** A locked card's button is described by its reason (the id of {@link LockReasonProps}). */
  'aria-describedby': string | undefined;
  onClick: () => void;
}

/** The "Remove 2 expired cards" button (or `saved-card-kit/wallet`'s "Remove 2 duplicate cards"): opens the bulk confirm. */
export interface BulkButtonBehavior {
  type: 'button';
  ref: RefCallback<HTMLButtonElement>;
  /** During a 429 cooldown: focusable, the click opens nothing. */
  'aria-disabled': true | undefined;
  onClick: () => void;
  /** "Remove 2 expired cards", "Remove 2 duplicate cards". */
  children: string;
}

/** What a locked card's reason text spreads: the id its remove button points at, and the text. */
export interface LockReasonProps {
  id: string;
  /** "Used for a subscription", from `messages.lockReasons`. */
  children: string;
}

/** What a confirm step needs, for a Radix `AlertDialog` or an inline confirm alike. */
export interface RemovalDialogProps {
  open: boolean;
  target: RemovalTarget | null;
  // The texts of describeRemoval(), kept after closing for a closing animation.
  /** The target's name ("Visa ending in 4242"); empty for a bulk confirm. */
  label: string;
  /** "Remove Visa ending in 4242?", "Remove 2 expired cards?" or "Remove 2 duplicate cards?". */
  title: string;
  /** The cards a bulk confirm names, each ("Visa ending in 4242"); empty for one card. */
  names: string[];
  /**
   * "This can't be undone.", or with `undoMs` for one card "You can undo this for 5 seconds.";
   * for repeats "One copy of each card stays saved. This can't be undone.".
   */
  description: string;
  /** Removing the default card: "Mastercard ending in 4444 will become your default card."; else empty. */
  nextDefault: string;
  /** Removes the target (docs/removal-rules.md) and closes; focus goes to the next card's remove button. */
  onConfirm: () => void;
  /** Closes without removing; focus goes back to the button that opened the confirm. */
  onCancel: () => void;
  /** Radix's hook for focus once the dialog has closed: the removal moves it (docs/removal-rules.md rule 7). */
  onCloseAutoFocus: (event: Event) => void;
}

/** What the list heading spreads: focus lands there when no remove button is left. */
export interface RemovalHeadingProps {
  id: string;
  ref: RefCallback<HTMLElement>;
  tabIndex: -1;
}

/** The remove behaviour of a list, as props to spread (see {@link useCardRemoval}). */
export interface CardRemoval {
  getRemoveButtonProps: (card: SavedCard) => RemoveButtonBehavior;
  /** For a locked card (docs/removal-rules.md rule 10) the reason to show in its row; null when it is not locked. */
  getLockReasonProps: (card: SavedCard) => LockReasonProps | null;
  /** With two or more removable expired cards, the bulk button's props; else null. */
  bulkButtonProps: BulkButtonBehavior | null;
  dialogProps: RemovalDialogProps;
  headingProps: RemovalHeadingProps;
  /** After a 429: the seconds left and the sentence saying so; null when removals may start. */
  cooldown: { seconds: number; message: string } | null;
}

/**
 * What the wallet's actions (`saved-card-kit/wallet`) build on: the list's removal, a bulk button
 * opening its confirm, its focus rules, and whether a 429 cooldown holds every action.
 */
export interface RemovalParts {
  removal: CardRemoval;
  bulkButton: (key: ButtonKey, target: BulkTarget, label: string) => BulkButtonBehavior;
  focus: RemovalFocus;
  waiting: boolean;
}

type BulkTarget = Exclude<RemovalTarget, { kind: 'card' }>;

/** Confirm-then-remove for a list of cards: the confirm target, focus rules and 429 cooldown as props. */
export function useCardRemoval(options: UseRemoveCardOptions = {}): CardRemoval {
  return useRemovalParts(options).removal;
}

export function useRemovalParts(options: UseRemoveCardOptions = {}): RemovalParts {
  const { messages, locale, undoMs } = useWalletContext();
  const { cards } = useSavedCards();
  // The last target asked about stays after the confirm closes, so a closing animation still
  // reads right.
  const [confirm, setConfirm] = useState({ open: false, asked: null as RemovalTarget | null });
  const target = confirm.open ? confirm.asked : null;
  const close = () => setConfirm((now) => ({ ...now, open: false }));
  const texts = useMemo(
    () => describeRemoval(confirm.asked, messages, locale, undoMs, cards),
    [confirm.asked, messages, locale, undoMs, cards],
  );
  const focus = useRemovalFocus(confirm.open);
  const { removeCard, removeCards } = useRemoveCard({
    onRemoved: options.onRemoved,
    onError: (error, card) => {
      focus.failed();
      options.onError?.(error, card);
    },
    onRestored: (card) => {
      focus.restored(card.id);
      options.onRestored?.(card);
    },
  });
  const seconds = useRemovalCooldown();
  const headingId = useId();

  const waiting = seconds > 0;
  const getRemoveButtonProps = useCallback(
    (card: SavedCard): RemoveButtonBehavior => ({
      type: 'button',
      ref: focus.button(card.id),
      // A locked card keeps its name; the reason describes it and the click opens nothing.
      'aria-label': messages.removeButton(cardLabel(card, messages)),
      'aria-disabled': waiting || !!card.locked || undefined,
      'aria-describedby': card.locked ? lockId(headingId, card.id) : undefined,
      onClick: () => {
        if (waiting || card.locked) return;
        focus.opened(card.id);
        setConfirm({ open: true, asked: { kind: 'card', card } });
      },
    }),
    [messages, waiting, headingId, focus],
  );
  const getLockReasonProps = useCallback(
    (card: SavedCard): LockReasonProps | null =>
      card.locked
        ? { id: lockId(headingId, card.id), children: messages.lockReasons[card.locked] }
        : null,
    [messages, headingId],
  );

  // The bulk buttons: each opens one confirm naming every card it removes (rule 9).
  const bulkButton = (key: ButtonKey, asked: BulkTarget, label: string): BulkButtonBehavior => ({
    type: 'button',
    ref: focus.button(key),
    'aria-disabled': waiting || undefined,
    onClick: () => {
      if (waiting) return;
      focus.opened(key);
      setConfirm({ open: true, asked });
    },
    children: label,
  });
  const expired = (cards ?? []).filter((card) => card.expired && !card.locked);
  const bulkButtonProps =
    expired.length >= 2
      ? bulkButton(
          BULK,
          { kind: 'expired', cards: expired },
          messages.removeExpired(formatCount(expired.length, locale, messages), expired.length),
        )
      : null;

  const removal: CardRemoval = {
    getRemoveButtonProps,
    getLockReasonProps,
    bulkButtonProps,
    dialogProps: {
      open: target !== null,
      target,
      ...texts,
      onConfirm: () => {
        if (!target) return;
        const leaving = target.kind === 'card' ? [target.card] : target.cards;
        focus.leaving(new Set(leaving.map((card) => card.id)), cards ?? []);
        if (target.kind === 'card') removeCard(target.card);
        else removeCards(target.cards);
        close();
      },
      onCancel: close,
      onCloseAutoFocus: (event) => {
        // Radix would focus the opener, which a removal has just taken away.
        event.preventDefault();
        focus.moveFocus();
      },
    },
    headingProps: { id: headingId, ref: focus.heading, tabIndex: -1 },
    cooldown: waiting ? { seconds, message: describeCooldown(seconds, messages, locale) } : null,
  };
  return { removal, bulkButton, focus, waiting };
}

// One id per locked card for aria-describedby; encoded, since an IDREF can't hold a space.
const lockId = (headingId: string, id: string) => `${headingId}-lock-${encodeURIComponent(id)}`;
