'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useSecondsUntil } from './clock';
import { type Store, type StorePerQueryClient, storePerQueryClient } from './create-store';
import { useStore } from './use-store';

/** Epoch ms until which removals wait after a 429 (0: no cooldown), per QueryClient. */
export const removalCooldown: StorePerQueryClient<number> = storePerQueryClient(0);

/** Starts (or lengthens, never shortens) the cooldown every view of this client waits out. */
export function startCooldown(store: Store<number>, until: number): void {
  if (until > store.getSnapshot()) store.set(until);
}

/** Whole seconds until removals may start again after a 429; 0 when they may now. */
export function useRemovalCooldown(): number {
  return useSecondsUntil(useStore(removalCooldown(useQueryClient()), 0));
}
