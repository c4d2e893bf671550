// Scenario e, Redis lock: every request deletes a card of one customer, so all of them queue
// on that customer's redisCustomerLock. Fair means the slowest wait stays near the median and
// nothing is left waiting once the load stops.
import autocannon from 'autocannon';
import { startChild, summary } from './bench-child.js';
import { startRedisServer } from './redis-server.js';

/** The setup the figures hold for: printed beside them. */
export const LOCK_SETUP = {
  customers: 1,
  cardsPerCustomer: 20,
  connections: 100,
  durationS: 5,
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
    await run(1);
    await kit.ask('open');
    await kit.ask('reset');
    const figures = summary(await run(durationS));
    // Whatever was still waiting when autocannon stopped: how old the oldest was, and how
    // long until the last one was answered.
    const { open, drainMs } = await kit.ask('open');
    const { outcomes } = await kit.ask('outcomes');
    return {
      setup: LOCK_SETUP,
      ...figures,
      outcomes,
      openAtEnd: open.count,
      oldestOpenMs: open.oldestMs,
      drainMs,
    };
  } finally {
    await kit.stop();
    await redis.stop();
  }
}
