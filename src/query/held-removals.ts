'use client';
import type { QueryClient } from '@tanstack/react-query';

/**
 * A confirmed removal whose DELETE waits out the undo window (docs/removal-rules.md rule 8): calling it sends the
 * DELETE now (`keepalive` as the page goes away), at most once.
 */
export type HeldRemoval = (keepalive: boolean) => void;

/** The held removals of one QueryClient, by card id: every view sharing it shares them. */
export type HeldRemovals = {
  get(cardId: string): HeldRemoval | undefined;
  set(cardId: string, release: HeldRemoval): void;
  delete(cardId: string): void;
};

const byClient = new WeakMap<QueryClient, HeldRemovals>();
// The clients' maps that hold something now: what a hidden page must send.
const holding = new Set<Map<string, HeldRemoval>>();

/**
 * A hidden or closing page sends every held DELETE at once, with `keepalive`: a removal the
 * shopper confirmed is never silently dropped (docs/removal-rules.md rule 8), even after the
 * wallet that held it unmounted.
 */
function flush(event: Event) {
  if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
  // Each release deletes its own entry, so iterate copies.
  for (const map of [...holding]) for (const release of [...map.values()]) release(true);
}

// Listening only while something is held: a page that holds nothing keeps no listener of ours,
// mounted or not, and a held removal is flushed whether or not its wallet is still mounted.
function listen(on: boolean) {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method]('visibilitychange', flush);
  window[method]('pagehide', flush);
}

export function heldRemovals(queryClient: QueryClient): HeldRemovals {
  const known = byClient.get(queryClient);
  if (known) return known;
  const map = new Map<string, HeldRemoval>();
  const removals: HeldRemovals = {
    get: (cardId) => map.get(cardId),
    set(cardId, release) {
      map.set(cardId, release);
      if (holding.has(map)) return;
      holding.add(map);
      if (holding.size === 1) listen(true);
    },
    delete(cardId) {
      if (!map.delete(cardId) || map.size > 0) return;
      holding.delete(map);
      if (holding.size === 0) listen(false);
    },
  };
  byClient.set(queryClient, removals);
  return removals;
}
