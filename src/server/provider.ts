import type { SavedCard } from '../core/types';

/** What a delete did at the provider; `not_found` counts as already deleted. */
export type DeleteResult = 'deleted' | 'not_found';

/**
 * The seam every adapter implements (memory, Juspay, Eximpe). Failures are thrown as
 * `ProviderError`; the handler checks ownership before calling `deleteCard`.
 */
export interface CardProvider {
  /** The customer's saved cards, `expired` computed, at most last4 of the PAN. */
  listCards(customerId: string): Promise<SavedCard[]>;
  /** Deletes one of the customer's cards, by an id `listCards` just returned. */
  deleteCard(customerId: string, id: string): Promise<DeleteResult>;
}
