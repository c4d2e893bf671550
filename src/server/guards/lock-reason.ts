import type { CardLockReason, SavedCard } from '../../core/types';
import { CARD_LOCK_REASONS } from '../../core/types';
import { WalletHttpError } from '../errors';
import { callHook, HookFailure } from '../hooks';
import type { WalletLogger } from '../safe-logger';

/** The options a card's lock is judged by: the merchant's hook and `keepAtLeast`. */
export interface LockRules {
  lockReason:
    | ((
        card: SavedCard,
        customerId: string,
      ) => CardLockReason | null | Promise<CardLockReason | null>)
    | undefined;
  keepAtLeast: number;
  hookTimeoutMs: number;
  logger: Pick<WalletLogger, 'error'>;
}

/** One card, asked about in the context of the customer's whole list. */
export interface LockQuestion {
  /** The public card (docs/http-contract.md §1 fields only). */
  card: SavedCard;
  customerId: string;
  /** How many cards the customer has now. */
  count: number;
  requestId: string;
}

const REASONS: ReadonlySet<string> = new Set(CARD_LOCK_REASONS);

/**
 * Why `card` can't be removed now, or null (docs/server.md): the merchant's `lockReason` first,
 * then `keepAtLeast` (with `count` cards or fewer, each is the `last_card`). A hook that
 * throws, runs out of `hookTimeoutMs` or answers something else means `other`: when in
 * doubt, a card stays. The hook sees the public card only, never the provider's ref.
 */
export async function lockReasonFor(
  config: LockRules,
  question: LockQuestion,
): Promise<CardLockReason | null> {
  const { card, customerId, requestId } = question;
  const hook = config.lockReason;
  if (hook !== undefined) {
    let reason: unknown;
    try {
      reason = await callHook('lockReason', config.hookTimeoutMs, () =>
        hook({ ...card }, customerId),
      );
    } catch (error) {
      config.logger.error('saved-card-kit: lockReason failed, card treated as locked', {
        requestId,
        reason: error instanceof HookFailure ? error.reason : 'error',
      });
      return 'other';
    }
    if (reason !== null && reason !== undefined) {
      return typeof reason === 'string' && REASONS.has(reason)
        ? (reason as CardLockReason)
        : 'other';
    }
  }
  // `count` is read only when `keepAtLeast` can lock: a delete counts its list on demand, and
  // the card asked about is one of the count, so with 0 no count would lock it.
  return config.keepAtLeast > 0 && question.count <= config.keepAtLeast ? 'last_card' : null;
}

/** Refuses with 409 `card_in_use` and its reason (docs/http-contract.md) when the card is locked. */
export async function refuseLocked(config: LockRules, question: LockQuestion): Promise<void> {
  const reason = await lockReasonFor(config, question);
  if (reason !== null) throw new WalletHttpError('card_in_use', undefined, { reason });
}

/** The cards with `locked` set where a reason applies, for the list (docs/http-contract.md §1). */
export async function markLocked(
  config: LockRules,
  cards: SavedCard[],
  customerId: string,
  requestId: string,
): Promise<SavedCard[]> {
  if (config.lockReason === undefined && config.keepAtLeast === 0) return cards;
  const count = cards.length;
  const reasons = await Promise.all(
    cards.map((card) => lockReasonFor(config, { card, customerId, count, requestId })),
  );
  return cards.map((card, i) => {
    const locked = reasons[i];
    return locked === null || locked === undefined ? card : { ...card, locked };
  });
}
