import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { removalCooldown } from './removal-cooldown';

const secondsLeft = (until: number) => Math.max(0, Math.ceil((until - Date.now()) / 1000));

/** Whole seconds until removals may start again after a 429; 0 when they may now. */
export function useRemovalCooldown(): number {
  const store = removalCooldown(useQueryClient());
  const until = useSyncExternalStore(store.subscribe, store.getSnapshot, () => 0);
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
