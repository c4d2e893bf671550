'use client';
import { MutationObserver, type MutationOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { cardLabel } from '../core/card-label';
import { describeError } from '../core/describe-error';
import { formatCount } from '../core/format-count';
import type { WalletMessages } from '../core/messages';
import type { WalletNotification } from '../core/notification';
import { sentences } from '../core/sentences';
import type { SavedCard } from '../core/types';
import {
  isWalletError,
  RETRYABLE_CODES,
  toWalletError,
  type WalletError,
  type WalletErrorCode,
} from '../core/wallet-error';
import { broadcastRemoval } from './cross-tab';
import { heldRemovals } from './held-removals';
import { removalCooldown, startCooldown } from './removal-cooldown';
import { removingIds, setRemoving } from './removing-ids';
import { useWalletContext } from './wallet-context';
import { walletKeys } from './wallet-keys';

/** Callbacks for the removals this hook instance starts (other views' removals are not reported). */
export interface UseRemoveCardOptions {
  onRemoved?: (card: SavedCard) => void;
  onError?: (error: WalletError, card: SavedCard) => void;
  /** After "Undo" put a held card back in its place (docs/removal-rules.md rule 8). */
  onRestored?: (card: SavedCard) => void;
}

/** Optimistic removal per docs/removal-rules.md. */
export interface RemoveCardApi {
  /**
   * Hides the card at once and asks the backend to delete it — after `undoMs`, with "Undo" in
   * the toast meanwhile, when the provider sets it. A repeat call for a card in flight or held,
   * a locked card (docs/removal-rules.md rule 10) or any call during a rate-limit cooldown sends nothing.
   */
  removeCard: (card: SavedCard) => void;
  /**
   * Removes several cards at once (docs/removal-rules.md rule 9), each as `removeCard` would but sent at once
   * even with `undoMs`: one announcement, one summary toast for the failures.
   */
  removeCards: (cards: readonly SavedCard[]) => void;
  isRemoving: (id: string) => boolean;
}

/** What one bulk removal gathers until its last card settles. */
interface Batch {
  left: number;
  removed: number;
  failed: SavedCard[];
  retry: SavedCard[];
}

/** One DELETE: the card, its bulk removal if any, and the request already sent by an undo hold. */
interface Removal {
  card: SavedCard;
  batch?: Batch;
  sent?: Promise<void>;
}

export function useRemoveCard(options: UseRemoveCardOptions = {}): RemoveCardApi {
  const wallet = useWalletContext();
  const queryClient = useQueryClient();
  const latest = useRef({ wallet, options });
  latest.current = { wallet, options };

  const removal: MutationOptions<void, WalletError, Removal> = {
    mutationKey: walletKeys.removeCard(),
    networkMode: 'always',
    // Gone from the MutationCache once settled, with no 5-minute timer holding it (issue 19);
    // on these mutations only, the host's client keeps its own defaults.
    gcTime: 0,
    mutationFn: async ({ card, sent }) => {
      try {
        await (sent ?? latest.current.wallet.client.deleteCard(card.id));
      } catch (error) {
        // docs/removal-rules.md rule 5: already gone counts as removed.
        if (isWalletError(error) && error.code === 'card_not_found') return;
        throw toWalletError(error);
      }
    },
    // `send` and `hold` have already hidden the card and counted it as in flight.
    onMutate: async ({ card }) => {
      latest.current.wallet.emit({ type: 'card_remove_started', cardId: card.id });
      // A list fetch already under way could land mid-flight with this card in it.
      await queryClient.cancelQueries({ queryKey: walletKeys.cards() });
    },
    onSuccess: (_data, { card, batch, sent }) => {
      const { wallet: w, options: o } = latest.current;
      // The card stays in the cache while pending (hidden by the pending filter), so a
      // failure puts it back at its own index; on success it leaves the cache for good.
      queryClient.setQueryData<SavedCard[]>(walletKeys.cards(), (cards) =>
        cards?.filter((c) => c.id !== card.id),
      );
      broadcastRemoval(card.id);
      // A failure toast of this card no longer holds once the card is gone after all.
      w.closeNotification(failureId(card));
      // A held removal was said by its toast; a bulk one is said once, when all have settled.
      if (batch) batch.removed++;
      else if (!sent) w.announcer.announce(w.messages.removed(cardLabel(card, w.messages)));
      w.emit({ type: 'card_removed', cardId: card.id });
      o.onRemoved?.(card);
    },
    onError: (error, { card, batch }) => {
      const { wallet: w, options: o } = latest.current;
      if (error.code === 'rate_limited') {
        // Every list of this client waits out the server's Retry-After (a minute if unsaid).
        startCooldown(removalCooldown(queryClient), Date.now() + (error.retryAfterMs ?? 60_000));
      }
      const retryable = RETRYABLE_CODES.has(error.code);
      if (batch) {
        batch.failed.push(card);
        if (retryable) batch.retry.push(card);
      } else {
        w.notify(
          failure(
            w.messages,
            failureId(card),
            describeError(error, w.messages, w.locale),
            cardLabel(card, w.messages),
            retryable
              ? { label: w.messages.retry, onAction: () => canRemove(card) && send({ card }) }
              : undefined,
            error.code,
          ),
        );
      }
      w.emit({ type: 'card_remove_failed', cardId: card.id, code: error.code });
      o.onError?.(error, card);
    },
    onSettled: (_data, _error, { card, batch }) => {
      if (batch && --batch.left === 0) settleBatch(batch);
      settle(card.id);
    },
  };

  // One observer per removal, dropped once it settles. A hook's one observer moves on to the
  // next removal (an unobserved pending one re-arms a 0 ms gc timer until it settles) and stays
  // on a removal held past unmount, which is then never collected.
  const mutate = (variables: Removal) => {
    const observer = new MutationObserver(queryClient, removal);
    const drop = () => observer.reset();
    observer.mutate(variables).then(drop, drop);
  };

  // Pending ids hide their cards (docs/removal-rules.md rule 1) and count as in flight, held ones included.
  const mark = (id: string) => setRemoving(removingIds(queryClient), id, true);
  // docs/removal-rules.md rule 3: one refetch, after the last removal in flight (or held) settles.
  const settle = (id: string) => {
    if (setRemoving(removingIds(queryClient), id, false) === 0) {
      void queryClient.invalidateQueries({ queryKey: walletKeys.cards() });
    }
  };

  const isRemoving = useCallback(
    (id: string) => removingIds(queryClient).getSnapshot().has(id),
    [queryClient],
  );
  const canRemove = (card: SavedCard) =>
    !card.locked &&
    !isRemoving(card.id) &&
    removalCooldown(queryClient).getSnapshot() <= Date.now();

  // Hidden in this frame (docs/removal-rules.md rule 1) and counted as in flight before any request can settle.
  const send = (removal: Removal) => {
    mark(removal.card.id);
    mutate(removal);
  };

  const hold = (card: SavedCard) => {
    const w = latest.current.wallet;
    const holds = heldRemovals(queryClient);
    // Its own id: a host toaster may still be animating the undo toast out when a failure of
    // the same card arrives, and must not mistake that for an update of the closing toast.
    const id = `undo-card:${card.id}`;
    const end = () => {
      clearTimeout(timer);
      holds.delete(card.id);
      w.closeNotification(id);
    };
    // The DELETE starts here, synchronously, so a pagehide flush is on the wire before unload.
    const release = (keepalive: boolean) => {
      end();
      const sent = w.client.deleteCard(card.id, { keepalive });
      sent.catch(() => {});
      mutate({ card, sent });
    };
    const timer = setTimeout(release, w.undoMs, false);
    holds.set(card.id, release);
    mark(card.id);
    // The undo toast speaks for the card now: an earlier failure of it no longer holds.
    w.closeNotification(failureId(card));
    const title = w.messages.removed(cardLabel(card, w.messages));
    w.notify({
      id,
      tone: 'success',
      title,
      spoken: sentences([title, w.messages.undo], w.messages),
      // The DELETE's deadline can't pause, so neither may the toast offering to stop it.
      duration: w.undoMs,
      pausable: false,
      action: {
        label: w.messages.undo,
        onAction: () => {
          // Undo sends nothing; the card is back at its place. Too late (already sent): no-op.
          if (holds.get(card.id) !== release) return;
          end();
          settle(card.id);
          const { wallet: now, options: own } = latest.current;
          now.announcer.announce(now.messages.restored(cardLabel(card, now.messages)));
          own.onRestored?.(card);
        },
      },
    });
  };

  const settleBatch = ({ removed, failed, retry: batchRetry }: Batch) => {
    const w = latest.current.wallet;
    const count = (n: number) => formatCount(n, w.locale, w.messages);
    if (removed) w.announcer.announce(w.messages.cardsRemoved(count(removed), removed));
    // A bulk removal with no failure leaves no earlier summary of failures standing.
    if (!failed.length) return w.closeNotification(BULK_FAILURE_ID);
    w.notify(
      failure(
        w.messages,
        BULK_FAILURE_ID,
        w.messages.cardsFailed(count(failed.length), failed.length),
        new Intl.ListFormat(w.locale).format(failed.map((card) => cardLabel(card, w.messages))),
        batchRetry.length
          ? { label: w.messages.retry, onAction: () => removeCards(batchRetry) }
          : undefined,
      ),
    );
  };

  // Plain closures: what they read is stable or read through `latest`, so an old render's
  // "Try again" acts on today's provider. "Try again" sends at once, never holds.
  function removeCard(card: SavedCard) {
    // docs/removal-rules.md rule 4: a second confirm for the same card sends no second request.
    if (!canRemove(card)) return;
    if (latest.current.wallet.undoMs > 0) hold(card);
    else send({ card });
  }
  function removeCards(cards: readonly SavedCard[]) {
    const removable = cards.filter(canRemove);
    const batch: Batch = { left: removable.length, removed: 0, failed: [], retry: [] };
    for (const card of removable) send({ card, batch });
  }

  return { removeCard, removeCards, isRemoving };
}

const failureId = (card: SavedCard) => `remove-card:${card.id}`;
const BULK_FAILURE_ID = 'remove-cards';

/** A failure toast: long enough to reach "Try again" when offered; hover or focus may hold it. */
function failure(
  messages: WalletMessages,
  id: string,
  title: string,
  description: string,
  action: WalletNotification['action'],
  code?: WalletErrorCode,
): WalletNotification {
  return {
    id,
    tone: 'error',
    title,
    description,
    action,
    spoken: sentences([title, description, action?.label], messages),
    code,
    duration: action ? 10_000 : 6_000,
    pausable: true,
  };
}
