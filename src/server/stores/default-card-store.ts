/**
 * Where the handler keeps each customer's default card for a provider that has no default of
 * its own (Juspay, Eximpe, Adyen): the merchant's choice, merged into every list
 * (docs/server.md `defaultCardStore`). Keyed by the session's customer id; the value is the
 * card's public id, never a provider token.
 */
export interface DefaultCardStore {
  /** The id of the customer's default card, or null when none was chosen. */
  get(customerId: string): Promise<string | null>;
  /** Makes `cardId` the customer's default; null forgets the choice. */
  set(customerId: string, cardId: string | null): Promise<void>;
}
