import type { DefaultCardStore } from './default-card-store';

/**
 * The default `defaultCardStore`: this process's memory. Enough for one server instance; with
 * several, each would remember a different default, so give them {@link redisDefaultCardStore}.
 */
export function memoryDefaultCardStore(): DefaultCardStore {
  return new MemoryDefaultCardStore();
}

/**
 * The store behind {@link memoryDefaultCardStore}. The handler knows it: every list and every
 * delete reads the default, and {@link MemoryDefaultCardStore.getNow} answers at once, without
 * the promise a shared store's answer needs.
 */
export class MemoryDefaultCardStore implements DefaultCardStore {
  // A Map, not an object: a customer id like `__proto__` stays an ordinary key.
  readonly #chosen = new Map<string, string>();

  /** The customer's default card id, or null: at once. */
  getNow(customerId: string): string | null {
    return this.#chosen.get(customerId) ?? null;
  }

  // Own functions, not methods: a store wrapping this one may hand them on unbound.
  readonly get = async (customerId: string): Promise<string | null> => this.getNow(customerId);
  readonly set = async (customerId: string, cardId: string | null): Promise<void> => {
    if (cardId === null) this.#chosen.delete(customerId);
    else this.#chosen.set(customerId, cardId);
  };
}
