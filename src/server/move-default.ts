import { firstDefaultable } from '../core/next-default';
import type { SavedCard } from '../core/types';
import type { HandlerConfig } from './config';
import { storeDefault } from './default-store';
import { markLocked } from './guards/lock-reason';
import type { ProviderCard } from './providers/card-provider';
import { publicPairs } from './public-list';
import type { CustomerTurn } from './under-customer-lock';

/** The default card that was just removed, and the list it was removed from. */
export interface RemovedDefault {
  customerId: string;
  removedId: string;
  /** The customer's list before the delete, as the adapter gave it. */
  listedBefore: readonly ProviderCard[];
  requestId: string;
}

/**
 * After the default card went, makes the next one the default (docs/http-contract.md "Removing
 * the default card") and returns its id, or null when no card could be. The rule is the
 * browser's (core/next-default.ts): the first card left, in list order, neither expired nor
 * locked. With a `defaultCardStore`, the list before the delete tells which card that is, and
 * the store remembers it. A provider that keeps the default is listed once more, to see where
 * it put the default itself: one it moved is kept, else the next card is set there.
 *
 * The delete is done whatever happens here: a failure is logged and answered as null (no
 * card is the default), never as a failed delete.
 */
export async function moveDefault(
  config: HandlerConfig,
  turn: CustomerTurn,
  removed: RemovedDefault,
): Promise<string | null> {
  try {
    return await nextDefaultSet(config, turn, removed);
  } catch (error) {
    config.logger.error('saved-card-kit: the next default card could not be set', {
      requestId: removed.requestId,
      name: error instanceof Error ? error.name : typeof error,
    });
    return null;
  }
}

async function nextDefaultSet(
  config: HandlerConfig,
  turn: CustomerTurn,
  { customerId, removedId, listedBefore, requestId }: RemovedDefault,
): Promise<string | null> {
  const { budget, ctx, provider } = turn;
  if (config.defaultCards !== null) {
    const left = publicPairs(listedBefore).filter((pair) => pair.visible.id !== removedId);
    const next = await pick(config, turn, left, customerId, requestId);
    await provider.fenced(() => storeDefault(config, customerId, next?.visible.id ?? null));
    return next?.visible.id ?? null;
  }
  const setDefault = provider.setDefaultCard;
  if (setDefault === undefined) return null;
  // The one re-list: Stripe and Hyperswitch clear (or move) the default themselves.
  const now = publicPairs(await budget.run(provider.listCards(customerId, ctx))).filter(
    (pair) => pair.visible.id !== removedId,
  );
  const moved = now.find((pair) => pair.visible.isDefault === true);
  if (moved !== undefined) return moved.visible.id;
  const next = await pick(config, turn, now, customerId, requestId);
  if (next === undefined) return null;
  await budget.run(setDefault(customerId, next.card, ctx));
  return next.visible.id;
}

// The shared rule on the cards left, with their locks judged as a list would show them.
async function pick(
  config: HandlerConfig,
  { budget }: CustomerTurn,
  left: Array<{ card: ProviderCard; visible: SavedCard }>,
  customerId: string,
  requestId: string,
): Promise<{ card: ProviderCard; visible: SavedCard } | undefined> {
  const judged = await budget.run(
    markLocked(
      config,
      left.map((pair) => pair.visible),
      customerId,
      requestId,
    ),
  );
  const next = firstDefaultable(judged);
  return next === null ? undefined : left.find((pair) => pair.visible.id === next.id);
}
