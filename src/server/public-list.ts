import type { SavedCard } from '../core/types';
import { toPublicCard } from './guards/public-card';
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

/** Just the public cards of {@link publicPairs}. */
export function publicCards(listed: readonly ProviderCard[]): SavedCard[] {
  return publicPairs(listed).map((pair) => pair.visible);
}
