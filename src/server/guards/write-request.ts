import type { HandlerConfig } from '../config';
import { WalletHttpError } from '../errors';
import { bodyRefusal } from '../http/body';
import type { Answer } from '../http/respond';
import type { Target } from '../http/routes';
import { cardIdOf } from '../http/routes';
import { crossSiteBucket } from './cross-site-key';
import type { CsrfRefusal } from './csrf';
import { checkCsrf, seenBy } from './csrf';
import { enforceRateLimit } from './rate-limit';
import { requireCustomer } from './session';

/** A request that changes the wallet, and the rate-limit bucket it counts in. */
export type WriteAction = 'card.delete' | 'card.default';

/** A route that writes (a DELETE, a set-default): what the handler calls it with. */
export type WriteRoute = (
  req: Request,
  config: HandlerConfig,
  requestId: string,
  target: Target,
) => Promise<Answer>;

/** Who is asking, filled in as the checks pass: what the audit event names. */
export interface WriteSubject {
  customerId: string | null;
}

// Which route each action is aimed at: a DELETE at the card, a PUT at its `/default`.
const ROUTE_OF: Readonly<Record<WriteAction, 'card' | 'default'>> = {
  'card.delete': 'card',
  'card.default': 'default',
};

/**
 * The docs/server.md checks every write passes before the customer's turn, in this order; the
 * first that fails answers: session → same-origin (Fetch Metadata, Origin, client header, media
 * type, a body without one) → the shopper's rate limit → path and id → body. A request refused
 * as cross-site is counted on its own key (its Origin by default), never on the shopper's
 * budget: a page that lures the shopper's browser must not lock them out. Each action counts
 * in its own bucket, under the same `rateLimit`.
 */
export async function checkWriteRequest(
  req: Request,
  config: HandlerConfig,
  { requestId, target, action }: { requestId: string; target: Target; action: WriteAction },
  subject: WriteSubject,
): Promise<{ customerId: string; id: string }> {
  const found = requireCustomer(req, config);
  const customerId = typeof found === 'string' ? found : await found;
  subject.customerId = customerId;
  const csrf = checkCsrf(req, config);
  // Most DELETEs have no body: judged at once, with no turn to wait.
  const judged = csrf === null ? bodyRefusal(req) : null;
  const body = judged instanceof Promise ? await judged : judged;
  const crossSite: CsrfRefusal | null =
    csrf ?? (body === 'forbidden' ? { check: 'content_type', ...seenBy(req, config) } : null);
  if (crossSite !== null) {
    await refuseCrossSite(req, config, { refusal: crossSite, customerId, requestId, action });
  }
  if (config.rateLimit !== null) {
    await enforceRateLimit(config.rateLimit, `${action}:${customerId}`, config);
  }
  const id = cardIdOf(target, ROUTE_OF[action]);
  if (body !== null || id === null) throw new WalletHttpError('invalid_request');
  return { customerId, id };
}

/** 403, counted on the attempt's cross-site key: 429 there once that key is over the limit. */
async function refuseCrossSite(
  req: Request,
  config: HandlerConfig,
  attempt: { refusal: CsrfRefusal; customerId: string; requestId: string; action: WriteAction },
): Promise<never> {
  const { refusal, customerId, requestId, action } = attempt;
  if (config.rateLimit !== null) {
    const key = await crossSiteBucket(req, { customerId, check: refusal.check }, config);
    await enforceRateLimit(config.rateLimit, `${action}.cross-site:${key}`, config);
  }
  config.refusals.report(refusal, requestId);
  throw new WalletHttpError('forbidden');
}
