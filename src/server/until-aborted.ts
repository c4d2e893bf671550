/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts (at once
 * when it already has): the caller stops waiting, whether or not the work can be stopped. The
 * promise left behind may still reject later; that is never an unhandled rejection.
 */
export function untilAborted<T>(promise: PromiseLike<T>, signal: AbortSignal): Promise<T> {
  const settled = Promise.resolve(promise);
  settled.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    settled.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
