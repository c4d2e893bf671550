import { stopOf, untilStopped } from '../until-aborted';
import type { CustomerLockRequest, CustomerLockStore, HeldLock } from './customer-lock';

/**
 * The default: a first-come-first-served queue per key in this process. Enough for one server
 * instance; several need a shared store such as {@link redisCustomerLock}. A grant has no
 * lease to run out (the process that holds it is the one that would die with it); the handler
 * bounds how long it holds one.
 */
export function memoryCustomerLock(): CustomerLockStore {
  return new MemoryCustomerLock();
}

/**
 * The store behind {@link memoryCustomerLock}. The handler knows it: a free key is taken with
 * {@link MemoryCustomerLock.takeIfFree}, at once, and its {@link LocalGrant} is checked and
 * given back at once, without the promises a shared store's answers need.
 */
export class MemoryCustomerLock implements CustomerLockStore {
  readonly #tails = new Map<string, Promise<void>>();
  #lastToken = 0;

  // An own function, not a method: a store wrapping this one may hand it on unbound.
  readonly acquire = async (key: string, request: CustomerLockRequest): Promise<HeldLock> => {
    const { previous, free } = this.#enqueue(key);
    const stop = stopOf(request);
    if (previous === undefined) {
      // Free: taken at once, unless the budget is already spent.
      if (stop.stopped) {
        free();
        throw stop.reason;
      }
    } else {
      try {
        await untilStopped(previous, stop);
      } catch (error) {
        void previous.then(free);
        throw error;
      }
    }
    this.#lastToken += 1;
    return new LocalGrant(this.#lastToken, free);
  };

  /** The lock of `key` when no one holds it or waits for it, taken now; else undefined. */
  takeIfFree(key: string): LocalGrant | undefined {
    if (this.#tails.has(key)) return undefined;
    const { free } = this.#enqueue(key);
    this.#lastToken += 1;
    return new LocalGrant(this.#lastToken, free);
  }

  // Joins `key`'s queue: the holder before (if any), and what frees this place in it.
  #enqueue(key: string): { previous: Promise<void> | undefined; free: () => void } {
    const tails = this.#tails;
    const previous = tails.get(key);
    let free!: () => void;
    const held = new Promise<void>((resolve) => {
      free = resolve;
    });
    // The next in line waits for this holder, whether it ends up holding or gives up.
    const tail = previous === undefined ? held : previous.then(() => held);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return { previous, free };
  }
}

/** A grant of the in-process lock: whether it is still held is known at once, and so is its release. */
export class LocalGrant implements HeldLock {
  readonly token: number;
  #released = false;
  readonly #free: () => void;

  constructor(token: number, free: () => void) {
    this.token = token;
    this.#free = free;
  }

  /** True until released: nothing else can take an in-process grant away. */
  heldNow(): boolean {
    return !this.#released;
  }

  /** Gives the lock back now. */
  releaseNow(): void {
    this.#released = true;
    this.#free();
  }

  // Own functions, not methods: a store wrapping this one may hand them on unbound.
  readonly stillHeld = async (): Promise<boolean> => this.heldNow();
  readonly renew = async (): Promise<boolean> => this.heldNow();
  readonly release = async (): Promise<void> => this.releaseNow();
}
