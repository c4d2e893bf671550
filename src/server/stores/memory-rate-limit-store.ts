import type { RateLimitStore } from './rate-limit-store';

/** Options for {@link memoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** Clock in epoch milliseconds; tests inject one. */
  now?: () => number;
}

/**
 * A fixed-window counter in process memory: fine for one server process, not shared across
 * instances. Expired windows are swept at most once per window so the map cannot grow forever.
 */
export function memoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore & {
  /** Keys currently held, for tests and metrics. */
  size(): number;
} {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweepAt = 0;

  function sweep(at: number, windowMs: number) {
    if (at < nextSweepAt) return;
    for (const [key, entry] of windows) {
      if (entry.resetAt <= at) windows.delete(key);
    }
    nextSweepAt = at + windowMs;
  }

  return {
    async hit(key, windowMs) {
      const at = now();
      sweep(at, windowMs);
      let entry = windows.get(key);
      if (entry === undefined || entry.resetAt <= at) {
        entry = { count: 0, resetAt: at + windowMs };
        windows.set(key, entry);
      }
      entry.count += 1;
      return { count: entry.count, resetAt: entry.resetAt };
    },
    size: () => windows.size,
  };
}
