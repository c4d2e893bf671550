/** Which merchant-supplied function or store call failed. */
export type HookName =
  | 'getCustomerId'
  | 'rateLimit'
  | 'rateLimit.crossSiteKey'
  | 'lockReason'
  | 'audit'
  | 'customerLock'
  | 'customerLock.release';

/** Why: it threw or rejected, ran out of time, or (`customerLock`) the lock was no longer held. */
export type HookFailureReason = 'timeout' | 'error' | 'lost';

const SAYS: Readonly<Record<HookFailureReason, string>> = {
  timeout: 'ran out of time',
  error: 'failed',
  lost: 'was lost',
};

/** A merchant hook or store call that threw, rejected or ran out of `hookTimeoutMs`. */
export class HookFailure extends Error {
  override readonly name = 'HookFailure';
  readonly hook: HookName;
  readonly reason: HookFailureReason;

  constructor(hook: HookName, reason: HookFailureReason, cause?: unknown) {
    // The hook's own error stays on `cause`: it is the merchant's, and may hold anything.
    super(`${hook} ${SAYS[reason]}`, { cause });
    this.hook = hook;
    this.reason = reason;
  }
}

/**
 * Runs a merchant hook (or store call) for at most `ms` (docs/server.md `hookTimeoutMs`): settles
 * like it, or rejects with a HookFailure when it throws, rejects or runs out of time. A late
 * settlement is ignored.
 */
export function callHook<T>(hook: HookName, ms: number, run: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new HookFailure(hook, 'timeout')), ms);
    const settle = () => clearTimeout(timer);
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(run());
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(new HookFailure(hook, 'error', error));
      },
    );
  });
}
