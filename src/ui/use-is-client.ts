'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while hydrating, true from then on (and at once in a client-only
 * render). Parts that React can only hide with a `style` prop render after hydration: a
 * `style="…"` attribute in server HTML is an inline style that a strict CSP blocks.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
