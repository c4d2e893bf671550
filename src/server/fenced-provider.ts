import type { Budget } from './budget';
import { callHook, HookFailure } from './hooks';
import type { InFlightCalls } from './in-flight-calls';
import type {
  CardProvider,
  DeleteResult,
  ProviderCallContext,
  ProviderCard,
} from './providers/card-provider';
import type { HeldLock } from './stores/customer-lock';
import { LocalGrant } from './stores/memory-customer-lock';

/** The provider calls a customer's turn makes, and its one write of the kit's own. */
export interface TurnProvider
  extends Pick<CardProvider, 'listCards' | 'deleteCard' | 'setDefaultCard'> {
  /**
   * A write the kit makes itself in the turn (the `defaultCardStore`'s), checked against the
   * lock as the adapter's writes are, and held on to until it settles.
   */
  fenced<T>(write: () => Promise<T>): Promise<T>;
}

/**
 * The adapter as one customer's turn calls it. Before each call that changes the wallet (a
 * delete, a default change, the kit's own `fenced` write) the lock's fencing check runs: once
 * the lock is lost (its lease lapsed, Redis restarted empty) that call is not made and the turn
 * fails with a `customerLock` HookFailure (502, nothing changed). A list is a read and goes
 * without a check: a list made after the lock was lost decides nothing, since the check before
 * the write that would follow it fails. Each call made is tracked in `calls`, so the lock is
 * kept until the provider has answered it. The in-process lock's grant is checked at once:
 * nothing but its own release can take it away.
 */
export function fencedProvider(
  provider: CardProvider,
  lock: HeldLock,
  calls: InFlightCalls,
  { budget, hookTimeoutMs }: { budget: Budget; hookTimeoutMs: number },
): TurnProvider {
  return new FencedProvider(provider, lock, calls, budget, hookTimeoutMs);
}

// One object per turn, its calls on the prototype: a turn is made for every delete, and a
// closure per call was most of the fence's cost.
class FencedProvider implements TurnProvider {
  readonly #provider: CardProvider;
  readonly #lock: HeldLock;
  readonly #calls: InFlightCalls;
  readonly #budget: Budget;
  readonly #hookTimeoutMs: number;
  // Only where the adapter has one: the handler then knows to use the store instead. An own
  // function, since the handler may call it unbound.
  declare readonly setDefaultCard?: CardProvider['setDefaultCard'];

  constructor(
    provider: CardProvider,
    lock: HeldLock,
    calls: InFlightCalls,
    budget: Budget,
    hookTimeoutMs: number,
  ) {
    this.#provider = provider;
    this.#lock = lock;
    this.#calls = calls;
    this.#budget = budget;
    this.#hookTimeoutMs = hookTimeoutMs;
    const setDefault = provider.setDefaultCard;
    if (setDefault !== undefined) {
      this.setDefaultCard = (customerId, card, ctx) =>
        this.#guarded(() => setDefault.call(provider, customerId, card, ctx));
    }
  }

  listCards(customerId: string, ctx: ProviderCallContext): Promise<ProviderCard[]> {
    const provider = this.#provider;
    return this.#made(() => provider.listCards(customerId, ctx));
  }

  deleteCard(
    customerId: string,
    card: ProviderCard,
    ctx: ProviderCallContext,
  ): Promise<DeleteResult> {
    const provider = this.#provider;
    return this.#guarded(() => provider.deleteCard(customerId, card, ctx));
  }

  fenced<T>(write: () => Promise<T>): Promise<T> {
    return this.#guarded(write);
  }

  #guarded<T>(call: () => Promise<T>): Promise<T> {
    const lock = this.#lock;
    return lock instanceof LocalGrant ? this.#fencedNow(lock, call) : this.#fenced(call);
  }

  // Once the budget is spent the call is never made, so there is nothing to wait for. Never
  // throws: a spent budget, or an adapter that throws before returning its promise, rejects.
  #made<T>(call: () => Promise<T>): Promise<T> {
    try {
      const budget = this.#budget;
      if (budget.stopped) throw budget.reason;
      return this.#calls.track(call());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async #fenced<T>(call: () => Promise<T>): Promise<T> {
    const lock = this.#lock;
    const held = await this.#budget.run(
      callHook('customerLock', this.#hookTimeoutMs, () => lock.stillHeld()),
    );
    if (!held) throw new HookFailure('customerLock', 'lost');
    return this.#made(call);
  }

  // A spent budget is the answer before a lost grant, as in #fenced.
  #fencedNow<T>(local: LocalGrant, call: () => Promise<T>): Promise<T> {
    if (!this.#budget.stopped && !local.heldNow()) {
      return Promise.reject(new HookFailure('customerLock', 'lost'));
    }
    return this.#made(call);
  }
}
