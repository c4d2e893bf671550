import type { DefaultCardStore } from './default-card-store';

/**
 * The default `defaultCardStore`: this process's memory. Enough for one server instance; with
 * several, each would remember a different default, so give them {@link redisDefaultCardStore}.
 */
export function memoryDefaultCardStore(): DefaultCardStore {
  // A Map, not an object: a customer id like `__proto__` stays an ordinary key.
  const chosen = new Map<string, string>();
  return {
    async get(customerId) {
      return chosen.get(customerId) ?? null;
    },
    async set(customerId, cardId) {
      if (cardId === null) chosen.delete(customerId);
      else chosen.set(customerId, cardId);
    },
  };
}
