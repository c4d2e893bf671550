import { MAX_TIMER_MS } from '../option-rules';

/** Pauses between polls that a release in this process can cut short. */
export interface LocalWakeups {
  /** Waits `ms` (at most a timer's limit), until `key` is woken, or until `signal` aborts. */
  pause(key: string, ms: number, signal: AbortSignal): Promise<void>;
  /** Ends every pause on `key` now: the lock was just given back here. */
  wake(key: string): void;
}

// A waiter in this process need not sleep out its poll delay when the holder beside it is done:
// one customer's deletes on one instance then hand over as fast as the memory lock's.
export function localWakeups(): LocalWakeups {
  const sleepers = new Map<string, Set<() => void>>();
  return {
    pause(key, ms, signal) {
      return new Promise((resolve) => {
        const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
        const onKey = sleepers.get(key) ?? new Set();
        sleepers.set(key, onKey);
        onKey.add(done);
        signal.addEventListener('abort', done, { once: true });
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          onKey.delete(done);
          if (onKey.size === 0 && sleepers.get(key) === onKey) sleepers.delete(key);
          resolve();
        }
      });
    },
    wake(key) {
      for (const done of [...(sleepers.get(key) ?? [])]) done();
    },
  };
}
