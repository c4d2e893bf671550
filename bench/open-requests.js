// Requests a bench server has not answered yet, by when they arrived: the oldest, sampled while
// a load runs, shows whether any waiter was starved.

/** The requests still open, each counted by `track(res)`. */
export function openRequests() {
  const open = new Set();
  return {
    /** Counts the request until its response closes. */
    track(res) {
      const entry = { at: performance.now() };
      open.add(entry);
      res.once('close', () => open.delete(entry));
    },
    /** Resolves once none is open, with how long that took in whole ms. */
    async drained() {
      const started = performance.now();
      while (open.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      return Math.round(performance.now() - started);
    },
    /** How many are open and how long the oldest has waited, in whole ms. */
    now() {
      const at = performance.now();
      let oldestMs = 0;
      for (const entry of open) oldestMs = Math.max(oldestMs, at - entry.at);
      return { count: open.size, oldestMs: Math.round(oldestMs) };
    },
  };
}
