'use client';
import { type RefCallback, useEffect, useState } from 'react';
import type { SavedCard } from '../core/types';
import { type ListHeadings, useListHeadings } from './list-headings';

/** Where focus goes around a list's removals (docs/removal-rules.md rule 7), as one object per list. */
export interface RemovalFocus {
  /** A remove button's ref, under its card's id (or a bulk button's key); it takes focus as it mounts after Undo. */
  button(key: ButtonKey): RefCallback<HTMLButtonElement>;
  /** The heading's ref: where focus lands when no remove button is left. */
  heading: RefCallback<HTMLElement>;
  /** A confirm opened from this button: Cancel returns here. */
  opened(key: ButtonKey): void;
  /** These cards are leaving: focus goes to their neighbour's remove button, else the heading. */
  leaving(ids: ReadonlySet<string>, cards: readonly SavedCard[]): void;
  /** Undo put this card back: its remove button takes focus as it mounts. */
  restored(cardId: string): void;
  /** A control of this card's row is going away (its "Make default"): its remove button takes focus, the row's one control sure to stay. */
  stayOnRow(cardId: string): void;
  /** A removal failed in this list: closing its toast returns to this list's heading. */
  failed(): void;
  /** Moves focus where the last confirm decided; for Radix's `onCloseAutoFocus`. */
  moveFocus(): void;
}

// The bulk buttons' keys among the remove buttons: no card id is empty (docs/http-contract.md
// §1), and no card id is a symbol (the wallet's duplicates button has one).
export const BULK = '';
export type ButtonKey = string | symbol;

/** Focus for one list's removals; `open` is whether its confirm is open now. */
export function useRemovalFocus(open: boolean): RemovalFocus {
  // The provider makes its headings once, so the list's focus object keeps them.
  const headings = useListHeadings();
  const [focus] = useState(() => createRemovalFocus(headings));
  // An inline confirm drops focus to <body> as it unmounts; a dialog still holds focus now and
  // hands it over through onCloseAutoFocus once it has gone.
  useEffect(() => {
    const focused = document.activeElement;
    if (!open && (!focused || focused === document.body)) focus.moveFocus();
  }, [open, focus]);
  return focus;
}

function createRemovalFocus(headings: ListHeadings | null): RemovalFocus {
  const buttons = new Map<ButtonKey, HTMLButtonElement>();
  let heading: HTMLElement | null = null;
  let unregister: (() => void) | undefined;
  // The card whose remove button takes focus when it mounts: the one Undo just put back.
  let focusOnMount: string | undefined;
  // Where focus goes once the confirm closes: a button's key, the heading (null), or nowhere
  // (undefined). Set on open (the opener), replaced on confirm.
  let focusNext: ButtonKey | null | undefined;
  return {
    button: (key) => (element) => {
      if (!element) return void buttons.delete(key);
      buttons.set(key, element);
      if (focusOnMount !== key) return;
      focusOnMount = undefined;
      element.focus();
    },
    heading(element) {
      unregister?.();
      unregister = element ? headings?.register(element) : undefined;
      heading = element;
    },
    opened(key) {
      focusNext = key;
    },
    leaving(ids, cards) {
      focusNext = neighbourOf(ids, cards, buttons);
    },
    restored(cardId) {
      // A host's toaster may send focus back where it was whenever focus leaves it (sonner
      // does): let go of its Undo first, so the restored card's button keeps focus.
      (document.activeElement as HTMLElement | null)?.blur();
      // The row comes back on the next commit; its remove button takes focus as it mounts,
      // whoever had it: the Undo that sent it there is gone.
      focusOnMount = cardId;
      // A card that never comes back (removed meanwhile in another tab) must not pull focus later.
      setTimeout(() => {
        if (focusOnMount === cardId) focusOnMount = undefined;
      }, 1000);
    },
    stayOnRow(cardId) {
      buttons.get(cardId)?.focus();
    },
    failed() {
      if (heading) headings?.failedIn(heading);
    },
    moveFocus() {
      const key = focusNext;
      if (key === undefined) return;
      focusNext = undefined;
      ((key !== null && buttons.get(key)) || heading)?.focus();
    },
  };
}

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
