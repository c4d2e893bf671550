'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useSecondsUntil } from './clock';
import { type WalletController, walletController } from './wallet-controller';
import { INITIAL_STATE, type WalletState, walletState } from './wallet-state';

/** The wallet controller of the QueryClient in context. */
export function useWalletController(): WalletController {
  return walletController(useQueryClient());
}

/** One part of the controller's state, re-rendering when it changes; the first state on the server. */
function useWalletState<T>(select: (state: WalletState) => T): T {
  const { subscribe, getSnapshot } = walletState(useQueryClient());
  return useSyncExternalStore(
    subscribe,
    () => select(getSnapshot()),
    () => select(INITIAL_STATE),
  );
}

/** The ids being removed (in flight or held), re-rendering when one starts or settles. */
export function useRemovingIds(): ReadonlySet<string> {
  return useWalletState((state) => state.removing);
}

/** The card being made the default while its request is in flight, else null. */
export function useDefaultId(): string | null {
  return useWalletState((state) => state.defaultId);
}

/** Whole seconds until removals may start again after a 429; 0 when they may now. */
export function useRemovalCooldown(): number {
  return useSecondsUntil(useWalletState((state) => state.cooldownUntil));
}
