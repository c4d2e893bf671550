import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SavedCard } from '../core/types';
import type { WalletError } from '../core/wallet-error';
import { cardsQueryOptions } from './cards-query-options';
import { usePendingRemovals } from './use-pending-removals';
import { useReportLoadFailure } from './use-report-load-failure';
import { useWalletContext } from './wallet-context';

/** The shopper's cards as they should be shown right now. */
export interface SavedCardsResult {
  /** The cached list minus cards being removed; undefined until the first load. */
  cards: SavedCard[] | undefined;
  status: 'pending' | 'error' | 'success';
  error: WalletError | null;
  isFetching: boolean;
  /** Ids whose removal is in flight (already hidden from `cards`). */
  pendingIds: ReadonlySet<string>;
  refetch: () => void;
}

/** Reads the list through react-query; every caller shares one cache entry. */
export function useSavedCards(): SavedCardsResult {
  const { client, emit } = useWalletContext();
  const queryClient = useQueryClient();
  const query = useQuery(cardsQueryOptions(client, queryClient));
  useReportLoadFailure(queryClient, query.error, query.errorUpdatedAt, emit);
  const pendingIds = usePendingRemovals();
  const { data, refetch } = query;
  const cards = useMemo(
    // Hiding in-flight ids here (not only in the cache) removes the card in the same frame.
    () => (pendingIds.size === 0 ? data : data?.filter((card) => !pendingIds.has(card.id))),
    [data, pendingIds],
  );
  return {
    cards,
    status: query.status,
    error: query.error,
    isFetching: query.isFetching,
    pendingIds,
    refetch: useMemo(() => () => void refetch(), [refetch]),
  };
}
