'use client';
import { createStore, type Store } from './create-store';
import { useStore } from './use-store';

/** One polite live region's text, owned by the provider. */
export interface Announcer extends Pick<Store<string>, 'getSnapshot' | 'subscribe'> {
  announce(message: string): void;
}

export function createAnnouncer(): Announcer {
  const { getSnapshot, set, subscribe } = createStore('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(next) {
      // Screen readers speak a change, not a repeat: clear first, then write on the next tick.
      clearTimeout(timer);
      set('');
      timer = setTimeout(() => set(next), 50);
    },
    getSnapshot,
    subscribe,
  };
}

/** What the live region says now (nothing on the server). */
export function useAnnouncement(announcer: Announcer): string {
  return useStore(announcer, '');
}
