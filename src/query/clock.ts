'use client';
import { useCallback, useSyncExternalStore } from 'react';

// The clock is read in snapshots and effects only, never while a component renders: the server
// snapshot is fixed, so server HTML and the hydrating render agree, and a prerender (Next.js
// `cacheComponents`) meets no `Date.now()`. What depends on "now" appears once hydrated.

let cachedMonth: Date | undefined;

// The same Date for the whole month, so the snapshot is stable between reads.
function thisMonth(): Date {
  const now = new Date();
  if (
    cachedMonth?.getMonth() !== now.getMonth() ||
    cachedMonth.getFullYear() !== now.getFullYear()
  ) {
    cachedMonth = now;
  }
  return cachedMonth;
}

const unchanging = () => () => {};

/** A Date in the current local month; null on the server and while hydrating. */
export function useThisMonth(): Date | null {
  return useSyncExternalStore(unchanging, thisMonth, () => null);
}

const secondsLeft = (until: number) =>
  until > 0 ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0;

/** Whole seconds until `until` (epoch ms), counting down; 0 on the server and while hydrating. */
export function useSecondsUntil(until: number): number {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (secondsLeft(until) === 0) return () => {};
      // Ticks more often than once a second, so the count never skips a number.
      const timer = setInterval(() => {
        if (secondsLeft(until) === 0) clearInterval(timer);
        changed();
      }, 250);
      return () => clearInterval(timer);
    },
    [until],
  );
  return useSyncExternalStore(
    subscribe,
    () => secondsLeft(until),
    () => 0,
  );
}
