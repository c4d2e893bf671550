// The least a delete's turn on a Redis lock can send: a ticket on arrival, then, in turn (a
// promise chain in the process, first come first served), the ownership list (a read, which the
// kit does not fence either) and a check before the delete. Each is one Redis command run by
// SHA, as the kit's scripts go once Redis has them. No lease, queue or liveness: not a lock
// anyone could run. The lock floor (bench/lock-floor.js) and `node bench/lock-alone.js` both
// take their turns from here.

const HOLDER = 'bench:floor:holder';
const TICKETS = 'bench:floor:tickets';
const nothing = () => undefined;

/** Loads the two scripts into `redis` (an ioredis client); resolves to `turn`. */
export async function floorTurns(redis) {
  const ticketSha = await redis.script('LOAD', "return redis.call('INCR', KEYS[1])");
  const checkSha = await redis.script('LOAD', "return redis.call('GET', KEYS[1]) == ARGV[1]");
  await redis.set(HOLDER, 'floor');
  const check = () => redis.evalsha(checkSha, 1, HOLDER, 'floor');
  // The last turn queued: each waits for the one before it and for its own ticket.
  let last = Promise.resolve();

  /** One turn: `list()` once it is this turn's, `remove(listed)` after the check. */
  return async function turn(list = nothing, remove = nothing) {
    const ticket = redis.evalsha(ticketSha, 1, TICKETS);
    const before = last;
    let done;
    last = new Promise((resolve) => {
      done = resolve;
    });
    try {
      await before;
      await ticket;
      const listed = list();
      await check();
      remove(listed);
    } finally {
      done();
    }
  };
}
