'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { markDefault } from '../core/mark-default';
import type { SavedCard } from '../core/types';
import type { WalletError } from '../core/wallet-error';
import { cardsQueryOptions } from './cards-query-options';
import { useLoadFailure } from './use-load-failure';
import { useDefaultId, useRemovingIds } from './use-wallet-controller';
import { useWalletContext } from './wallet-context';
import { walletState } from './wallet-state';

/** The shopper's cards as they should be shown right now. */
export interface SavedCardsResult {
  /** The cached list minus cards being removed; undefined until the first load. */
  cards: SavedCard[] | undefined;
  status: 'pending' | 'error' | 'success';
  error: WalletError | null;
  isFetching: boolean;
  /** Ids whose removal is in flight (already hidden from `cards`). */
  removingIds: ReadonlySet<string>;
  refetch: () => void;
}

/** Reads the list through react-query; every caller shares one cache entry. */
export function useSavedCards(): SavedCardsResult {
  const { client, emit } = useWalletContext();
  const queryClient = useQueryClient();
  const query = useQuery(cardsQueryOptions(client, queryClient));
  useLoadFailure(
    query.error,
    (error) => emit({ type: 'cards_load_failed', code: error.code }),
    walletState(queryClient).loadFailed,
  );
  const removingIds = useRemovingIds();
  const defaultId = useDefaultId();
  const { data, refetch } = query;
  const cards = useMemo(() => {
    // Hiding in-flight ids here (not only in the cache) removes the card in the same frame.
    const shown = removingIds.size === 0 ? data : data?.filter((card) => !removingIds.has(card.id));
    // Likewise the badge of a default change in flight: it moves in the frame of the click.
    return defaultId === null ? shown : shown && markDefault(shown, defaultId);
  }, [data, removingIds, defaultId]);
  return {
    cards,
    status: query.status,
    error: query.error,
    isFetching: query.isFetching,
    removingIds,
    refetch: useMemo(() => () => void refetch(), [refetch]),
  };
}
