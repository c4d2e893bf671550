import type { CardUpdateRecord } from '../stores/card-update-store';

/** A verified event, as a source reads it; `update` is null for an event about no card update. */
export interface CardUpdateEvent {
  /** The provider's event id; a replay carries the same one. */
  eventId: string;
  /** The card it changed, or null when the event is of another type or names no customer. */
  update: Omit<CardUpdateRecord, 'eventId' | 'provider'> | null;
}

/**
 * One provider's card-updater webhook: checks the signature over the exact bytes received and
 * only then reads them (docs/server.md "Card updates"). Built by {@link stripeCardUpdates},
 * {@link adyenCardUpdates}, or your own for another provider.
 */
export interface CardUpdateSource {
  /** The route's last segment (`POST {base}/webhooks/{provider}`): lower-case letters, digits, `-`. */
  readonly provider: string;
  /**
   * The event in `body`, once its signature in `headers` checks out; throws a
   * {@link WebhookSignatureError} when it does not, and any other error when the signed body
   * is not an event it can read. `now` is the handler's clock, epoch milliseconds.
   */
  verify(body: Uint8Array, headers: Headers, now: number): Promise<CardUpdateEvent>;
}

/** Why a signature was refused: none sent, not the sender's, or (Stripe) too old to trust. */
export type WebhookSignatureFailure = 'missing' | 'mismatch' | 'stale';

/** A webhook whose signature does not check out: answered 400, audited, nothing stored. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
  readonly reason: WebhookSignatureFailure;

  constructor(reason: WebhookSignatureFailure) {
    super(`webhook signature ${reason}`);
    this.reason = reason;
  }
}

/** True for a WebhookSignatureError, even one from another copy of the kit. */
export function isWebhookSignatureError(value: unknown): value is WebhookSignatureError {
  return (
    value instanceof WebhookSignatureError ||
    (value instanceof Error && value.name === 'WebhookSignatureError' && 'reason' in value)
  );
}

/** An event's time, epoch ms: the provider's when it is a time at all, never later than `now`. */
export function eventTime(ms: number, now: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, now) : now;
}
