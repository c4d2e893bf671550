import type { CardBrand, SavedCard, WalletClient } from '../../src/index';
import type { BenchStats } from './bench-api';

/** Delays of the in-page backend, so the browser side measures the UI only. */
export interface BenchDelays {
  listMs: number;
  deleteMs: number;
}

const BRANDS: CardBrand[] = ['visa', 'mastercard', 'amex', 'rupay', 'discover', 'jcb'];

/**
 * `count` distinct cards; last4 is the index, so every row's name is unique. `expired` of them,
 * spread evenly through the list, are expired (the bulk action's cards).
 */
export function makeCards(count: number, expired = 0): SavedCard[] {
  const every = expired > 0 ? Math.floor(count / expired) : 0;
  return Array.from({ length: count }, (_, i) => ({
    id: `card_${i}`,
    brand: BRANDS[i % BRANDS.length] ?? 'unknown',
    last4: String(i).padStart(4, '0'),
    expiryMonth: (i % 12) + 1,
    ...(every > 0 && i % every === every - 1 && i < every * expired
      ? { expiryYear: 2024, expired: true }
      : { expiryYear: 2030 + (i % 5), expired: false }),
    ...(i % 7 === 3 ? { nickname: `Card ${i}` } : {}),
    ...(i === 0 ? { isDefault: true } : {}),
  }));
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/** The bench's client: a `WalletClient` whose cards can be put back between runs. */
export interface BenchClient extends WalletClient {
  /** The backend holds the seed cards again (the next list answer brings removed ones back). */
  refill(): void;
}

/** A WalletClient over an in-page array, counting requests; answers are fresh copies like JSON. */
export function createBenchClient(
  seed: SavedCard[],
  delays: BenchDelays,
  stats: BenchStats,
): BenchClient {
  let cards = seed.map((card) => ({ ...card }));
  return {
    refill() {
      cards = seed.map((card) => ({ ...card }));
    },
    async listCards() {
      stats.lists += 1;
      stats.listsInFlight += 1;
      try {
        await sleep(delays.listMs);
        return cards.map((card) => ({ ...card }));
      } finally {
        stats.listsInFlight -= 1;
      }
    },
    async deleteCard(id) {
      stats.deletes += 1;
      stats.deletesInFlight += 1;
      stats.maxDeletesInFlight = Math.max(stats.maxDeletesInFlight, stats.deletesInFlight);
      try {
        await sleep(delays.deleteMs);
        cards = cards.filter((card) => card.id !== id);
      } finally {
        stats.deletesInFlight -= 1;
      }
    },
    async setDefaultCard(id) {
      stats.puts += 1;
      stats.putsInFlight += 1;
      try {
        // As slow as a DELETE: the badge must not wait for it.
        await sleep(delays.deleteMs);
        cards = cards.map((card) => ({ ...card, isDefault: card.id === id }));
        return cards.map((card) => ({ ...card }));
      } finally {
        stats.putsInFlight -= 1;
      }
    },
  };
}
