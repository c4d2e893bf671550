import { durationOption, MAX_TIMER_MS } from '../option-rules';
import type { CustomerLockStore } from './customer-lock';
import { localWakeups } from './local-wakeups';
import type { RedisEvalClient } from './redis-eval-client';
import { redisHeldLock } from './redis-held-lock';
import { LEAVE_SCRIPT, lockKeys, POLL_SCRIPT } from './redis-lock-scripts';

/** Options for {@link redisCustomerLock}. */
export interface RedisCustomerLockOptions {
  /** Prepended to every key; default `saved-card-kit:lock:`. */
  prefix?: string;
  /**
   * Pause between polls while waiting in line; default 25 ms, plus jitter, and longer for
   * waiters further back. A release in the same process wakes its waiters at once.
   */
  retryDelayMs?: number;
}

/** Default key prefix of {@link redisCustomerLock}. */
export const DEFAULT_REDIS_LOCK_PREFIX = 'saved-card-kit:lock:';

const OWNER = 'redisCustomerLock';
const DEFAULT_RETRY_DELAY_MS = 25;
// A waiter that has not polled for this long (its process died) loses its place in line.
const MIN_WAITER_MS = 2000;

/** What one poll of the queue said. */
interface Poll {
  ticket: string;
  /** The fencing token once granted, else null. */
  token: number | null;
  /** Waiters ahead of this one. */
  position: number;
}

/**
 * A customer lock shared by every server instance on the same Redis (and prefix): a ticket
 * queue served first come first served, one holder at a time under a lease, each grant with a
 * fencing token that only grows (docs/server.md "customerLock"). Redis errors reject, so the
 * handler refuses the delete (502) rather than deleting unserialised. A poll that failed or was
 * abandoned is followed on the same connection by a request to leave, so a grant that Redis
 * makes late (ioredis replays its offline queue when Redis returns) is given straight back.
 */
export function redisCustomerLock(
  client: RedisEvalClient,
  options: RedisCustomerLockOptions = {},
): CustomerLockStore {
  const prefix = options.prefix ?? DEFAULT_REDIS_LOCK_PREFIX;
  const retryDelayMs = durationOption(
    OWNER,
    'retryDelayMs',
    options.retryDelayMs,
    DEFAULT_RETRY_DELAY_MS,
  );
  const waiterMs = Math.max(MIN_WAITER_MS, 20 * retryDelayMs);
  const wakeups = localWakeups();
  return {
    async acquire(key, { signal, leaseMs }) {
      const keys = lockKeys(prefix, key);
      const [holder, queue, alive] = keys;
      const id = crypto.randomUUID();
      // PX takes whole milliseconds and refuses 0.
      const px = Math.max(1, Math.ceil(leaseMs));
      const leave = () => {
        client.eval(LEAVE_SCRIPT, 3, holder, queue, alive, id).catch(() => undefined);
      };
      let ticket = '';
      for (;;) {
        if (signal.aborted) {
          if (ticket !== '') leave();
          throw signal.reason;
        }
        let poll: Poll;
        try {
          const reply = client.eval(POLL_SCRIPT, 4, ...keys, id, ticket, px, waiterMs);
          poll = parsePoll(await untilAborted(reply, signal));
        } catch (error) {
          leave();
          throw error;
        }
        ticket = poll.ticket;
        if (poll.token !== null) {
          const grant = { holder, value: `${poll.token}:${id}`, token: poll.token, leaseMs: px };
          const held = redisHeldLock(client, grant, () => wakeups.wake(holder));
          // Granted just as the budget ran out: nobody will use it, so give it straight back.
          if (signal.aborted) {
            await held.release().catch(() => undefined);
            throw signal.reason;
          }
          return held;
        }
        await wakeups.pause(holder, pollDelay(retryDelayMs, poll.position, waiterMs), signal);
      }
    },
  };
}

// Jitter, so instances do not poll in lockstep; the head of the line polls most often, and
// every waiter polls well within `waiterMs`, or it would lose its place.
function pollDelay(retryDelayMs: number, position: number, waiterMs: number): number {
  const delay = retryDelayMs * (1 + Math.random()) * Math.max(1, position);
  return Math.min(delay, waiterMs / 4, MAX_TIMER_MS);
}

function parsePoll(reply: unknown): Poll {
  if (Array.isArray(reply) && reply.length === 3) {
    const [ticket, token, position] = reply as unknown[];
    const granted = token === '' ? null : Number(token);
    if (
      typeof ticket === 'string' &&
      /^\d+$/.test(ticket) &&
      (granted === null || Number.isSafeInteger(granted)) &&
      typeof position === 'number'
    ) {
      return { ticket, token: granted, position };
    }
  }
  throw new TypeError('redisCustomerLock: unexpected reply from Redis');
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
