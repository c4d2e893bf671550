// Scenario e, Redis lock: every request deletes a card of one customer, so all of them queue
// on that customer's redisCustomerLock. Fair means no request waits far longer than the p99:
// the oldest request still unanswered is sampled while the load runs (once it stops,
// autocannon closes its connections and what was waiting can no longer be seen).
import autocannon from 'autocannon';
import { startChild, summary, usPer } from './bench-child.js';
import { startRedisServer } from './redis-server.js';

/** The setup the figures hold for: printed beside them. */
export const LOCK_SETUP = {
  customers: 1,
  cardsPerCustomer: 20,
  connections: 100,
  durationS: 5,
  sampleMs: 100,
  // 1 s loads before the measured one, their rates printed: a server just started turns at a
  // quarter to a third of its warm rate and gets there over four or five seconds of load, which
  // would set the p99 (figures in bench/README.md).
  warmUpLoads: 5,
  // Off: at one customer a rate limit would answer nearly every request 429 before the lock.
  stores: 'redisCustomerLock on a private redis-server; rate limit off',
};

/** The lock's figures, or `{ skipped }` when no redis-server can be started. */
export async function benchLock(serverModule, { execArgv = [] } = {}) {
  const redis = await startRedisServer();
  if (redis === null) {
    return { setup: LOCK_SETUP, skipped: 'redis-server not found (set REDIS_SERVER)' };
  }
  const { customers, cardsPerCustomer, connections, durationS } = LOCK_SETUP;
  const kit = await startChild(
    './wallet-server.js',
    [serverModule, customers, cardsPerCustomer, redis.port],
    execArgv,
  );
  let next = 0;
  const run = (duration) =>
    autocannon({
      url: kit.url,
      connections,
      duration,
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
  try {
    const warmUpRates = await warmUp(run);
    await kit.ask('open');
    await kit.ask('reset');
    const cpuBefore = await cpuNow(kit, redis);
    const loaded = Promise.resolve(run(durationS));
    let longestOpenMs = 0;
    let loading = true;
    void loaded.finally(() => {
      loading = false;
    });
    // The first and last samples are left out: connections are still opening, or closing.
    await new Promise((resolve) => setTimeout(resolve, LOCK_SETUP.sampleMs));
    const stopSampling = Date.now() + durationS * 1000 - 3 * LOCK_SETUP.sampleMs;
    while (loading && Date.now() < stopSampling) {
      const { open } = await kit.ask('peek');
      longestOpenMs = Math.max(longestOpenMs, open.oldestMs);
      await new Promise((resolve) => setTimeout(resolve, LOCK_SETUP.sampleMs));
    }
    const figures = summary(await loaded);
    const cpuAfter = await cpuNow(kit, redis);
    const cpu = {
      serverUsPerDelete: usPer(cpuAfter.server - cpuBefore.server, figures.requests),
      redisUsPerDelete: usPer(cpuAfter.redis - cpuBefore.redis, figures.requests),
    };
    await kit.ask('open');
    const { outcomes } = await kit.ask('outcomes');
    const lock = await kit.ask('lock times');
    const { roundTrip } = await kit.ask('round trip');
    return {
      setup: LOCK_SETUP,
      warmUpRates,
      ...figures,
      cpu,
      outcomes,
      longestOpenMs,
      ...lock,
      roundTrip,
    };
  } finally {
    await kit.stop();
    await redis.stop();
  }
}

/**
 * CPU time spent so far by the server process and by redis-server, in µs: per delete, what a
 * turn costs them whatever share of the two cores autocannon and the machine left them.
 */
async function cpuNow(kit, redis) {
  return { server: await kit.cpuUs(), redis: await redis.cpuUs() };
}

/** The warm-up loads' rates, req/s. */
async function warmUp(run) {
  const rates = [];
  for (let load = 0; load < LOCK_SETUP.warmUpLoads; load += 1) {
    rates.push(summary(await run(1)).requestsPerSecond);
  }
  return rates;
}
