import type { AuditOutcome } from './audit';
import { emitAudit, INVALID_CARD_ID, NO_CARD_ID } from './audit';
import { isAcceptableJsonBody, readCappedBody } from './body';
import type { HandlerConfig } from './config';
import { checkCsrf } from './csrf';
import { OutcomeUnknownError } from './delete-outcome';
import type { ServerErrorCode } from './errors';
import { WalletHttpError } from './errors';
import { toFailure } from './failure';
import { callHook } from './hooks';
import { parseCardId } from './ids';
import type { DeleteResult } from './provider';
import { retryAfterSeconds } from './rate-limit';
import { removeOwnedCard } from './remove-owned-card';
import { jsonResponse } from './respond';
import type { Target } from './routes';
import { ALLOWED_METHODS, noRoute, wrongMethod } from './routes';
import { requireCustomer } from './session';

const OUTCOME_BY_CODE: Readonly<Record<ServerErrorCode, AuditOutcome>> = {
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  card_not_found: 'not_found',
  card_in_use: 'in_use',
  rate_limited: 'rate_limited',
  invalid_request: 'invalid_request',
  provider_error: 'provider_error',
};

/** What the audit event needs to know, filled in as the checks pass. */
interface Attempt {
  customerId: string | null;
  cardId: string;
}

/**
 * A DELETE aimed at the wallet, whatever is wrong with it: the DESIGN §6 checks in order, then
 * exactly one audit event. Session first, then the rate limit, so a flood of refused attempts
 * is throttled too (429 wins); only then the path, route, CSRF, body and id checks.
 */
export async function deleteAttempt(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
): Promise<Response> {
  // Judged up front, so even an attempt refused at its first check names its card safely.
  const cardId =
    target.route.kind !== 'card'
      ? NO_CARD_ID
      : target.refused
        ? INVALID_CARD_ID
        : await config.auditIds(target.route.rawId);
  const attempt: Attempt = { customerId: null, cardId };
  let outcome: AuditOutcome;
  let response: Response;
  try {
    const { id, result } = await runChecks(req, config, requestId, target, attempt);
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
  await emitAudit(config, {
    type: 'card.delete',
    ...attempt,
    outcome,
    requestId,
    at: new Date(config.now()).toISOString(),
  });
  return response;
}

async function runChecks(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
  attempt: Attempt,
): Promise<{ id: string; result: DeleteResult }> {
  const customerId = await requireCustomer(req, config);
  attempt.customerId = customerId;
  await enforceRateLimit(config, customerId);

  if (target.refused) throw new WalletHttpError('invalid_request');
  if (target.route.kind === 'cards') throw wrongMethod(ALLOWED_METHODS.cards);
  if (target.route.kind !== 'card') throw noRoute();

  if (checkCsrf(req, config.allowedOrigins) !== null) throw new WalletHttpError('forbidden');
  const body = await readCappedBody(req);
  if (!body.ok) throw new WalletHttpError('invalid_request');
  // A body with no Content-Type at all is as suspect as a text/plain one.
  if (body.text !== '' && req.headers.get('Content-Type') === null) {
    throw new WalletHttpError('forbidden');
  }
  if (!isAcceptableJsonBody(body.text)) throw new WalletHttpError('invalid_request');

  const id = parseCardId(target.route.rawId);
  if (id === null) throw new WalletHttpError('invalid_request');

  return { id, result: await removeOwnedCard(config, customerId, id, requestId) };
}

async function enforceRateLimit(config: HandlerConfig, customerId: string): Promise<void> {
  if (config.rateLimit === null) return;
  const { max, windowMs, store } = config.rateLimit;
  // A store that fails or runs out of time refuses the delete (502): never unlimited deletes.
  const { count, resetAt } = await callHook('rateLimit', config.hookTimeoutMs, () =>
    store.hit(`card.delete:${customerId}`, windowMs),
  );
  if (count > max) {
    throw new WalletHttpError('rate_limited', undefined, {
      headers: { 'Retry-After': String(retryAfterSeconds(resetAt, config.now())) },
    });
  }
}
