// Scenario e, Redis lock: every request deletes a card of one customer, so all of them queue
// on that customer's redisCustomerLock. Fair means no request waits far longer than the p99:
// the oldest request still unanswered is sampled while the load runs (once it stops,
// autocannon closes its connections and what was waiting can no longer be seen).
import autocannon from 'autocannon';
import { startChild, summary, usPer } from './bench-child.js';
import { percentiles } from './percentiles.js';
import { startRedisServer } from './redis-server.js';
import { answerOf } from './server-bench.js';

/** The setup the figures hold for: printed beside them. */
export const LOCK_SETUP = {
  customers: 1,
  cardsPerCustomer: 20,
  connections: 100,
  // One load on the same connections: `warmUpS` seconds, then `durationS` measured. A server
  // just started turns at a quarter to a third of its warm rate and gets there over four or
  // five seconds of load, and 100 connections opening at once queue 100 tickets before the
  // first turn: either would set the p99 of a load that starts measuring at once (figures in
  // bench/README.md). The whole load's figures are printed too.
  warmUpS: 5,
  durationS: 5,
  sampleMs: 100,
  // Off: at one customer a rate limit would answer nearly every request 429 before the lock.
  stores: 'redisCustomerLock on a private redis-server; rate limit off',
};

/**
 * The lock's figures, then the same load on the floor (`bench/lock-floor.js`: a ticket and one
 * check per delete, nothing else) against the same redis-server, or `{ skipped }` when no
 * redis-server can be started.
 */
export async function benchLock(serverModule, { execArgv = [] } = {}) {
  const redis = await startRedisServer();
  if (redis === null) {
    return { setup: LOCK_SETUP, skipped: 'redis-server not found (set REDIS_SERVER)' };
  }
  const { customers, cardsPerCustomer } = LOCK_SETUP;
  try {
    const kit = await startChild(
      './wallet-server.js',
      [serverModule, customers, cardsPerCustomer, redis.port],
      execArgv,
    );
    let figures;
    let kitAnswer;
    try {
      const measured = await loadOneCustomer(kit, redis, () => kit.ask('reset'));
      await kit.ask('open');
      const { outcomes } = await kit.ask('outcomes');
      const lock = await kit.ask('lock times');
      const { roundTrip } = await kit.ask('round trip');
      kitAnswer = await answerOf(kit.url, 'DELETE', '/card_3', 'c0');
      figures = { setup: LOCK_SETUP, ...measured, outcomes, ...lock, roundTrip };
    } finally {
      await kit.stop();
    }
    const floor = await startChild('./lock-floor.js', [customers, cardsPerCustomer, redis.port]);
    try {
      // The floor is only a floor if it says what the kit says to the same delete.
      const floorAnswer = await answerOf(floor.url, 'DELETE', '/card_3', 'c0');
      const sameAnswer =
        kitAnswer === floorAnswer ? 'yes' : `no: kit ${kitAnswer} / floor ${floorAnswer}`;
      return { ...figures, floor: { sameAnswer, ...(await loadOneCustomer(floor, redis)) } };
    } finally {
      await floor.stop();
    }
  } finally {
    await redis.stop();
  }
}

/**
 * One load of DELETEs on one customer against `server` (a bench child): warm-up, then the
 * measured seconds, with the oldest unanswered request sampled while it runs and the CPU the
 * server, redis-server and autocannon spent. `atMeasuring` runs as the measured seconds start.
 */
async function loadOneCustomer(server, redis, atMeasuring = async () => {}) {
  const { cardsPerCustomer, connections, warmUpS, durationS, sampleMs } = LOCK_SETUP;
  let next = 0;
  const answers = { at: [], ms: [], status: [] };
  const load = autocannon({
    url: server.url,
    connections,
    duration: warmUpS + durationS,
    requests: [
      {
        method: 'DELETE',
        setupRequest: (req) => ({
          ...req,
          path: `/api/wallet/cards/card_${next++ % cardsPerCustomer}`,
          headers: { 'x-bench-customer': 'c0', 'x-wallet-client': '1' },
        }),
      },
    ],
  });
  const startedAt = performance.now();
  load.on('response', (_client, status, _bytes, ms) => {
    answers.at.push(performance.now());
    answers.ms.push(ms);
    answers.status.push(status);
  });
  let loading = true;
  const loaded = Promise.resolve(load).finally(() => {
    loading = false;
  });
  await sleepUntil(startedAt + warmUpS * 1000);
  const measuredFrom = performance.now();
  await atMeasuring();
  const cpuBefore = await cpuNow(server, redis);
  // The last samples are left out: once autocannon stops it closes its connections.
  const stopSampling = startedAt + (warmUpS + durationS) * 1000 - 3 * sampleMs;
  let longestOpenMs = 0;
  while (loading && performance.now() < stopSampling) {
    const { open } = await server.ask('peek');
    longestOpenMs = Math.max(longestOpenMs, open.oldestMs);
    await sleepUntil(performance.now() + sampleMs);
  }
  const whole = summary(await loaded);
  const cpuAfter = await cpuNow(server, redis);
  const measured = measuredAnswers(answers, measuredFrom);
  return {
    warmUpRates: perSecond(answers.at, startedAt, measuredFrom),
    ...measured,
    errors: whole.errors,
    whole: { p50Ms: whole.p50Ms, p99Ms: whole.p99Ms, maxMs: whole.maxMs },
    cpu: {
      serverUsPerDelete: usPer(cpuAfter.server - cpuBefore.server, measured.requests),
      redisUsPerDelete: usPer(cpuAfter.redis - cpuBefore.redis, measured.requests),
      loadUsPerDelete: usPer(cpuAfter.load - cpuBefore.load, measured.requests),
    },
    longestOpenMs,
  };
}

/** The answers that came from `from` on: their rate, latency percentiles and non-2xx count. */
function measuredAnswers({ at, ms, status }, from) {
  const first = at.findIndex((when) => when >= from);
  const taken = first === -1 ? at.length : first;
  const { count, p50Ms, p99Ms, maxMs } = percentiles(ms.slice(taken));
  const spanS = ((at.at(-1) ?? from) - from) / 1000;
  return {
    requestsPerSecond: Math.round(count / Math.max(spanS, 1e-3)),
    p50Ms,
    p99Ms,
    maxMs,
    requests: count,
    non2xx: status.slice(taken).filter((code) => code < 200 || code > 299).length,
  };
}

/** Answers in each whole second from `start` until `end`. */
function perSecond(at, start, end) {
  const counts = Array.from({ length: Math.round((end - start) / 1000) }, () => 0);
  for (const when of at) {
    const second = Math.floor((when - start) / 1000);
    if (when < end && second < counts.length) counts[second] += 1;
  }
  return counts;
}

function sleepUntil(time) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));
}

/**
 * CPU time spent so far by the server process, by redis-server and by this process (autocannon),
 * in µs: per delete, what a turn costs each whatever share of the two cores the others left it.
 */
async function cpuNow(server, redis) {
  const own = process.cpuUsage();
  return { server: await server.cpuUs(), redis: await redis.cpuUs(), load: own.user + own.system };
}
