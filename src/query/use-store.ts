'use client';
import { useSyncExternalStore } from 'react';
import type { Store } from './create-store';

/** The store's value, re-rendering on change; `serverValue` while rendering on the server. */
export function useStore<T>(store: Pick<Store<T>, 'getSnapshot' | 'subscribe'>, serverValue: T): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => serverValue);
}
