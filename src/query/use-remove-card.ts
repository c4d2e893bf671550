import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { cardLabel } from '../core/card-label';
import { describeError } from '../core/describe-error';
import type { SavedCard } from '../core/types';
import {
  isWalletError,
  RETRYABLE_CODES,
  toWalletError,
  type WalletError,
} from '../core/wallet-error';
import { broadcastRemoval } from './cross-tab';
import { removalCooldown, startCooldown } from './removal-cooldown';
import { removingIds, setRemoving } from './removing-ids';
import { useWalletContext } from './wallet-context';
import { walletKeys } from './wallet-keys';

/** Callbacks for the removals this hook instance starts (other views' removals are not reported). */
export interface UseRemoveCardOptions {
  onRemoved?: (card: SavedCard) => void;
  onError?: (error: WalletError, card: SavedCard) => void;
}

/** Optimistic removal per DESIGN §5. */
export interface RemoveCardApi {
  /**
   * Hides the card at once and asks the backend to delete it; a repeat call for a card in
   * flight, a locked card (DESIGN §5.10) or any call during a rate-limit cooldown sends nothing.
   */
  removeCard: (card: SavedCard) => void;
  isRemoving: (id: string) => boolean;
}

export function useRemoveCard(options: UseRemoveCardOptions = {}): RemoveCardApi {
  const wallet = useWalletContext();
  const queryClient = useQueryClient();
  const latest = useRef({ wallet, options });
  latest.current = { wallet, options };

  const { mutate } = useMutation<void, WalletError, SavedCard>({
    mutationKey: walletKeys.removeCard(),
    networkMode: 'always',
    mutationFn: async (card) => {
      try {
        await latest.current.wallet.client.deleteCard(card.id);
      } catch (error) {
        // DESIGN §5.5: already gone counts as removed.
        if (isWalletError(error) && error.code === 'card_not_found') return;
        throw toWalletError(error);
      }
    },
    onMutate: async (card) => {
      setRemoving(removingIds(queryClient), card.id, true);
      latest.current.wallet.emit({ type: 'card_remove_started', cardId: card.id });
      // A list fetch already under way could land mid-flight with this card in it.
      await queryClient.cancelQueries({ queryKey: walletKeys.cards() });
    },
    onSuccess: (_data, card) => {
      const { wallet: w, options: o } = latest.current;
      // The card stays in the cache while pending (hidden by the pending filter), so a
      // failure puts it back at its own index; on success it leaves the cache for good.
      queryClient.setQueryData<SavedCard[]>(walletKeys.cards(), (cards) =>
        cards?.filter((c) => c.id !== card.id),
      );
      broadcastRemoval(card.id);
      w.announcer.announce(w.messages.removed(cardLabel(card, w.messages)));
      w.emit({ type: 'card_removed', cardId: card.id });
      o.onRemoved?.(card);
    },
    onError: (error, card) => {
      const { wallet: w, options: o } = latest.current;
      if (error.code === 'rate_limited') {
        // Every list of this client waits out the server's Retry-After (a minute if unsaid).
        startCooldown(removalCooldown(queryClient), Date.now() + (error.retryAfterMs ?? 60_000));
      }
      w.notify({
        id: `remove-card:${card.id}`,
        tone: 'error',
        title: describeError(error, w.messages, w.locale),
        description: cardLabel(card, w.messages),
        code: error.code,
        action: RETRYABLE_CODES.has(error.code)
          ? { label: w.messages.retry, onAction: () => removeCard(card) }
          : undefined,
      });
      w.emit({ type: 'card_remove_failed', cardId: card.id, code: error.code });
      o.onError?.(error, card);
    },
    onSettled: (_data, _error, card) => {
      // DESIGN §5.3: one refetch, after the last removal in flight settles.
      if (setRemoving(removingIds(queryClient), card.id, false) === 0) {
        void queryClient.invalidateQueries({ queryKey: walletKeys.cards() });
      }
    },
  });

  const isRemoving = useCallback(
    (id: string) => removingIds(queryClient).getSnapshot().has(id),
    [queryClient],
  );

  const removeCard = useCallback(
    (card: SavedCard) => {
      // DESIGN §5.4: a second confirm for the same card sends no second request.
      if (
        card.locked ||
        isRemoving(card.id) ||
        removalCooldown(queryClient).getSnapshot() > Date.now()
      ) {
        return;
      }
      mutate(card);
    },
    [isRemoving, mutate, queryClient],
  );

  return { removeCard, isRemoving };
}
