import type { AuditOutcome } from './audit';
import { auditCardId, emitAudit } from './audit';
import { isAcceptableJsonBody, readCappedBody } from './body';
import { checkCsrf } from './csrf';
import type { ServerErrorCode } from './errors';
import { isProviderError, WalletHttpError } from './errors';
import { toFailure } from './failure';
import { parseCardId } from './ids';
import type { HandlerConfig } from './options';
import type { DeleteResult } from './provider';
import { toPublicCard } from './public-card';
import { retryAfterSeconds } from './rate-limit';
import { jsonResponse } from './respond';
import { requireCustomer } from './session';
import { withTimeout } from './timeout';

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

/** `DELETE {base}/cards/{id}`: DESIGN §6 checks in order, then one audit event. */
export async function deleteCardRoute(
  req: Request,
  config: HandlerConfig,
  requestId: string,
  rawId: string,
): Promise<Response> {
  const attempt: Attempt = { customerId: null, cardId: auditCardId(rawId) };
  let outcome: AuditOutcome;
  let response: Response;
  try {
    const { id, result } = await runDelete(req, config, rawId, attempt);
    outcome = result === 'deleted' ? 'deleted' : 'already_deleted';
    response = jsonResponse(200, { deleted: true, id });
  } catch (error) {
    const failure = toFailure(error, config, { requestId, operation: 'delete' });
    outcome = OUTCOME_BY_CODE[failure.code];
    response = failure.response;
  }
  await emitAudit(
    config.audit,
    {
      type: 'card.delete',
      ...attempt,
      outcome,
      requestId,
      at: new Date(config.now()).toISOString(),
    },
    (error) =>
      config.logger.error('saved-card-kit: audit sink failed', {
        requestId,
        name: error instanceof Error ? error.name : typeof error,
      }),
  );
  return response;
}

async function runDelete(
  req: Request,
  config: HandlerConfig,
  rawId: string,
  attempt: Attempt,
): Promise<{ id: string; result: DeleteResult }> {
  const customerId = await requireCustomer(req, config);
  attempt.customerId = customerId;

  if (checkCsrf(req, config.allowedOrigins) !== null) throw new WalletHttpError('forbidden');
  const body = await readCappedBody(req);
  if (!body.ok) throw new WalletHttpError('invalid_request');
  // A body with no Content-Type at all is as suspect as a text/plain one.
  if (body.text !== '' && req.headers.get('Content-Type') === null) {
    throw new WalletHttpError('forbidden');
  }
  if (!isAcceptableJsonBody(body.text)) throw new WalletHttpError('invalid_request');

  const id = parseCardId(rawId);
  if (id === null) throw new WalletHttpError('invalid_request');
  attempt.cardId = auditCardId(id);

  await enforceRateLimit(config, customerId);

  // Ownership: only an id in this customer's fresh list is ever sent to the provider, and a
  // foreign id answers exactly like an unknown one so ids cannot be probed.
  const cards = await withTimeout(config.provider.listCards(customerId), config.providerTimeoutMs);
  const card = cards.find((candidate) => candidate.id === id);
  if (card === undefined) throw new WalletHttpError('card_not_found');

  if (config.canDelete !== undefined) {
    const allowed = await config.canDelete(toPublicCard(card) ?? { ...card }, customerId);
    if (allowed !== true) throw new WalletHttpError('card_in_use');
  }

  try {
    const result = await withTimeout(
      config.provider.deleteCard(customerId, id),
      config.providerTimeoutMs,
    );
    return { id, result: result === 'deleted' ? 'deleted' : 'not_found' };
  } catch (error) {
    // Gone between our list and the delete: the shopper's intent is already fulfilled.
    if (isProviderError(error) && error.kind === 'not_found') return { id, result: 'not_found' };
    throw error;
  }
}

async function enforceRateLimit(config: HandlerConfig, customerId: string): Promise<void> {
  if (config.rateLimit === null) return;
  const { max, windowMs, store } = config.rateLimit;
  const { count, resetAt } = await store.hit(`card.delete:${customerId}`, windowMs);
  if (count > max) {
    throw new WalletHttpError('rate_limited', undefined, {
      headers: { 'Retry-After': String(retryAfterSeconds(resetAt, config.now())) },
    });
  }
}
