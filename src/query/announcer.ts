/** One polite live region's text, owned by the provider. */
export interface Announcer {
  announce(message: string): void;
  getSnapshot(): string;
  subscribe(listener: () => void): () => void;
}

export function createAnnouncer(): Announcer {
  let message = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: string) => {
    message = next;
    for (const listener of listeners) listener();
  };
  return {
    announce(next) {
      // Screen readers speak a change, not a repeat: clear first, then write on the next tick.
      clearTimeout(timer);
      set('');
      timer = setTimeout(() => set(next), 50);
    },
    getSnapshot: () => message,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
