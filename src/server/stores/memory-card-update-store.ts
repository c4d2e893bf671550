import type { CardUpdate } from '../../core/types';
import { functionOption } from '../option-rules';
import type { CardUpdateStore, UpdateEntry } from './card-update-store';
import { entriesOf, toCardUpdate, ttlOption } from './card-update-store';

/** Options for {@link memoryCardUpdateStore}. */
export interface MemoryCardUpdateStoreOptions {
  /** How long an update is shown and an event id remembered; default 30 days. */
  ttlMs?: number;
  /** Clock in epoch milliseconds; tests inject one. */
  now?: () => number;
}

const OWNER = 'memoryCardUpdateStore';

/**
 * Card updates in process memory: for one server process (and tests). Across instances, the
 * webhook and the list may land on different ones: use {@link redisCardUpdateStore}. Expired
 * updates and event ids are swept as it is used, so the maps cannot grow forever.
 */
export function memoryCardUpdateStore(
  options: MemoryCardUpdateStoreOptions = {},
): CardUpdateStore & {
  /** Event ids and customers held, for tests. */
  size(): { events: number; customers: number };
} {
  functionOption(OWNER, 'now', options.now);
  const ttlMs = ttlOption(OWNER, options.ttlMs);
  const now = options.now ?? Date.now;
  // event key → when it is forgotten
  const seen = new Map<string, number>();
  // customer → card → entry → when it changed
  const customers = new Map<string, Map<string, Map<UpdateEntry, number>>>();
  let nextSweepAt = 0;

  function sweep(at: number) {
    if (at < nextSweepAt) return;
    nextSweepAt = at + Math.min(ttlMs, 60_000);
    for (const [key, until] of seen) if (until <= at) seen.delete(key);
    for (const [customer, cards] of customers) {
      for (const [card, entries] of cards) {
        for (const [entry, when] of entries) if (when + ttlMs <= at) entries.delete(entry);
        if (entries.size === 0) cards.delete(card);
      }
      if (cards.size === 0) customers.delete(customer);
    }
  }

  return {
    async record(update) {
      const at = now();
      sweep(at);
      // JSON, so no provider's id can run into another's (`a:b` + `c` vs `a` + `b:c`).
      const key = JSON.stringify([update.provider, update.eventId]);
      const until = seen.get(key);
      if (until !== undefined && until > at) return 'replay';
      seen.set(key, at + ttlMs);
      if (update.at + ttlMs <= at) return 'recorded';
      let cards = customers.get(update.customerId);
      if (cards === undefined) {
        cards = new Map();
        customers.set(update.customerId, cards);
      }
      let entries = cards.get(update.cardId);
      if (entries === undefined) {
        entries = new Map();
        cards.set(update.cardId, entries);
      }
      for (const entry of entriesOf(update)) {
        // Events may come out of order: an older one never hides a newer change.
        entries.set(entry, Math.max(entries.get(entry) ?? -1, update.at));
      }
      return 'recorded';
    },
    async updatesFor(customerId) {
      const at = now();
      sweep(at);
      const out = new Map<string, CardUpdate>();
      for (const [card, entries] of customers.get(customerId) ?? []) {
        const update = toCardUpdate(entries, at - ttlMs + 1);
        if (update !== null) out.set(card, update);
      }
      return out;
    },
    size: () => ({ events: seen.size, customers: customers.size }),
  };
}
