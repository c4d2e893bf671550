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
