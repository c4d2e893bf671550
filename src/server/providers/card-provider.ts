import type { SavedCard } from '../../core/types';

/** What a delete did at the provider; `not_found` counts as already deleted once confirmed. */
export type DeleteResult = 'deleted' | 'not_found';

/** Passed to every provider call: the handler's budget and the request it serves. */
export interface ProviderCallContext {
  /** Aborted when the handler's budget (`providerTimeoutMs`) runs out: stop, send nothing more. */
  signal: AbortSignal;
  /**
   * `Date.now()` at which `signal` will abort, when known: for clients that take a timeout
   * instead of a signal (the Stripe SDK), so they give up when the handler does.
   */
  deadline?: number;
  /** The handler's own request id, for the adapter's logs. */
  requestId: string;
  /**
   * On a list the handler serves: call it with how many of the provider's cards the adapter
   * could not show safely, so the merchant learns of them (logged once per list, no card data).
   */
  hidden?: (count: number) => void;
}

/**
 * A card as an adapter lists it: the docs/http-contract.md §1 fields plus a server-only `providerRef`
 * (Juspay's short-lived token and reference, Eximpe's `card_token`, Adyen's stored id), which
 * the handler strips before any response or hook.
 */
export type ProviderCard = SavedCard & {
  providerRef?: unknown;
  /**
   * The provider's fingerprint of the card number (Stripe `card.fingerprint`, Juspay and
   * Hyperswitch `card_fingerprint`), when it gives one: the same card saved twice has the same
   * one. The handler marks duplicates with it and never sends it to the browser.
   */
  fingerprint?: string;
};

/**
 * The seam every adapter implements (memory, Stripe, Hyperswitch, Juspay, Eximpe, Adyen). Failures
 * are thrown as `ProviderError`; the handler checks ownership before calling `deleteCard` or
 * `setDefaultCard`.
 */
export interface CardProvider {
  /**
   * True when the card id is itself a provider token (a merchant's own adapter; the bundled
   * ones show digests instead): the audit then holds only its keyed digest (`auditIdKey`).
   */
  readonly cardIdIsProviderToken?: boolean;
  /** The customer's saved cards, `expired` computed, at most last4 of the PAN. */
  listCards(customerId: string, ctx: ProviderCallContext): Promise<ProviderCard[]>;
  /**
   * Deletes `card`, exactly as this customer's list just returned it (ref included).
   * `not_found` only for the provider's own not-found answer; the handler confirms it
   * with a fresh list before calling the card gone.
   */
  deleteCard(
    customerId: string,
    card: ProviderCard,
    ctx: ProviderCallContext,
  ): Promise<DeleteResult>;
  /**
   * Makes `card` (exactly as this customer's list just returned it) the customer's default at
   * the provider. Only for providers that keep a default of their own (Stripe, Hyperswitch,
   * memory); without it the handler keeps the choice in its `defaultCardStore`. The handler
   * checks ownership and expiry first, and re-lists afterwards to answer with the new list.
   */
  setDefaultCard?(customerId: string, card: ProviderCard, ctx: ProviderCallContext): Promise<void>;
}
