import type { AuditOutcome } from './audit';
import { emitAudit, OUTCOME_BY_CODE } from './audit';
import { auditedCardId } from './audit-id';
import type { HandlerConfig } from './config';
import { OutcomeUnknownError } from './delete-confirmed';
import { WalletHttpError } from './errors';
import { parseCardId } from './guards/card-id';
import { checkCsrf } from './guards/csrf';
import { enforceRateLimit } from './guards/rate-limit';
import { requireCustomer } from './guards/session';
import { bodyRefusal } from './http/body';
import { toFailure } from './http/failure';
import { jsonResponse } from './http/respond';
import type { Target } from './http/routes';
import { cardSegment } from './http/routes';
import type { DeleteResult } from './providers/card-provider';
import { removeOwnedCard } from './remove-owned-card';

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
 * The DESIGN §6 checks, in this order. Session first, then the rate limit, so a flood of
 * refused attempts is throttled too (429 wins); only then path and route, CSRF, body, id.
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
  if (checkCsrf(req, config.allowedOrigins) !== null) throw new WalletHttpError('forbidden');
  const refusal = await bodyRefusal(req);
  if (refusal !== null) throw new WalletHttpError(refusal);
  const id = parseCardId(segment);
  if (id === null) throw new WalletHttpError('invalid_request');
  return { id, result: await removeOwnedCard(config, customerId, id, requestId) };
}
