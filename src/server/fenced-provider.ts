import type { Budget } from './budget';
import { callHook, HookFailure } from './hooks';
import type { InFlightCalls } from './in-flight-calls';
import type { CardProvider } from './providers/card-provider';
import type { HeldLock } from './stores/customer-lock';

/** The provider calls a customer's turn makes. */
export type TurnProvider = Pick<CardProvider, 'listCards' | 'deleteCard' | 'setDefaultCard'>;

/**
 * The adapter as one customer's turn calls it. Before each call the lock's fencing check runs:
 * once the lock is lost (its lease lapsed, Redis restarted empty) no further call is made and
 * the turn fails with a `customerLock` HookFailure (502, nothing sent). Each call made is
 * tracked in `calls`, so the lock is kept until the provider has answered it.
 */
export function fencedProvider(
  provider: CardProvider,
  lock: HeldLock,
  calls: InFlightCalls,
  { budget, hookTimeoutMs }: { budget: Budget; hookTimeoutMs: number },
): TurnProvider {
  async function fenced<T>(call: () => Promise<T>): Promise<T> {
    const held = await budget.run(callHook('customerLock', hookTimeoutMs, () => lock.stillHeld()));
    if (!held) throw new HookFailure('customerLock', 'lost');
    // Once the budget is spent the call is never made, so there is nothing to wait for.
    if (budget.stopped) throw budget.reason;
    return calls.track(call());
  }
  const setDefault = provider.setDefaultCard?.bind(provider);
  return {
    listCards: (customerId, ctx) => fenced(() => provider.listCards(customerId, ctx)),
    deleteCard: (customerId, card, ctx) => fenced(() => provider.deleteCard(customerId, card, ctx)),
    // Only where the adapter has one: the handler then knows to use the store instead.
    ...(setDefault === undefined
      ? {}
      : {
          setDefaultCard: (customerId, card, ctx) =>
            fenced(() => setDefault(customerId, card, ctx)),
        }),
  };
}
