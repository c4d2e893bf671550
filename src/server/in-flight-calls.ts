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
  // A count, not a set of promises: most turns never ask for `settled()`.
  let pending = 0;
  let waiting: (() => void)[] = [];
  const done = () => {
    pending -= 1;
    if (pending > 0 || waiting.length === 0) return;
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  };
  return {
    track(call) {
      pending += 1;
      call.then(done, done);
      return call;
    },
    pending: () => pending,
    settled: () =>
      pending === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiting.push(resolve);
          }),
  };
}
