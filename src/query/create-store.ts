import type { QueryClient } from '@tanstack/react-query';

/** A value outside React that components read through `useStore`. */
export interface Store<T> {
  getSnapshot(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

/** The kit's one subscribe/notify store: a value, and who to tell when it changes. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// Spelled out where a store is declared, so the emitted .d.ts names @tanstack/react-query (our
// peer), not its internal @tanstack/query-core.
/** The store of one QueryClient: every view sharing the client shares the value. */
export type StorePerQueryClient<T> = (queryClient: QueryClient) => Store<T>;

/** One store per QueryClient: every view sharing a client shares the value. */
export function storePerQueryClient<T>(initial: T): StorePerQueryClient<T> {
  const stores = new WeakMap<QueryClient, Store<T>>();
  return (queryClient) => {
    let store = stores.get(queryClient);
    if (!store) {
      store = createStore(initial);
      stores.set(queryClient, store);
    }
    return store;
  };
}
