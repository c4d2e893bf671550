import type { SavedCard } from './types';

/** Per-call options: an AbortSignal that cancels the request. */
export interface WalletRequestOptions {
  signal?: AbortSignal;
}

/** The pluggable seam between the UI and a merchant backend (HTTP, GraphQL, server action…). */
export interface WalletClient {
  /** The signed-in shopper's cards; throws WalletError. */
  listCards(opts?: WalletRequestOptions): Promise<SavedCard[]>;
  /** Removes one card; throws WalletError (`card_not_found` when it is already gone). */
  deleteCard(id: string, opts?: WalletRequestOptions): Promise<void>;
}
