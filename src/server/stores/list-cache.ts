import type { FingerprintedCard } from '../mark-duplicates';

/** One process's short memory of each customer's listed cards (docs/server.md `listCacheMs`). */
export interface ListCache {
  /** The customer's cards from a fresh-enough fetch, or from `fetch` (shared by parallel callers). */
  get(customerId: string, fetch: () => Promise<FingerprintedCard[]>): Promise<FingerprintedCard[]>;
  /** The customer's cards may have changed: the next list asks the provider. */
  forget(customerId: string): void;
}

/** Customers remembered at most; the least recently fetched go first. */
export const MAX_CACHED_LISTS = 1000;

interface Entry {
  cards: Promise<FingerprintedCard[]>;
  /** Infinity while the fetch is out: parallel lists wait for it instead of asking again. */
  expiresAt: number;
}

/**
 * A per-customer cache of lists, `ttlMs` from when each fetch settled. A fetch that settles
 * after `forget` is handed to its callers but never kept, so a list read before a delete
 * cannot outlive it. Failures are never kept.
 */
export function listCache(ttlMs: number, now: () => number): ListCache {
  const entries = new Map<string, Entry>();

  function fresh(customerId: string): Entry | undefined {
    const entry = entries.get(customerId);
    if (entry !== undefined && entry.expiresAt <= now()) entries.delete(customerId);
    return entries.get(customerId);
  }

  return {
    get(customerId, fetch) {
      const hit = fresh(customerId);
      if (hit !== undefined) return hit.cards;
      const entry: Entry = { cards: fetch(), expiresAt: Number.POSITIVE_INFINITY };
      if (entries.size >= MAX_CACHED_LISTS) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(customerId, entry);
      entry.cards.then(
        () => {
          if (entries.get(customerId) === entry) entry.expiresAt = now() + ttlMs;
        },
        () => {
          if (entries.get(customerId) === entry) entries.delete(customerId);
        },
      );
      return entry.cards;
    },
    forget(customerId) {
      entries.delete(customerId);
    },
  };
}
