import type { ServerErrorCode } from './errors';
import { callHook, HookFailure } from './hooks';
import type { WalletLogger } from './safe-logger';

/** How one delete or set-default attempt ended. */
export type AuditOutcome =
  | 'deleted'
  /** A set-default done: the card is the customer's default now. */
  | 'default_set'
  | 'already_deleted'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'in_use'
  /** A set-default refused: the card has expired. */
  | 'expired'
  | 'invalid_request'
  | 'provider_error'
  /** The provider delete was sent but never answered in time: the card may or may not be gone. */
  | 'unknown';

/**
 * One record per delete or set-default attempt, allowed or refused; never holds card digits or
 * provider text.
 */
export interface AuditEvent {
  /** `card.delete` for a DELETE, `card.default` for a set-default (`PUT …/default`). */
  type: 'card.delete' | 'card.default';
  /** Null when there was no session. */
  customerId: string | null;
  /**
   * The decoded id; its keyed digest (`hmac:…`) when the adapter's ids are provider tokens;
   * `[invalid]` for a refused id, `[none]` when the path named no card.
   */
  cardId: string;
  outcome: AuditOutcome;
  requestId: string;
  /** ISO 8601 time of the attempt. */
  at: string;
}

/** Receives audit events; may be async, and a throw never changes the response. */
export type AuditSink = (event: AuditEvent) => void | Promise<void>;

/** The `cardId` of an attempt that named no card (a DELETE on another path under the base). */
export const NO_CARD_ID = '[none]';

/** The `cardId` of an attempt whose id was refused: never the raw segment, which may hold a PAN. */
export const INVALID_CARD_ID = '[invalid]';

/** The outcome of an attempt refused or failed with `code`, as the browser was told. */
export const OUTCOME_BY_CODE: Readonly<Record<ServerErrorCode, AuditOutcome>> = {
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  card_not_found: 'not_found',
  card_in_use: 'in_use',
  card_expired: 'expired',
  rate_limited: 'rate_limited',
  invalid_request: 'invalid_request',
  provider_error: 'provider_error',
};

/** What {@link emitAudit} needs of the handler's options. */
export interface AuditChannel {
  audit: AuditSink | undefined;
  hookTimeoutMs: number;
  logger: WalletLogger;
}

/**
 * Hands the event to the sink for at most `hookTimeoutMs`. A sink that throws, rejects or runs
 * out never changes the answer: the logger says an event was lost, without card data.
 */
export async function emitAudit(config: AuditChannel, event: AuditEvent): Promise<void> {
  const sink = config.audit;
  if (sink === undefined) return;
  try {
    await callHook('audit', config.hookTimeoutMs, () => sink(event));
  } catch (error) {
    config.logger.error('saved-card-kit: audit event lost', {
      requestId: event.requestId,
      outcome: event.outcome,
      reason: error instanceof HookFailure ? error.reason : 'error',
    });
  }
}
