import type { QueryClient } from '@tanstack/react-query';

/** Card ids whose removal is in flight, for every view sharing one QueryClient. */
export interface RemovalsInFlight {
  has(id: string): boolean;
  add(id: string): void;
  /** Returns how many removals are still in flight after this one. */
  delete(id: string): number;
  readonly size: number;
  getSnapshot(): ReadonlySet<string>;
  subscribe(listener: () => void): () => void;
}

// Kept outside react-query's notify cycle on purpose: its notifications wait a macrotask,
// while a confirmed card must leave the list in the same frame (DESIGN §5.1), and the
// list's queryFn must read the count synchronously (§5.3).
const stores = new WeakMap<QueryClient, RemovalsInFlight>();

export function removalsInFlight(queryClient: QueryClient): RemovalsInFlight {
  let store = stores.get(queryClient);
  if (!store) {
    store = createStore();
    stores.set(queryClient, store);
  }
  return store;
}

function createStore(): RemovalsInFlight {
  let ids: ReadonlySet<string> = new Set();
  const listeners = new Set<() => void>();
  const set = (next: Set<string>) => {
    ids = next;
    for (const listener of listeners) listener();
  };
  return {
    has: (id) => ids.has(id),
    add: (id) => set(new Set(ids).add(id)),
    delete(id) {
      const next = new Set(ids);
      next.delete(id);
      set(next);
      return next.size;
    },
    get size() {
      return ids.size;
    },
    getSnapshot: () => ids,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
