import { useEffect, useRef } from 'react';
import type { WalletError } from '../core/wallet-error';

/** Calls `onError` once for each new list-load failure this view shows. */
export function useLoadErrorCallback(
  error: WalletError | null,
  onError: ((error: WalletError) => void) | undefined,
): void {
  const callback = useRef(onError);
  callback.current = onError;
  useEffect(() => {
    if (error) callback.current?.(error);
  }, [error]);
}
