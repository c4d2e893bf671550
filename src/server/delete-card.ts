import type { AuditOutcome } from './audit';
import { auditCardId, emitAudit } from './audit';
import { isAcceptableJsonBody, readCappedBody } from './body';
import type { Budget } from './budget';
import { startBudget } from './budget';
import { checkCsrf } from './csrf';
import { isOutcomeUnknown, OutcomeUnknownError } from './delete-outcome';
import type { ServerErrorCode } from './errors';
import { isProviderError, WalletHttpError } from './errors';
import { toFailure } from './failure';
import { parseCardId } from './ids';
import type { HandlerConfig } from './options';
import type { DeleteResult, ProviderCallContext, ProviderCard } from './provider';
import { toPublicCard } from './public-card';
import { retryAfterSeconds } from './rate-limit';
import { jsonResponse } from './respond';
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
  const budget = startBudget(config.providerTimeoutMs);
  try {
    const { id, result } = await runDelete(req, config, rawId, attempt, budget, requestId);
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
  } finally {
    // Answered: whatever the adapter still runs is aborted, so nothing happens after this.
    budget.end();
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
  budget: Budget,
  requestId: string,
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
  const ctx: ProviderCallContext = { signal: budget.signal, requestId };
  const cards = await budget.run(config.provider.listCards(customerId, ctx));
  const card = cards.find((candidate) => candidate.id === id);
  if (card === undefined) throw new WalletHttpError('card_not_found');

  if (config.canDelete !== undefined) {
    const allowed = await config.canDelete(toPublicCard(card) ?? { ...card }, customerId);
    if (allowed !== true) throw new WalletHttpError('card_in_use');
  }

  return { id, result: await providerDelete(config, customerId, card, ctx, budget) };
}

/** The adapter's delete under the budget; a failure that leaves the card's fate open is flagged. */
async function providerDelete(
  config: HandlerConfig,
  customerId: string,
  card: ProviderCard,
  ctx: ProviderCallContext,
  budget: Budget,
): Promise<DeleteResult> {
  try {
    return (await budget.run(config.provider.deleteCard(customerId, card, ctx))) === 'deleted'
      ? 'deleted'
      : 'not_found';
  } catch (error) {
    // Gone between our list and the delete: the shopper's intent is already fulfilled.
    if (isProviderError(error) && error.kind === 'not_found') return 'not_found';
    if (isOutcomeUnknown(error, budget.signal)) {
      throw new OutcomeUnknownError('delete outcome unknown', { cause: error });
    }
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
