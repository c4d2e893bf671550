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
  /** Counted on first read. */
  readonly count: number;
  /** The whole list the card was found in, as the adapter gave it. */
  readonly listed: readonly ProviderCard[];
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
  // A copy: the count may be taken later, and must be of the list the card was found in.
  const listed = [...(await budget.run(provider.listCards(customerId, ctx)))];
  // The first card the browser could see with this id. Only cards listed under the id are
  // checked for it: a card's id is the same once checked, and a list is often long.
  let found: { card: ProviderCard; visible: SavedCard } | undefined;
  for (const card of listed) {
    // An adapter's list may hold anything: what is not a card is never shown, nor found.
    if ((card as Partial<ProviderCard> | null | undefined)?.id !== id) continue;
    const visible = toPublicCard(card);
    if (visible !== null) {
      found = { card, visible };
      break;
    }
  }
  if (found === undefined) throw new WalletHttpError('card_not_found');
  return new ListedOwnedCard(found.card, found.visible, listed);
}

// A class, its getter on the prototype: a getter in an object literal is made again for every
// delete, and V8 moves such objects to the old generation (docs/performance.md).
class ListedOwnedCard implements OwnedCard {
  #count: number | undefined;

  constructor(
    readonly card: ProviderCard,
    readonly visible: SavedCard,
    readonly listed: readonly ProviderCard[],
  ) {}

  // Counted only when a lock rule asks (`keepAtLeast`): it checks every card of the list.
  get count(): number {
    this.#count ??= this.listed.reduce((n, card) => (toPublicCard(card) === null ? n : n + 1), 0);
    return this.#count;
  }
}
