import type { SavedCard } from '../../core/types';
import { WalletHttpError } from '../errors';
import type { ProviderCard } from '../providers/card-provider';
import type { CustomerTurn } from '../under-customer-lock';
import { toPublicCard } from './public-card';

/** The customer's card as their fresh list holds it, and how many cards they can see. */
export interface OwnedCard {
  /** As the adapter listed it, server-only ref included: what its delete needs. */
  card: ProviderCard;
  /** The docs/http-contract.md §1 fields only: what hooks may see. */
  visible: SavedCard;
  count: number;
}

/**
 * Card `id` from the customer's fresh list (docs/server.md ownership), or 404 `card_not_found`.
 * Only cards the browser could see count: a foreign, unknown or unshowable id answers the
 * same 404, so ids cannot be probed.
 */
export async function ownedCard(
  customerId: string,
  id: string,
  { ctx, budget, provider }: CustomerTurn,
): Promise<OwnedCard> {
  const listed = await budget.run(provider.listCards(customerId, ctx));
  const shown = listed.flatMap((card) => {
    const visible = toPublicCard(card);
    return visible === null ? [] : [{ card, visible }];
  });
  const found = shown.find((entry) => entry.visible.id === id);
  if (found === undefined) throw new WalletHttpError('card_not_found');
  return { ...found, count: shown.length };
}
