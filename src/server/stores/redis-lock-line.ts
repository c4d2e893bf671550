import { MAX_TIMER_MS } from '../option-rules';
import { untilAborted } from '../until-aborted';
import type { HeldLock } from './customer-lock';
import type { LocalWakeups } from './local-wakeups';
import type { RedisEvalClient } from './redis-eval-client';
import { redisHeldLock } from './redis-held-lock';
import { LEAVE_SCRIPT, lockKeys, POLL_SCRIPT } from './redis-lock-scripts';

/** One `acquire` of {@link redisCustomerLock}: who waits, for which key, how patiently. */
export interface LineRequest {
  client: RedisEvalClient;
  prefix: string;
  key: string;
  signal: AbortSignal;
  leaseMs: number;
  retryDelayMs: number;
  /** A waiter not heard from for this long loses its place. */
  waiterMs: number;
  wakeups: LocalWakeups;
}

/** What one poll of the queue said. */
interface Poll {
  ticket: string;
  /** The fencing token once granted, else null. */
  token: number | null;
  /** Waiters ahead of this one. */
  position: number;
}

// Waiters at least this far back poll half as often.
const FAR_BACK = 4;

/**
 * Takes a ticket and polls (one EVAL each) until this waiter is granted the lock, Redis fails
 * or the signal aborts. Whenever it stops without the lock, a request to leave follows its
 * last poll on the same connection: should that poll be granted after all (ioredis replays
 * its offline queue when Redis returns), the lock is given straight back.
 */
export async function waitInLine(request: LineRequest): Promise<HeldLock> {
  const { client, signal, wakeups } = request;
  const keys = lockKeys(request.prefix, request.key);
  const [holder, queue, alive] = keys;
  const id = crypto.randomUUID();
  // PX takes whole milliseconds and refuses 0.
  const px = Math.max(1, Math.ceil(request.leaseMs));
  const leave = () => {
    client.eval(LEAVE_SCRIPT, 3, holder, queue, alive, id).catch(() => undefined);
  };
  const waiter = wakeups.join(holder);
  let ticket = '';
  try {
    for (;;) {
      if (signal.aborted) {
        if (ticket !== '') leave();
        throw signal.reason;
      }
      let poll: Poll;
      try {
        const reply = client.eval(POLL_SCRIPT, 4, ...keys, id, ticket, px, request.waiterMs);
        poll = parsePoll(await untilAborted(reply, signal));
      } catch (error) {
        leave();
        throw error;
      }
      ticket = poll.ticket;
      waiter.ticket = Number(ticket);
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
      await waiter.pause(pollDelay(request, poll.position), signal);
    }
  } finally {
    waiter.leave();
  }
}

// Jitter, so instances do not poll in lockstep. Only waiters far back poll less often: the
// line moves as fast as holders finish, and a waiter learns it is first only when it polls.
// Every waiter polls well within `waiterMs`, or it would lose its place.
function pollDelay({ retryDelayMs, waiterMs }: LineRequest, position: number): number {
  const delay = retryDelayMs * (0.5 + Math.random()) * (position < FAR_BACK ? 1 : 2);
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
