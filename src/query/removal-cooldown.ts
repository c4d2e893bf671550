import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  type Store,
  type StorePerQueryClient,
  storePerQueryClient,
  useStore,
} from './create-store';

/** Epoch ms until which removals wait after a 429 (0: no cooldown), per QueryClient. */
export const removalCooldown: StorePerQueryClient<number> = storePerQueryClient(0);

/** Starts (or lengthens, never shortens) the cooldown every view of this client waits out. */
export function startCooldown(store: Store<number>, until: number): void {
  if (until > store.getSnapshot()) store.set(until);
}

const secondsLeft = (until: number) => Math.max(0, Math.ceil((until - Date.now()) / 1000));

/** Whole seconds until removals may start again after a 429; 0 when they may now. */
export function useRemovalCooldown(): number {
  const until = useStore(removalCooldown(useQueryClient()), 0);
  const [seconds, setSeconds] = useState(() => secondsLeft(until));
  useEffect(() => {
    setSeconds(secondsLeft(until));
    if (secondsLeft(until) === 0) return;
    // Ticks on the second boundary of the deadline, so the count never skips a number.
    const timer = setInterval(() => {
      const left = secondsLeft(until);
      setSeconds(left);
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}
