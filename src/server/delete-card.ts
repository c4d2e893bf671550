import type { AuditOutcome } from './audit';
import { emitAudit, isoTime, OUTCOME_BY_CODE } from './audit';
import { auditedCardId } from './audit-id';
import type { HandlerConfig } from './config';
import { deleteConfirmed, OutcomeUnknownError } from './delete-confirmed';
import { WalletHttpError } from './errors';
import { crossSiteBucket } from './guards/cross-site-key';
import type { CsrfRefusal } from './guards/csrf';
import { checkCsrf, seenBy } from './guards/csrf';
import { refuseLocked } from './guards/lock-reason';
import { ownedCard } from './guards/owned-card';
import { enforceRateLimit } from './guards/rate-limit';
import { requireCustomer } from './guards/session';
import { bodyRefusal } from './http/body';
import { toFailure } from './http/failure';
import type { Answer } from './http/respond';
import { jsonAnswer } from './http/respond';
import type { Target } from './http/routes';
import { cardIdOf } from './http/routes';
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
): Promise<Answer> {
  const audited = auditedCardId(config.auditIds, target);
  const subject: AuditSubject = {
    customerId: null,
    cardId: typeof audited === 'string' ? audited : await audited,
  };
  let outcome: AuditOutcome;
  let answer: Answer;
  try {
    const { id, result } = await checkThenDelete(req, config, requestId, target, subject);
    outcome = result === 'deleted' ? 'deleted' : 'already_deleted';
    answer = jsonAnswer(200, { deleted: true, id });
  } catch (error) {
    const unknown = error instanceof OutcomeUnknownError;
    const failure = toFailure(unknown ? error.cause : error, config, {
      requestId,
      operation: 'delete',
    });
    outcome = unknown ? 'unknown' : OUTCOME_BY_CODE[failure.code];
    answer = failure.answer;
  }
  const at = isoTime(config.now());
  const emitted = emitAudit(config, {
    type: 'card.delete',
    customerId: subject.customerId,
    cardId: subject.cardId,
    outcome,
    requestId,
    at,
  });
  if (emitted !== undefined) await emitted;
  return answer;
}

/**
 * The docs/server.md checks, in this order; the first that fails answers: session → same-origin
 * (Fetch Metadata, Origin, client header, media type, a body without one) → the shopper's rate
 * limit → path and id → ownership → lock → provider. A request refused as cross-site is counted
 * on its own key (its Origin by default), never on the shopper's budget: a page that lures the
 * shopper's browser must not lock them out. Ownership, the lock and the provider delete run in
 * the customer's turn: one at a time per customer, within the request's budget.
 */
async function checkThenDelete(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
  subject: AuditSubject,
): Promise<{ id: string; result: DeleteResult }> {
  const found = requireCustomer(req, config);
  const customerId = typeof found === 'string' ? found : await found;
  subject.customerId = customerId;
  const csrf = checkCsrf(req, config);
  const body = csrf === null ? await bodyRefusal(req) : null;
  const crossSite: CsrfRefusal | null =
    csrf ?? (body === 'forbidden' ? { check: 'content_type', ...seenBy(req, config) } : null);
  if (crossSite !== null) await refuseCrossSite(req, config, crossSite, customerId, requestId);
  if (config.rateLimit !== null) {
    await enforceRateLimit(config.rateLimit, `card.delete:${customerId}`, config);
  }
  const id = cardIdOf(target);
  if (body !== null || id === null) throw new WalletHttpError('invalid_request');
  try {
    const result = await underCustomerLock(config, customerId, requestId, async (turn) => {
      const owned = await ownedCard(customerId, id, turn);
      const question = {
        card: owned.visible,
        customerId,
        requestId,
        // Counted only if the lock rules ask.
        get count() {
          return owned.count;
        },
      };
      // No hook and no `keepAtLeast`: nothing can lock the card, so nothing is waited for.
      if (config.lockReason !== undefined || config.keepAtLeast > 0) {
        await turn.budget.run(refuseLocked(config, question));
      }
      return deleteConfirmed(turn, customerId, owned.card);
    });
    return { id, result };
  } finally {
    // The customer's turn came: the provider's list may have changed, whatever the answer.
    config.listCache?.forget(customerId);
  }
}

/** 403, counted on the attempt's cross-site key: 429 there once that key is over the limit. */
async function refuseCrossSite(
  req: Request,
  config: HandlerConfig,
  refusal: CsrfRefusal,
  customerId: string,
  requestId: string,
): Promise<never> {
  if (config.rateLimit !== null) {
    const key = await crossSiteBucket(req, { customerId, check: refusal.check }, config);
    await enforceRateLimit(config.rateLimit, `card.delete.cross-site:${key}`, config);
  }
  config.refusals.report(refusal, requestId);
  throw new WalletHttpError('forbidden');
}
