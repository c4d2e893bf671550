import {
  type QueryClient,
  type QueryKey,
  type QueryKeyWithDataTag,
  queryOptions,
  type UnusedSkipTokenOptions,
} from '@tanstack/react-query';
import type { SavedCard } from '../core/types';
import type { WalletClient } from '../core/wallet-client';
import {
  isWalletError,
  RETRYABLE_CODES,
  toWalletError,
  type WalletError,
} from '../core/wallet-error';
import { walletKeys } from './wallet-keys';
import { walletState } from './wallet-state';

// Return type spelled out so the emitted .d.ts names only @tanstack/react-query, our peer,
// not its internal @tanstack/query-core (unresolvable for hosts on pnpm's strict layout).
/** Key, fetcher and freshness of the card list in one place (reused by prefetch and cancel). */
export function cardsQueryOptions(
  client: WalletClient,
  queryClient: QueryClient,
): UnusedSkipTokenOptions<SavedCard[], WalletError> &
  QueryKeyWithDataTag<QueryKey, SavedCard[], WalletError> {
  return queryOptions<SavedCard[], WalletError>({
    queryKey: walletKeys.cards(),
    queryFn: async ({ signal }) => {
      const cached = queryClient.getQueryData<SavedCard[]>(walletKeys.cards());
      // docs/removal-rules.md rule 3: no list fetch may run while a removal is in flight, or it could land
      // holding a card being removed; the refetch after the last removal settles does it.
      const { removing, defaultId } = walletState(queryClient).getSnapshot();
      // A default change in flight likewise: the list could land naming the old default.
      if (cached && (removing.size > 0 || defaultId !== null)) return cached;
      try {
        return await client.listCards({ signal });
      } catch (error) {
        throw signal.aborted ? error : toWalletError(error);
      }
    },
    // Set here, not on the QueryClient, so a host's client keeps it too: asking again helps
    // only after a network or provider failure, never after 401/403.
    retry: (failures, error) =>
      failures < 1 && isWalletError(error) && RETRYABLE_CODES.has(error.code),
    staleTime: 30_000,
    networkMode: 'always',
  });
}
