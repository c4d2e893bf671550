/** How one delete attempt ended. */
export type AuditOutcome =
  | 'deleted'
  | 'already_deleted'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'in_use'
  | 'invalid_request'
  | 'provider_error'
  /** The provider delete was sent but never answered in time: the card may or may not be gone. */
  | 'unknown';

/** One record per delete attempt, allowed or refused; never holds card digits or provider text. */
export interface AuditEvent {
  type: 'card.delete';
  /** Null when there was no session. */
  customerId: string | null;
  /** The decoded id, or for a malformed one the raw (still encoded, truncated) URL segment. */
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

const MAX_AUDIT_ID = 128;
// A long digit run in a URL could be a PAN typed or pasted by someone; never store one.
const DIGIT_RUN = /\d{12,}/g;

/** The card id as it may appear in an audit event: truncated, with long digit runs masked. */
export function auditCardId(id: string): string {
  const short = id.length > MAX_AUDIT_ID ? `${id.slice(0, MAX_AUDIT_ID)}…` : id;
  return short.replace(DIGIT_RUN, '[redacted]');
}

/** Hands the event to the sink; a sink that throws or rejects is logged, never propagated. */
export async function emitAudit(
  sink: AuditSink | undefined,
  event: AuditEvent,
  onFailure: (error: unknown) => void,
): Promise<void> {
  if (sink === undefined) return;
  try {
    await sink(event);
  } catch (error) {
    onFailure(error);
  }
}
