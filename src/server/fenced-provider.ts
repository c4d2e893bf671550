import type { Budget } from './budget';
import { callHook, HookFailure } from './hooks';
import type { InFlightCalls } from './in-flight-calls';
import type { CardProvider } from './providers/card-provider';
import type { HeldLock } from './stores/customer-lock';
import { LocalGrant } from './stores/memory-customer-lock';

/** The provider calls a customer's turn makes. */
export type TurnProvider = Pick<CardProvider, 'listCards' | 'deleteCard' | 'setDefaultCard'>;

/**
 * The adapter as one customer's turn calls it. Before each call the lock's fencing check runs:
 * once the lock is lost (its lease lapsed, Redis restarted empty) no further call is made and
 * the turn fails with a `customerLock` HookFailure (502, nothing sent). Each call made is
 * tracked in `calls`, so the lock is kept until the provider has answered it. The in-process
 * lock's grant is checked at once: nothing but its own release can take it away.
 */
export function fencedProvider(
  provider: CardProvider,
  lock: HeldLock,
  calls: InFlightCalls,
  { budget, hookTimeoutMs }: { budget: Budget; hookTimeoutMs: number },
): TurnProvider {
  const made = <T>(call: () => Promise<T>): Promise<T> => {
    // Once the budget is spent the call is never made, so there is nothing to wait for.
    if (budget.stopped) throw budget.reason;
    return calls.track(call());
  };
  async function fenced<T>(call: () => Promise<T>): Promise<T> {
    const held = await budget.run(callHook('customerLock', hookTimeoutMs, () => lock.stillHeld()));
    if (!held) throw new HookFailure('customerLock', 'lost');
    return made(call);
  }
  function fencedNow<T>(local: LocalGrant, call: () => Promise<T>): Promise<T> {
    try {
      if (budget.stopped) throw budget.reason;
      if (!local.heldNow()) throw new HookFailure('customerLock', 'lost');
      return made(call);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const guarded = <T>(call: () => Promise<T>): Promise<T> =>
    lock instanceof LocalGrant ? fencedNow(lock, call) : fenced(call);
  const setDefault = provider.setDefaultCard?.bind(provider);
  return {
    listCards: (customerId, ctx) => guarded(() => provider.listCards(customerId, ctx)),
    deleteCard: (customerId, card, ctx) =>
      guarded(() => provider.deleteCard(customerId, card, ctx)),
    // Only where the adapter has one: the handler then knows to use the store instead.
    ...(setDefault === undefined
      ? {}
      : {
          setDefaultCard: (customerId, card, ctx) =>
            guarded(() => setDefault(customerId, card, ctx)),
        }),
  };
}
