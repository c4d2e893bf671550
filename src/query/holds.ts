/**
 * Commands that wait out an undo window (docs/removal-rules.md rule 8), by key. Each is released
 * once: at its deadline, at once with `keepalive` when the page is hidden or closed, or never
 * when taken back.
 */
export interface Holds {
  hold(key: string, ms: number, release: (keepalive: boolean) => void): void;
  /** Takes back a hold that has not been released: true when it was still held. */
  cancel(key: string): boolean;
}

// Every Holds that holds something now, across QueryClients: what a hidden page must send.
const holding = new Set<Map<string, (keepalive: boolean) => void>>();

/**
 * A hidden or closing page sends every held command at once, with `keepalive`: a removal the
 * shopper confirmed is never silently dropped, even after the wallet that held it unmounted.
 */
function flush(event: Event) {
  if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
  // Each release deletes its own entry, so iterate copies.
  for (const map of [...holding]) for (const release of [...map.values()]) release(true);
}

// Listening only while something is held: a page that holds nothing keeps no listener of ours.
function listen(on: boolean) {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method]('visibilitychange', flush);
  window[method]('pagehide', flush);
}

export function createHolds(): Holds {
  const held = new Map<string, (keepalive: boolean) => void>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Ends a hold, released or not: its timer goes, and the page listeners once nothing is held.
  const end = (key: string) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (!held.delete(key) || held.size > 0) return;
    holding.delete(held);
    if (holding.size === 0) listen(false);
  };
  return {
    hold(key, ms, release) {
      held.set(key, (keepalive) => {
        end(key);
        release(keepalive);
      });
      timers.set(
        key,
        setTimeout(() => held.get(key)?.(false), ms),
      );
      if (holding.has(held)) return;
      holding.add(held);
      if (holding.size === 1) listen(true);
    },
    cancel(key) {
      if (!held.has(key)) return false;
      end(key);
      return true;
    },
  };
}
