'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { cardLabel } from '../core/card-label';
import type { SavedCard } from '../core/types';
import { useWalletContext } from '../query/wallet-context';
import { walletKeys } from '../query/wallet-keys';
import { withActions } from './with-actions';

/**
 * The host's add-card flow (`onAddCard`, docs/browser-api.md "Add a card"): its provider element
 * takes the card number, never the kit. It resolves `true` once a card is saved; `false`,
 * nothing or a rejection means none was (cancelled, or the element showed its own error).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a flow that navigates away returns nothing (void), not undefined.
export type AddCardFlow = () => Promise<boolean> | void;

/**
 * Runs the host's flow and, when it saved a card, refetches the list and announces each card
 * that was not in it before ("Visa ending in 4242 added"). A click while the flow is open does
 * nothing. Returns the click handler.
 */
export function useAddCard(onAddCard: AddCardFlow | undefined, focusBack: () => void) {
  const wallet = useWalletContext();
  const queryClient = useQueryClient();
  const latest = useRef(wallet);
  latest.current = wallet;
  const open = useRef(false);
  if (!onAddCard) return undefined;
  return async () => {
    if (open.current) return;
    open.current = true;
    const known = new Set(
      queryClient.getQueryData<SavedCard[]>(walletKeys.cards())?.map((card) => card.id),
    );
    let saved = false;
    try {
      saved = (await onAddCard()) === true;
    } catch {
      // The host's element has said what went wrong; the list has nothing to add.
    } finally {
      open.current = false;
    }
    if (saved) {
      await queryClient.invalidateQueries({ queryKey: walletKeys.cards() });
      const { messages, locale, announcer } = latest.current;
      const added = (queryClient.getQueryData<SavedCard[]>(walletKeys.cards()) ?? []).filter(
        (card) => !known.has(card.id),
      );
      if (added.length) {
        const names = added.map((card) => cardLabel(card, messages));
        announcer.announce(
          withActions(messages).cardAdded(new Intl.ListFormat(locale).format(names)),
        );
      }
    }
    // A host dialog that hands focus back to nothing (or to a node it removed) leaves the
    // shopper on <body>: back to "Add a card", where they started. Looked at in a task of its
    // own, once the host's render that closes its dialog (queued after it settled) is done.
    setTimeout(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) focusBack();
    });
  };
}
