import type { CardBrand, SavedCard, WalletClient } from '../../src/index';
import type { BenchStats } from './bench-api';

/** Delays of the in-page backend, so the browser side measures the UI only. */
export interface BenchDelays {
  listMs: number;
  deleteMs: number;
}

const BRANDS: CardBrand[] = ['visa', 'mastercard', 'amex', 'rupay', 'discover', 'jcb'];

/** `count` distinct cards; last4 is the index, so every row's name is unique. */
export function makeCards(count: number): SavedCard[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `card_${i}`,
    brand: BRANDS[i % BRANDS.length] ?? 'unknown',
    last4: String(i).padStart(4, '0'),
    expiryMonth: (i % 12) + 1,
    expiryYear: 2030 + (i % 5),
    expired: false,
    ...(i % 7 === 3 ? { nickname: `Card ${i}` } : {}),
    ...(i === 0 ? { isDefault: true } : {}),
  }));
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/** A WalletClient over an in-page array, counting requests; answers are fresh copies like JSON. */
export function createBenchClient(
  seed: SavedCard[],
  delays: BenchDelays,
  stats: BenchStats,
): WalletClient {
  let cards = seed.map((card) => ({ ...card }));
  return {
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
  };
}
