'use client';
import { type RefCallback, useCallback, useEffect, useId, useRef, useState } from 'react';
import { cardLabel } from '../core/card-label';
import { describeCooldown } from '../core/describe-cooldown';
import { removableDuplicates } from '../core/duplicates';
import { formatCount } from '../core/format-count';
import { sentences } from '../core/sentences';
import type { SavedCard } from '../core/types';
import { useListHeadings } from './list-headings';
import { useRemovalCooldown } from './removal-cooldown';
import { type UseRemoveCardOptions, useRemoveCard } from './use-remove-card';
import { useSavedCards } from './use-saved-cards';
import { useWalletContext } from './wallet-context';

/**
 * What a confirm step asks about: one card, every removable expired card (docs/removal-rules.md
 * rule 9), or every confirmed repeat (docs/browser-api.md "Duplicates").
 */
export type RemovalTarget =
  | { kind: 'card'; card: SavedCard }
  | { kind: 'expired' | 'duplicates'; cards: SavedCard[] };

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

/** The "Remove 2 expired cards" (or "Remove 2 duplicate cards") button: opens the bulk confirm. */
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
  /** The target's name ("Visa ending in 4242"); kept after closing, for a closing animation. */
  label: string;
  /** "Remove Visa ending in 4242?", "Remove 2 expired cards?" or "Remove 2 duplicate cards?" (kept after closing too). */
  title: string;
  /** The cards a bulk confirm names, each ("Visa ending in 4242"); empty for one card. */
  names: string[];
  /**
   * "This can't be undone.", or with `undoMs` for one card "You can undo this for 5 seconds.";
   * for repeats "One copy of each card stays saved. This can't be undone.".
   */
  description: string;
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
  /**
   * With one or more confirmed repeats that may go (never the default, a locked card or a
   * `'possible'` one), "Remove 2 duplicate cards"; else null.
   */
  duplicatesButtonProps: BulkButtonBehavior | null;
  dialogProps: RemovalDialogProps;
  headingProps: RemovalHeadingProps;
  /** After a 429: the seconds left and the sentence saying so; null when removals may start. */
  cooldown: { seconds: number; message: string } | null;
}

/** Confirm-then-remove for a list of cards: the confirm target, focus rules and 429 cooldown as props. */
export function useCardRemoval(options: UseRemoveCardOptions = {}): CardRemoval {
  const { messages, locale, undoMs } = useWalletContext();
  const { cards } = useSavedCards();
  const headings = useListHeadings();
  const heading = useRef<HTMLElement | null>(null);
  const { removeCard, removeCards } = useRemoveCard({
    onRemoved: options.onRemoved,
    onError: (error, card) => {
      if (heading.current) headings?.failedIn(heading.current);
      options.onError?.(error, card);
    },
    onRestored: (card) => {
      // A host's toaster may send focus back where it was whenever focus leaves it (sonner
      // does): let go of its Undo first, so the restored card's button keeps focus.
      (document.activeElement as HTMLElement | null)?.blur();
      // The row comes back on the next commit; its remove button takes focus as it mounts
      // (docs/removal-rules.md rule 7), whoever had it: the Undo that sent it there is gone.
      focusOnMount.current = card.id;
      // A card that never comes back (removed meanwhile in another tab) must not pull focus later.
      setTimeout(() => {
        if (focusOnMount.current === card.id) focusOnMount.current = undefined;
      }, 1000);
      options.onRestored?.(card);
    },
  });
  const seconds = useRemovalCooldown();
  const headingId = useId();
  const [target, setTarget] = useState<RemovalTarget | null>(null);
  // The dialog's text, kept after it closes so a closing animation still reads right.
  const texts = useRef({ label: '', title: '', names: [] as string[], description: '' });
  if (target) {
    const one = target.kind === 'card';
    const label = one ? cardLabel(target.card, messages) : '';
    const count = one ? 0 : target.cards.length;
    const undoSeconds = Math.ceil(undoMs / 1000);
    const duplicates = target.kind === 'duplicates';
    texts.current = {
      label,
      title: one
        ? messages.confirmTitle(label)
        : (duplicates ? messages.removeDuplicatesTitle : messages.removeExpiredTitle)(
            formatCount(count, locale, messages),
            count,
          ),
      names: one ? [] : target.cards.map((card) => cardLabel(card, messages)),
      // Bulk sends at once whatever undoMs says (docs/removal-rules.md rule 9).
      description:
        one && undoMs > 0
          ? messages.undoable(formatCount(undoSeconds, locale, messages), undoSeconds)
          : duplicates
            ? sentences([messages.duplicatesKept, messages.confirmDescription], messages)
            : messages.confirmDescription,
    };
  }

  const buttons = useRef(new Map<ButtonKey, HTMLButtonElement>());
  // The card whose remove button takes focus when it mounts: the one Undo just put back.
  const focusOnMount = useRef<string | undefined>(undefined);
  // Where focus goes once the confirm closes (docs/removal-rules.md rule 7): a card's remove button
  // or a bulk button, the heading (null), or nowhere (undefined). Set on open (the opener),
  // replaced on confirm.
  const focusNext = useRef<ButtonKey | null | undefined>(undefined);
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

  const waiting = seconds > 0;
  const getRemoveButtonProps = useCallback(
    (card: SavedCard): RemoveButtonBehavior => ({
      type: 'button',
      ref: (element) => {
        if (!element) return void buttons.current.delete(card.id);
        buttons.current.set(card.id, element);
        if (focusOnMount.current !== card.id) return;
        focusOnMount.current = undefined;
        element.focus();
      },
      // A locked card keeps its name; the reason describes it and the click opens nothing.
      'aria-label': messages.removeButton(cardLabel(card, messages)),
      'aria-disabled': waiting || !!card.locked || undefined,
      'aria-describedby': card.locked ? lockId(headingId, card.id) : undefined,
      onClick: () => {
        if (waiting || card.locked) return;
        focusNext.current = card.id;
        setTarget({ kind: 'card', card });
      },
    }),
    [messages, waiting, headingId],
  );
  const getLockReasonProps = useCallback(
    (card: SavedCard): LockReasonProps | null =>
      card.locked
        ? { id: lockId(headingId, card.id), children: messages.lockReasons[card.locked] }
        : null,
    [messages, headingId],
  );

  // The bulk buttons: each opens one confirm naming every card it removes (rule 9).
  const bulkButton = (
    key: typeof BULK | typeof DUPLICATES,
    kind: 'expired' | 'duplicates',
    leaving: SavedCard[],
  ): BulkButtonBehavior => ({
    type: 'button',
    ref: (element) => {
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    'aria-disabled': waiting || undefined,
    onClick: () => {
      if (waiting) return;
      focusNext.current = key;
      setTarget({ kind, cards: leaving });
    },
    children: (kind === 'expired' ? messages.removeExpired : messages.removeDuplicates)(
      formatCount(leaving.length, locale, messages),
      leaving.length,
    ),
  });
  const expired = (cards ?? []).filter((card) => card.expired && !card.locked);
  const bulkButtonProps = expired.length >= 2 ? bulkButton(BULK, 'expired', expired) : null;
  const repeats = removableDuplicates(cards ?? []);
  const duplicatesButtonProps = repeats.length
    ? bulkButton(DUPLICATES, 'duplicates', repeats)
    : null;

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
    bulkButtonProps,
    duplicatesButtonProps,
    dialogProps: {
      open: target !== null,
      target,
      ...texts.current,
      onConfirm: () => {
        if (!target) return;
        const leaving = target.kind === 'card' ? [target.card] : target.cards;
        focusNext.current = neighbourOf(
          new Set(leaving.map((card) => card.id)),
          cards ?? [],
          buttons.current,
        );
        if (target.kind === 'card') removeCard(target.card);
        else removeCards(target.cards);
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

// One id per locked card for aria-describedby; encoded, since an IDREF can't hold a space.
const lockId = (headingId: string, id: string) => `${headingId}-lock-${encodeURIComponent(id)}`;

// The bulk buttons' keys among the remove buttons: no card id is empty (docs/http-contract.md
// §1), and no card id is a symbol.
const BULK = '';
const DUPLICATES = Symbol('duplicates');
type ButtonKey = string | typeof DUPLICATES;

/**
 * The first remove button after the last card leaving, else the one before the first; null (the
 * heading) when none is left (docs/removal-rules.md rule 7, docs/removal-rules.md rule 9).
 */
function neighbourOf(
  ids: ReadonlySet<string>,
  cards: readonly SavedCard[],
  buttons: ReadonlyMap<ButtonKey, HTMLButtonElement>,
): string | null {
  const leaving = cards.flatMap((card, index) => (ids.has(card.id) ? [index] : []));
  const first = leaving[0] ?? 0;
  const shown = (card: SavedCard) => !ids.has(card.id) && buttons.has(card.id);
  const next =
    cards.slice((leaving.at(-1) ?? -1) + 1).find(shown) ??
    cards.slice(0, first).reverse().find(shown);
  return next?.id ?? null;
}
