import type { AuditOutcome } from './audit';
import { emitAudit, OUTCOME_BY_CODE } from './audit';
import { auditedCardId } from './audit-id';
import type { HandlerConfig } from './config';
import { deleteConfirmed, OutcomeUnknownError } from './delete-confirmed';
import { WalletHttpError } from './errors';
import { parseCardId } from './guards/card-id';
import { checkCsrf, seenBy } from './guards/csrf';
import { refuseLocked } from './guards/lock-reason';
import { ownedCard } from './guards/owned-card';
import { enforceRateLimit } from './guards/rate-limit';
import { requireCustomer } from './guards/session';
import { bodyRefusal } from './http/body';
import { toFailure } from './http/failure';
import { jsonResponse } from './http/respond';
import type { Target } from './http/routes';
import { cardSegment } from './http/routes';
import type { DeleteResult } from './providers/card-provider';
import { underCustomerLock } from './under-customer-lock';

/** Who tried to delete which card, filled in as the checks pass: what the audit event names. */
interface AuditSubject {
  customerId: string | null;
  cardId: string;
}

/** `DELETE {base}/…`: any DELETE aimed at the wallet, whatever is wrong with it. One audit event each. */
export async function deleteCardRoute(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
): Promise<Response> {
  const subject: AuditSubject = {
    customerId: null,
    cardId: await auditedCardId(config.auditIds, target),
  };
  let outcome: AuditOutcome;
  let response: Response;
  try {
    const { id, result } = await checkThenDelete(req, config, requestId, target, subject);
    outcome = result === 'deleted' ? 'deleted' : 'already_deleted';
    response = jsonResponse(200, { deleted: true, id });
  } catch (error) {
    const unknown = error instanceof OutcomeUnknownError;
    const failure = toFailure(unknown ? error.cause : error, config, {
      requestId,
      operation: 'delete',
    });
    outcome = unknown ? 'unknown' : OUTCOME_BY_CODE[failure.code];
    response = failure.response;
  }
  const at = new Date(config.now()).toISOString();
  await emitAudit(config, { type: 'card.delete', ...subject, outcome, requestId, at });
  return response;
}

/**
 * The docs/server.md checks, in this order; the first that fails answers: session → rate limit →
 * route → CSRF/origin → body → id shape → ownership → lock → provider. The rate limit comes
 * straight after the session, so a flood of refused attempts is throttled too (429 wins).
 * Ownership, the lock and the provider delete run in the customer's turn: one at a time per
 * customer, within the request's budget.
 */
async function checkThenDelete(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
  subject: AuditSubject,
): Promise<{ id: string; result: DeleteResult }> {
  const customerId = await requireCustomer(req, config);
  subject.customerId = customerId;
  await enforceRateLimit(config.rateLimit, customerId, config);
  const segment = cardSegment(target);
  const csrf = checkCsrf(req, config);
  if (csrf !== null) {
    config.refusals.report(csrf, requestId);
    throw new WalletHttpError('forbidden');
  }
  const refusal = await bodyRefusal(req);
  if (refusal === 'forbidden') {
    config.refusals.report({ check: 'content_type', ...seenBy(req, config) }, requestId);
  }
  if (refusal !== null) throw new WalletHttpError(refusal);
  const id = parseCardId(segment);
  if (id === null) throw new WalletHttpError('invalid_request');
  const result = await underCustomerLock(config, customerId, requestId, async (turn) => {
    const { card, visible, count } = await ownedCard(customerId, id, turn);
    await turn.budget.run(refuseLocked(config, { card: visible, customerId, count, requestId }));
    return deleteConfirmed(turn, customerId, card);
  });
  return { id, result };
}
