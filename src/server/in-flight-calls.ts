/** Provider calls made in one customer's turn, counted until the provider has answered them. */
export interface InFlightCalls {
  /** Counts `call` until it settles, and hands it back unchanged. */
  track<T>(call: Promise<T>): Promise<T>;
  /** How many calls have not settled yet. */
  pending(): number;
  /**
   * Resolves once no tracked call is left unsettled, however they settled. The turn tracks no
   * call once its budget has ended, which is when this is asked.
   */
  settled(): Promise<void>;
}

export function inFlightCalls(): InFlightCalls {
  return new CallCount();
}

// A count, not a set of promises: most turns never ask for `settled()`. One object per turn,
// its methods on the prototype (a turn is made for every delete); `done` is made once, since
// each tracked call settles through it.
class CallCount implements InFlightCalls {
  #pending = 0;
  #waiting: (() => void)[] | undefined;
  readonly #done = () => {
    this.#pending -= 1;
    const woken = this.#waiting;
    if (this.#pending > 0 || woken === undefined) return;
    this.#waiting = undefined;
    for (const wake of woken) wake();
  };

  track<T>(call: Promise<T>): Promise<T> {
    this.#pending += 1;
    call.then(this.#done, this.#done);
    return call;
  }

  pending(): number {
    return this.#pending;
  }

  settled(): Promise<void> {
    return this.#pending === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          this.#waiting ??= [];
          this.#waiting.push(resolve);
        });
  }
}
