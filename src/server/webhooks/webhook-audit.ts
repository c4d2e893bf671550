/** How one webhook delivery ended. */
export type WebhookAuditOutcome =
  /** Verified and recorded: the card shows as updated. */
  | 'accepted'
  /** Verified, but its event id was recorded already: nothing changed. */
  | 'replayed'
  /** Verified, but about no card update (another event type, or no customer). */
  | 'ignored'
  /** The signature was missing, wrong or (Stripe) too old: nothing was read or stored. */
  | 'bad_signature'
  /** No source for the route's provider. */
  | 'unknown_provider'
  /** Over the body limit, cut off, or a signed body that is no event. */
  | 'invalid_request'
  /** The store failed or ran out of time: answered 500, so the provider delivers it again. */
  | 'store_error';

/** One record per webhook delivery; never holds the body, a signature or a secret. */
export interface WebhookAuditEvent {
  type: 'card.update';
  /** The source's name; null when the route named none the handler has. */
  provider: string | null;
  /** The provider's event id, once the signature checked out; else null. */
  eventId: string | null;
  /** The customer and card the event names, once verified; else null. */
  customerId: string | null;
  cardId: string | null;
  outcome: WebhookAuditOutcome;
  /** Why a signature was refused (`missing`, `mismatch`, `stale`), for `bad_signature`. */
  reason?: string;
  requestId: string;
  /** ISO 8601 time of the delivery. */
  at: string;
}

/** Receives webhook audit events; may be async, and a throw never changes the answer. */
export type WebhookAuditSink = (event: WebhookAuditEvent) => void | Promise<void>;
