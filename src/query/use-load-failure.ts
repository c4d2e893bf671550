'use client';
import { useEffect, useInsertionEffect, useRef, useState } from 'react';
import type { WalletError } from '../core/wallet-error';
import { firstReports } from './first-report';

/**
 * Calls `onFailure` once per failed list load (after react-query's retries). `isFirst` says
 * whether a failure is new: pass the wallet controller's `loadFailed` to report it once however
 * many views show it; without it, each view reports it once.
 */
export function useLoadFailure(
  error: WalletError | null,
  onFailure: ((error: WalletError) => void) | undefined,
  isFirst?: (error: WalletError) => boolean,
): void {
  const callback = useRef(onFailure);
  useInsertionEffect(() => {
    callback.current = onFailure;
  });
  const [own] = useState(firstReports);
  const first = isFirst ?? own;
  useEffect(() => {
    if (error && first(error)) callback.current?.(error);
  }, [first, error]);
}
