import type { SavedCard } from '../core/types';
import { withCardUpdates } from './card-updates';
import type { HandlerConfig } from './config';
import { withStoredDefault } from './default-store';
import { markLocked } from './guards/lock-reason';
import { toPublicCard } from './guards/public-card';
import { markDuplicates } from './mark-duplicates';
import type { ProviderCard } from './providers/card-provider';

/**
 * The cards of an adapter's list the browser may see (docs/http-contract.md §1), in list order,
 * each with its adapter card (server-only ref included) for a later provider call.
 */
export function publicPairs(
  listed: readonly ProviderCard[],
): Array<{ card: ProviderCard; visible: SavedCard }> {
  const out: Array<{ card: ProviderCard; visible: SavedCard }> = [];
  for (const card of listed) {
    const visible = toPublicCard(card);
    if (visible !== null) out.push({ card, visible });
  }
  return out;
}

/**
 * The list as an answer shows it: the public cards, `stored` (when the handler keeps the
 * default) as the default, then the repeats marked, as a GET would show them.
 */
export function shownCards(
  listed: readonly ProviderCard[],
  stored: string | null = null,
): SavedCard[] {
  const pairs = publicPairs(listed);
  const cards = withStoredDefault(
    pairs.map((pair) => pair.visible),
    stored,
  );
  return markDuplicates(
    cards.map((card, i) => ({ card, fingerprint: pairs[i]?.card.fingerprint })),
  );
}

/**
 * The marks every answer carrying the list ends with, the GET's and the PUT set-default's
 * alike (docs/http-contract.md §1): `locked` where a reason applies, then `updated` where the
 * bank changed a card recently. One step, so the two answers cannot drift apart.
 */
export function finishList(
  config: HandlerConfig,
  cards: SavedCard[],
  customerId: string,
  requestId: string,
): SavedCard[] | Promise<SavedCard[]> {
  // No hook, no `keepAtLeast` and no store: nothing is asked, so there is nothing to wait for.
  const asks = config.lockReason !== undefined || config.keepAtLeast > 0;
  if (!asks && config.cardUpdateStore === undefined) return cards;
  return askedMarks(config, cards, customerId, requestId);
}

async function askedMarks(
  config: HandlerConfig,
  cards: SavedCard[],
  customerId: string,
  requestId: string,
): Promise<SavedCard[]> {
  const marked = await markLocked(config, cards, customerId, requestId);
  // No store, no read: a host without card-updater webhooks pays nothing for them.
  const store = config.cardUpdateStore;
  return store === undefined
    ? marked
    : withCardUpdates(store, config, marked, customerId, requestId);
}
