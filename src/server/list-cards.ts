import type { SavedCard } from '../core/types';
import { startBudget } from './budget';
import type { HandlerConfig } from './config';
import { markLocked } from './guards/lock-reason';
import { toPublicCard } from './guards/public-card';
import { requireCustomer } from './guards/session';
import { jsonResponse } from './http/respond';
import type { ProviderCard } from './providers/card-provider';

/** `GET {base}/cards`: the session customer's cards, projected to docs/http-contract.md §1. */
export async function listCardsRoute(
  req: Request,
  config: HandlerConfig,
  requestId: string,
): Promise<Response> {
  const customerId = await requireCustomer(req, config);
  const budget = startBudget(config.providerTimeoutMs);
  let cards: ProviderCard[];
  try {
    cards = await budget.run(
      config.provider.listCards(customerId, {
        signal: budget.signal,
        deadline: budget.deadline,
        requestId,
      }),
    );
  } finally {
    budget.end();
  }
  const out: SavedCard[] = [];
  let dropped = 0;
  for (const card of cards) {
    const visible = toPublicCard(card);
    if (visible === null) dropped += 1;
    else out.push(visible);
  }
  // One bad card must not blank the whole wallet; the merchant learns about it from the log.
  if (dropped > 0) {
    config.logger.error('saved-card-kit: provider returned cards outside the contract', {
      requestId,
      operation: 'list',
      dropped,
    });
  }
  return jsonResponse(200, { cards: await markLocked(config, out, customerId, requestId) });
}
