import type { SavedCard } from '../core/types';
import type { HandlerConfig } from './options';
import { toPublicCard } from './public-card';
import { jsonResponse } from './respond';
import { requireCustomer } from './session';
import { withTimeout } from './timeout';

/** `GET {base}/cards`: the session customer's cards, projected to DESIGN §2. */
export async function listCardsRoute(
  req: Request,
  config: HandlerConfig,
  requestId: string,
): Promise<Response> {
  const customerId = await requireCustomer(req, config);
  const cards = await withTimeout(config.provider.listCards(customerId), config.providerTimeoutMs);
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
  return jsonResponse(200, { cards: out });
}
