import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { WalletEvent } from '../core/notification';
import type { SavedCard } from '../core/types';
import type { WalletClient } from '../core/wallet-client';
import type { WalletError } from '../core/wallet-error';
import { toWalletError } from '../core/wallet-error';
import { removalsInFlight } from './removals-in-flight';
import { walletKeys } from './wallet-keys';

/** Key, fetcher and freshness of the card list in one place (reused by prefetch and cancel). */
export function cardsQueryOptions(
  client: WalletClient,
  queryClient: QueryClient,
  emit?: (event: WalletEvent) => void,
) {
  return queryOptions<SavedCard[], WalletError>({
    queryKey: walletKeys.cards(),
    queryFn: async ({ signal }) => {
      const cached = queryClient.getQueryData<SavedCard[]>(walletKeys.cards());
      // DESIGN §5.3: no list fetch may run while a removal is in flight, or it could land
      // holding a card being removed; the refetch after the last removal settles does it.
      if (cached && removalsInFlight(queryClient).size > 0) return cached;
      try {
        return await client.listCards({ signal });
      } catch (error) {
        if (signal.aborted) throw error;
        const walletError = toWalletError(error);
        // Reported here, once per failed fetch, however many views show the list.
        emit?.({ type: 'cards_load_failed', code: walletError.code });
        throw walletError;
      }
    },
    staleTime: 30_000,
    networkMode: 'always',
  });
}
