import type { SavedCard } from '../core/types';
import { withStoredDefault } from './default-store';
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
