'use client';
import { useEffect, useRef, useState } from 'react';
import type { WalletError } from '../core/wallet-error';

// The failure each scope reported last: react-query hands every view of one failed load the
// same error object, so that object is the failure's identity.
const reported = new WeakMap<object, WalletError>();

/**
 * Calls `onFailure` once per failed list load (after react-query's retries) for everything
 * sharing `scope`: pass the QueryClient to report it once however many views show it; without
 * a scope, each view reports it once.
 */
export function useLoadFailure(
  error: WalletError | null,
  onFailure: ((error: WalletError) => void) | undefined,
  scope?: object,
): void {
  const callback = useRef(onFailure);
  callback.current = onFailure;
  const [view] = useState(() => ({}));
  const key = scope ?? view;
  useEffect(() => {
    if (!error || reported.get(key) === error) return;
    reported.set(key, error);
    callback.current?.(error);
  }, [key, error]);
}
