import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { removalsInFlight } from './removals-in-flight';

const NONE: ReadonlySet<string> = new Set();

/** Ids of cards whose removal is in flight, from every view sharing this QueryClient. */
export function usePendingRemovals(): ReadonlySet<string> {
  const store = removalsInFlight(useQueryClient());
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => NONE);
}
