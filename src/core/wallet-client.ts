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

/** What a DELETE answers beyond "removed" (docs/http-contract.md "Removing the default card"). */
export interface DeletedCard {
  /**
   * Present when the card removed was the default: the card the server made the default in its
   * place, or null when none could be. Absent otherwise.
   */
  defaultCardId?: string | null;
}

/** The pluggable seam between the UI and a merchant backend (HTTP, GraphQL, server action…). */
export interface WalletClient {
  /** The signed-in shopper's cards; throws WalletError. */
  listCards(opts?: WalletRequestOptions): Promise<SavedCard[]>;
  /**
   * Removes one card; throws WalletError (`card_not_found` when it is already gone). May answer
   * which card became the default when the default went; a client that answers nothing leaves it
   * to the list fetched next.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: clients written before defaultCardId answer `void`, and stay welcome.
  deleteCard(id: string, opts?: DeleteCardOptions): Promise<DeletedCard | void>;
  /**
   * Makes one card the shopper's default and answers the list as it is now; throws WalletError
   * (`card_expired` for an expired card). Optional: without it the list offers no "Make default".
   */
  setDefaultCard?(id: string, opts?: WalletRequestOptions): Promise<SavedCard[]>;
}
