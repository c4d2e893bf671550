/** What a poll of the queue said (POLL_SCRIPT). */
export interface PollReply extends GrantReply {
  ticket: string;
  /** Waiters ahead of the poller. */
  position: number;
  /** The poller had lost its place (Redis restarted empty) and was queued again. */
  rejoined: boolean;
}

/** Whom a script handed the lock to: `grantee` is '' when nobody. */
export interface GrantReply {
  grantee: string;
  token: number;
}

const BAD_REPLY = 'redisCustomerLock: unexpected reply from Redis';

export function parsePoll(reply: unknown): PollReply {
  if (Array.isArray(reply) && reply.length === 5) {
    const [ticket, grantee, token, position, rejoined] = reply as unknown[];
    if (typeof ticket === 'string' && /^\d*$/.test(ticket) && typeof position === 'number') {
      return { ticket, ...parseGrant([grantee, token]), position, rejoined: rejoined === 1 };
    }
  }
  throw new TypeError(BAD_REPLY);
}

export function parseGrant(reply: unknown): GrantReply {
  if (Array.isArray(reply) && reply.length === 2) {
    const [grantee, token] = reply as unknown[];
    if (grantee === '' && token === '') return { grantee: '', token: 0 };
    const granted = Number(token);
    if (typeof grantee === 'string' && grantee !== '' && typeof token === 'string') {
      if (/^\d+$/.test(token) && Number.isSafeInteger(granted)) return { grantee, token: granted };
    }
  }
  throw new TypeError(BAD_REPLY);
}

/** What a fencing check said (CHECK_SCRIPT), or a handed-on grant's first check (TAKE_SCRIPT). */
export interface CheckReply {
  held: boolean;
  /** The waiter of this instance heading the queue, or ''. */
  next: string;
  /** TAKE_SCRIPT, when the key did not move: whom the freed lock went to. */
  grant: GrantReply;
}

const NOBODY: GrantReply = { grantee: '', token: 0 };

export function parseCheck(reply: unknown): CheckReply {
  if (Array.isArray(reply)) {
    const [held, next] = reply as unknown[];
    if (reply.length === 2 && (held === 0 || held === 1) && typeof next === 'string') {
      return { held: held === 1, next, grant: NOBODY };
    }
    if (reply.length === 3 && held === 0) {
      return { held: false, next: '', grant: parseGrant(reply.slice(1)) };
    }
  }
  throw new TypeError(BAD_REPLY);
}
