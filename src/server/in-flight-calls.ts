/** Provider calls made in one customer's turn, counted until the provider has answered them. */
export interface InFlightCalls {
  /** Counts `call` until it settles, and hands it back unchanged. */
  track<T>(call: Promise<T>): Promise<T>;
  /** How many calls have not settled yet. */
  pending(): number;
  /** Resolves once every call tracked so far has settled, however it settled. */
  settled(): Promise<void>;
}

export function inFlightCalls(): InFlightCalls {
  const running = new Set<Promise<unknown>>();
  return {
    track(call) {
      const done = call.then(
        () => undefined,
        () => undefined,
      );
      running.add(done);
      void done.then(() => running.delete(done));
      return call;
    },
    pending: () => running.size,
    async settled() {
      await Promise.all(running);
    },
  };
}
