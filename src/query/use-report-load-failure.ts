import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { WalletEvent } from '../core/notification';
import type { WalletError } from '../core/wallet-error';

// The failure last reported per QueryClient, so several views of one list report it once.
const reported = new WeakMap<QueryClient, number>();

/** Emits `cards_load_failed` once per failed load (after react-query's retries). */
export function useReportLoadFailure(
  queryClient: QueryClient,
  error: WalletError | null,
  errorUpdatedAt: number,
  emit: (event: WalletEvent) => void,
): void {
  useEffect(() => {
    if (!error || reported.get(queryClient) === errorUpdatedAt) return;
    reported.set(queryClient, errorUpdatedAt);
    emit({ type: 'cards_load_failed', code: error.code });
  }, [queryClient, error, errorUpdatedAt, emit]);
}
