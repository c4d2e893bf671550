import { type RefCallback, useCallback, useEffect, useId, useRef, useState } from 'react';
import { cardLabel } from '../core/card-label';
import { describeCooldown } from '../core/describe-cooldown';
import type { SavedCard } from '../core/types';
import { useListHeadings } from './list-headings';
import { useRemovalCooldown } from './removal-cooldown';
import { type UseRemoveCardOptions, useRemoveCard } from './use-remove-card';
import { useSavedCards } from './use-saved-cards';
import { useWalletContext } from './wallet-context';

/** What a confirm step asks about: one card (`kind` leaves room for other targets). */
export type RemovalTarget = { kind: 'card'; card: SavedCard };

/** What a remove button spreads: its name, the click that opens the confirm, the focus ref. */
export interface RemoveButtonBehavior {
  type: 'button';
  ref: RefCallback<HTMLButtonElement>;
  /** "Remove Visa ending in 4242". */
  'aria-label': string;
  /**
   * During a 429 cooldown, or on a locked card: still focusable (DESIGN §5.7), the click opens
   * nothing.
   */
  'aria-disabled': true | undefined;
  /** A locked card's button is described by its reason (the id of {@link LockReasonProps}). */
  'aria-describedby': string | undefined;
  onClick: () => void;
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
  /** The target's name ("Visa ending in 4242"); kept after closing, for a closing animation. */
  label: string;
  /** Removes the target (DESIGN §5) and closes; focus goes to the next card's remove button. */
  onConfirm: () => void;
  /** Closes without removing; focus goes back to the button that opened the confirm. */
  onCancel: () => void;
  /** Radix's hook for focus once the dialog has closed: the removal moves it (DESIGN §5.7). */
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
  /** For a locked card (DESIGN §5.10) the reason to show in its row; null when it is not locked. */
  getLockReasonProps: (card: SavedCard) => LockReasonProps | null;
  dialogProps: RemovalDialogProps;
  headingProps: RemovalHeadingProps;
  /** After a 429: the seconds left and the sentence saying so; null when removals may start. */
  cooldown: { seconds: number; message: string } | null;
}

/** Confirm-then-remove for a list of cards: the confirm target, focus rules and 429 cooldown as props. */
export function useCardRemoval(options: UseRemoveCardOptions = {}): CardRemoval {
  const { messages, locale } = useWalletContext();
  const { cards } = useSavedCards();
  const headings = useListHeadings();
  const heading = useRef<HTMLElement | null>(null);
  const { removeCard } = useRemoveCard({
    onRemoved: options.onRemoved,
    onError: (error, card) => {
      if (heading.current) headings?.failedIn(heading.current);
      options.onError?.(error, card);
    },
  });
  const seconds = useRemovalCooldown();
  const headingId = useId();
  const [target, setTarget] = useState<RemovalTarget | null>(null);
  const label = useRef('');
  if (target) label.current = cardLabel(target.card, messages);

  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once the confirm closes (DESIGN §5.7): a card's remove button, the
  // heading (null), or nowhere (undefined). Set on open (the opener), replaced on confirm.
  const focusNext = useRef<string | null | undefined>(undefined);
  const moveFocus = useCallback(() => {
    const id = focusNext.current;
    if (id === undefined) return;
    focusNext.current = undefined;
    ((id !== null && buttons.current.get(id)) || heading.current)?.focus();
  }, []);
  // An inline confirm drops focus to <body> as it unmounts; a dialog still holds focus now and
  // hands it over through onCloseAutoFocus once it has gone.
  useEffect(() => {
    const focused = document.activeElement;
    if (!target && (!focused || focused === document.body)) moveFocus();
  }, [target, moveFocus]);

  // One id per locked card for aria-describedby: card ids may hold spaces, which an IDREF can't.
  const lockIds = useRef(new Map<string, string>());
  const lockId = useCallback(
    (id: string) => {
      const ids = lockIds.current;
      if (!ids.has(id)) ids.set(id, `${headingId}-lock-${ids.size}`);
      return ids.get(id) as string;
    },
    [headingId],
  );

  const waiting = seconds > 0;
  const getRemoveButtonProps = useCallback(
    (card: SavedCard): RemoveButtonBehavior => ({
      type: 'button',
      ref: (element) => {
        if (element) buttons.current.set(card.id, element);
        else buttons.current.delete(card.id);
      },
      // A locked card keeps its name; the reason describes it and the click opens nothing.
      'aria-label': messages.removeButton(cardLabel(card, messages)),
      'aria-disabled': waiting || !!card.locked || undefined,
      'aria-describedby': card.locked ? lockId(card.id) : undefined,
      onClick: () => {
        if (waiting || card.locked) return;
        focusNext.current = card.id;
        setTarget({ kind: 'card', card });
      },
    }),
    [messages, waiting, lockId],
  );
  const getLockReasonProps = useCallback(
    (card: SavedCard): LockReasonProps | null =>
      card.locked ? { id: lockId(card.id), children: messages.lockReasons[card.locked] } : null,
    [messages, lockId],
  );

  const unregisterHeading = useRef<() => void>(undefined);
  const registerHeading = useCallback(
    (element: HTMLElement | null) => {
      unregisterHeading.current?.();
      unregisterHeading.current = element ? headings?.register(element) : undefined;
      heading.current = element;
    },
    [headings],
  );

  return {
    getRemoveButtonProps,
    getLockReasonProps,
    dialogProps: {
      open: target !== null,
      target,
      label: label.current,
      onConfirm: () => {
        if (!target) return;
        focusNext.current = neighbourOf(target.card.id, cards ?? [], buttons.current);
        removeCard(target.card);
        setTarget(null);
      },
      onCancel: () => setTarget(null),
      onCloseAutoFocus: (event) => {
        // Radix would focus the opener, which a removal has just taken away.
        event.preventDefault();
        moveFocus();
      },
    },
    headingProps: { id: headingId, ref: registerHeading, tabIndex: -1 },
    cooldown: waiting ? { seconds, message: describeCooldown(seconds, messages, locale) } : null,
  };
}

/** The next card's remove button, else the previous one's; null (the heading) when none is left. */
function neighbourOf(
  id: string,
  cards: readonly SavedCard[],
  buttons: ReadonlyMap<string, HTMLButtonElement>,
): string | null {
  const index = cards.findIndex((card) => card.id === id);
  const shown = (card: SavedCard) => card.id !== id && buttons.has(card.id);
  const next =
    cards.slice(index + 1).find(shown) ?? cards.slice(0, Math.max(index, 0)).reverse().find(shown);
  return next?.id ?? null;
}
