import type { SavedCard } from './types';

/** Per-call options: an AbortSignal that cancels the request. */
export interface WalletRequestOptions {
  signal?: AbortSignal;
}

/** Options of `deleteCard`: `keepalive` when a held removal is flushed as the page goes away. */
export interface DeleteCardOptions extends WalletRequestOptions {
  /** Let the request outlive the page (fetch's `keepalive`); asked for by the undo flush (docs/removal-rules.md rule 8). */
  keepalive?: boolean;
}

/** The pluggable seam between the UI and a merchant backend (HTTP, GraphQL, server action…). */
export interface WalletClient {
  /** The signed-in shopper's cards; throws WalletError. */
  listCards(opts?: WalletRequestOptions): Promise<SavedCard[]>;
  /** Removes one card; throws WalletError (`card_not_found` when it is already gone). */
  deleteCard(id: string, opts?: DeleteCardOptions): Promise<void>;
}
