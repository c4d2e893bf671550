'use client';
import { useInsertionEffect, useMemo, useRef } from 'react';
import { cardLabel } from '../core/card-label';
import { describeError } from '../core/describe-error';
import { formatCount } from '../core/format-count';
import { sentences } from '../core/sentences';
import type { SavedCard } from '../core/types';
import { RETRYABLE_CODES, type WalletError } from '../core/wallet-error';
import { failure } from './failure-notification';
import { removal } from './remove-command';
import { useWalletController } from './use-wallet-controller';
import { useWalletContext, type WalletContextValue } from './wallet-context';
import type { BatchOutcome, CommandReport, WalletController } from './wallet-controller';

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

export function useRemoveCard(options: UseRemoveCardOptions = {}): RemoveCardApi {
  const wallet = useWalletContext();
  const controller = useWalletController();
  const latest = useRef({ wallet, options });
  // After each commit, not during render: a report acts on today's provider and callbacks.
  useInsertionEffect(() => {
    latest.current = { wallet, options };
  });
  return useMemo(() => removeCardApi(controller, () => latest.current), [controller]);
}

type Latest = () => { wallet: WalletContextValue; options: UseRemoveCardOptions };

/**
 * The hook's commands: what the shopper asked for goes to the controller; what it reports back
 * becomes toasts, announcements, events and the host's callbacks. Plain closures reading
 * `latest`, so an old render's "Try again" acts on today's provider.
 */
function removeCardApi(controller: WalletController, latest: Latest): RemoveCardApi {
  // How one removal is told: `bulk` ones are summed up once the last settles.
  const report = (bulk: boolean): CommandReport => {
    let held = false;
    return {
      held(card) {
        held = true;
        const w = latest().wallet;
        // The undo toast speaks for the card now: an earlier failure of it no longer holds.
        w.closeNotification(failureId(card));
        const title = w.messages.removed(cardLabel(card, w.messages));
        w.notify({
          id: undoId(card),
          tone: 'success',
          title,
          spoken: sentences([title, w.messages.undo], w.messages),
          // The DELETE's deadline can't pause, so neither may the toast offering to stop it.
          duration: w.undoMs,
          pausable: false,
          // Undo sends nothing; the card is back at its place. Too late (already sent): no-op.
          action: { label: w.messages.undo, onAction: () => void controller.undo(card.id) },
        });
      },
      sent(card) {
        const w = latest().wallet;
        // "Undo" is never offered once it can no longer work.
        if (held) w.closeNotification(undoId(card));
        w.emit({ type: 'card_remove_started', cardId: card.id });
      },
      succeeded(card) {
        const { wallet: w, options: o } = latest();
        // A failure toast of this card no longer holds once the card is gone after all.
        w.closeNotification(failureId(card));
        // A held removal was said by its toast; a bulk one is said once, when all have settled.
        if (!bulk && !held) w.announcer.announce(w.messages.removed(cardLabel(card, w.messages)));
        w.emit({ type: 'card_removed', cardId: card.id });
        o.onRemoved?.(card);
      },
      failed(card, error) {
        const { wallet: w, options: o } = latest();
        if (!bulk) {
          w.notify(
            failure(
              w.messages,
              failureId(card),
              describeError(error, w.messages, w.locale),
              cardLabel(card, w.messages),
              // "Try again" sends at once, never holds.
              RETRYABLE_CODES.has(error.code)
                ? { label: w.messages.retry, onAction: () => send(card, 0) }
                : undefined,
              error.code,
            ),
          );
        }
        w.emit({ type: 'card_remove_failed', cardId: card.id, code: error.code });
        o.onError?.(error, card);
      },
      restored(card) {
        const { wallet: w, options: o } = latest();
        w.closeNotification(undoId(card));
        w.announcer.announce(w.messages.restored(cardLabel(card, w.messages)));
        o.onRestored?.(card);
      },
    };
  };

  const command = (card: SavedCard, bulk: boolean, holdMs = 0) => ({
    kind: removal,
    card,
    client: latest().wallet.client,
    report: report(bulk),
    holdMs,
  });
  const send = (card: SavedCard, holdMs: number) => controller.run(command(card, false, holdMs));

  const settleBatch = ({ succeeded, failed, retry }: BatchOutcome) => {
    const w = latest().wallet;
    const count = (n: number) => formatCount(n, w.locale, w.messages);
    const removed = succeeded.length;
    if (removed) w.announcer.announce(w.messages.cardsRemoved(count(removed), removed));
    // A bulk removal with no failure leaves no earlier summary of failures standing.
    if (!failed.length) return w.closeNotification(BULK_FAILURE_ID);
    w.notify(
      failure(
        w.messages,
        BULK_FAILURE_ID,
        w.messages.cardsFailed(count(failed.length), failed.length),
        new Intl.ListFormat(w.locale).format(failed.map((card) => cardLabel(card, w.messages))),
        retry.length ? { label: w.messages.retry, onAction: () => removeCards(retry) } : undefined,
      ),
    );
  };
  const removeCards = (cards: readonly SavedCard[]) =>
    controller.runAll(
      cards.map((card) => command(card, true)),
      settleBatch,
    );

  return {
    // docs/removal-rules.md rule 4: a second confirm for the same card sends no second request.
    removeCard: (card) => void send(card, latest().wallet.undoMs),
    removeCards,
    isRemoving: (id) => controller.state.getSnapshot().removing.has(id),
  };
}

const failureId = (card: SavedCard) => `remove-card:${card.id}`;
// Its own id: a host toaster may still be animating the undo toast out when a failure of the
// same card arrives, and must not mistake that for an update of the closing toast.
const undoId = (card: SavedCard) => `undo-card:${card.id}`;
const BULK_FAILURE_ID = 'remove-cards';
