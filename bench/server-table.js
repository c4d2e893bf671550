// The server rows of the bench table (scenario e): shared by `npm run bench` and
// `npm run bench:server`.
import { LOCK_P99_GOAL_MS } from './lock-runs.js';

/** [name, figure] rows for the handler against the floor (none when `server` is null) and for the Redis lock. */
export function serverRows(server, lock) {
  const rows = server === null ? [] : handlerRows(server);
  if (lock.skipped !== undefined) {
    rows.push(['e. Redis lock, 1 customer', `skipped: ${lock.skipped}`]);
    return rows;
  }
  const l = lock.setup;
  rows.push(
    [
      'e. Redis lock setup',
      `${l.customers} customer, ${l.connections} connections of DELETE in one load: ${l.warmUpS} s of warm-up (${lock.warmUpRates.join(', ')} req/s, second by second), then ${l.durationS} s measured on the same connections; ${l.stores}`,
    ],
    [
      'e. Redis lock, 1 customer',
      `${lock.requestsPerSecond} req/s, p50 ${lock.p50Ms} ms, p99 ${lock.p99Ms} ms (goal ≤ ${LOCK_P99_GOAL_MS}), max ${lock.maxMs} ms; non-2xx ${lock.non2xx}, errors ${lock.errors} (measured ${l.durationS} s)`,
    ],
    ['e. Redis lock, floor', lockFloor(lock)],
    [
      'e. … the whole load',
      `p50 ${lock.whole.p50Ms} ms, p99 ${lock.whole.p99Ms} ms, max ${lock.whole.maxMs} ms (autocannon's, from the ${l.connections} connections opening at once, warm-up included)`,
    ],
    [
      'e. … CPU per delete',
      `server ${lock.cpu.serverUsPerDelete} µs, redis-server ${lock.cpu.redisUsPerDelete} µs, autocannon ${lock.cpu.loadUsPerDelete} µs (user + system, measured seconds); at ${lock.requestsPerSecond} req/s the three used ${cores(lock)} of the 2 cores`,
    ],
    [
      'e. … longest wait while loaded',
      `${lock.longestOpenMs} ms (oldest unanswered request, sampled every ${l.sampleMs} ms before the load stopped; starved if ≫ p99)`,
    ],
    ['e. … a turn against its floor', turnAgainstFloor(lock)],
    [
      'e. … the lock in the server',
      `wait p50 ${lock.wait.p50Ms} ms, p99 ${lock.wait.p99Ms} ms; hand-over p50 ${lock.handOver.p50Ms} ms, p99 ${lock.handOver.p99Ms} ms (a release called → the next holder granted); hold p50 ${lock.hold.p50Ms} ms, p99 ${lock.hold.p99Ms} ms (granted → release called); ${lock.handOver.count} turns, ${lock.overtaken} granted ahead of an earlier waiter`,
    ],
  );
  return rows;
}

// The same load on a server that sends a delete's two Redis messages and does nothing else
// (bench/lock-floor.js), against the same redis-server, just after the kit's.
function lockFloor({ floor, requestsPerSecond, p99Ms }) {
  const rate = (requestsPerSecond / floor.requestsPerSecond).toFixed(2);
  const p99 = (p99Ms / floor.p99Ms).toFixed(2);
  return `${floor.requestsPerSecond} req/s, p50 ${floor.p50Ms} ms, p99 ${floor.p99Ms} ms, max ${floor.maxMs} ms (a ticket and a check per delete in turn, nothing else: bench/lock-floor.js); kit ÷ floor ${rate}× the rate, ${p99}× the p99; CPU per delete server ${floor.cpu.serverUsPerDelete} µs, redis-server ${floor.cpu.redisUsPerDelete} µs, autocannon ${floor.cpu.loadUsPerDelete} µs; the three used ${cores(floor)} of the 2 cores; non-2xx ${floor.non2xx}, errors ${floor.errors}; answers a delete as the kit does: ${floor.sameAnswer}`;
}

// What the measured seconds kept busy: a sum near 2 is a machine with no core to spare.
function cores({ cpu, requestsPerSecond }) {
  const us = cpu.serverUsPerDelete + cpu.redisUsPerDelete + cpu.loadUsPerDelete;
  return ((us * requestsPerSecond) / 1e6).toFixed(2);
}

// A turn's fencing check is a Redis round trip: one lone round trip is the least a turn can
// cost. With every connection on one lock, about all but the holder and the request just
// answered wait ahead of each: that many floors are the least it waits.
function turnAgainstFloor(lock) {
  const ahead = lock.setup.connections - 2;
  const turnUs = Math.round((lock.hold.p50Ms + lock.handOver.p50Ms) * 1000);
  const floorUs = lock.roundTrip.p50Us;
  const ratio = (turnUs / floorUs).toFixed(2);
  return `turn p50 ${turnUs} µs (hold + hand-over) against one Redis round trip, ${floorUs} µs (median of ${lock.roundTrip.count} sent one after another by the server after the load) = ${ratio}×; ${ahead} such turns ${((ahead * floorUs) / 1000).toFixed(1)} ms`;
}

function handlerRows(server) {
  const s = server.setup;
  return [
    [
      'e. setup',
      `${s.customers.toLocaleString('en')} customers × ${s.cardsPerCustomer} cards, one at random per request; rate limit ${s.rateLimit}; ${s.stores}; ${s.durationS} s each; floor answers the same JSON: ${server.sameAnswers}`,
    ],
    ...server.cells.map((c) => [
      `e. ${c.method.padEnd(6)} ${String(c.connections).padStart(3)} conn, kit / floor`,
      `${c.kit.requestsPerSecond} / ${c.floor.requestsPerSecond} req/s = ${c.ratio}× (goal ≥ 0.5); CPU ${c.kit.cpuUsPerRequest} / ${c.floor.cpuUsPerRequest} µs per request = ${c.cpuRatio}×; p50 ${c.kit.p50Ms} / ${c.floor.p50Ms} ms, p99 ${c.kit.p99Ms} / ${c.floor.p99Ms} ms${c.kit.non2xx + c.kit.errors > 0 ? `; kit non-2xx ${c.kit.non2xx}, errors ${c.kit.errors}` : ''}`,
    ]),
  ];
}
