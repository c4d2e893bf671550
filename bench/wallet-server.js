// Child process for the server benchmark: createWalletHandler on memoryProvider over
// node:http, so autocannon (in the parent) does not share this event loop.
// argv: <built server module> <customers> <cards per customer> [redis port: Redis customer lock]
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { openRequests } from './open-requests.js';
import { percentiles, quantile } from './percentiles.js';
import { CUSTOMER_HEADER, customerIds, seedCards } from './wallet-seed.js';

const [modulePath, customerCount, cardCount, redisPort] = process.argv.slice(2);
const kit = await import(pathToFileURL(modulePath).href);

const cards = seedCards(Number(cardCount));
const byId = new Map(cards.map((card) => [card.id, card]));
const wallets = Object.fromEntries(customerIds(Number(customerCount)).map((id) => [id, cards]));
const memory = kit.memoryProvider(wallets);
// Every delete removes a real card, then puts it back so the list keeps its size.
const provider = {
  listCards: (customerId, ctx) => memory.listCards(customerId, ctx),
  async deleteCard(customerId, card, ctx) {
    const result = await memory.deleteCard(customerId, card, ctx);
    if (result === 'deleted') memory.addCard(customerId, byId.get(card.id));
    return result;
  },
};

let redis;
if (redisPort !== undefined) {
  const { Redis } = await import('ioredis');
  redis = new Redis({ port: Number(redisPort), host: '127.0.0.1', lazyConnect: true });
  await redis.connect();
}

// The lock's own share of a turn, per key: the hand-over (a release called → the next
// holder's acquire resolving; acquire → grant when it came after the release), the hold
// (grant → release called: the fencing check and the provider calls), the whole wait for the
// lock, and how many requests were granted while one that asked before them still waited.
const lockTimes = { handOverMs: [], holdMs: [], waitMs: [], overtaken: 0 };
function timedLock(store) {
  const releasedAt = new Map();
  const waiting = new Set();
  let arrived = 0;
  // The earliest arrival still waiting: each arrival is passed once, so no grant walks the line.
  let oldest = 0;
  const oldestWaiting = () => {
    while (oldest < arrived && !waiting.has(oldest)) oldest += 1;
    return oldest;
  };
  return {
    async acquire(key, request) {
      const askedAt = performance.now();
      const arrival = arrived++;
      waiting.add(arrival);
      let held;
      try {
        held = await store.acquire(key, request);
      } finally {
        waiting.delete(arrival);
      }
      const grantedAt = performance.now();
      lockTimes.waitMs.push(grantedAt - askedAt);
      lockTimes.handOverMs.push(grantedAt - Math.max(askedAt, releasedAt.get(key) ?? askedAt));
      if (oldestWaiting() < arrival) lockTimes.overtaken += 1;
      return {
        token: held.token,
        stillHeld: () => held.stillHeld(),
        renew: () => held.renew(),
        release() {
          const at = performance.now();
          lockTimes.holdMs.push(at - grantedAt);
          releasedAt.set(key, at);
          return held.release();
        },
      };
    },
  };
}

// The floor of a turn: a turn makes one fencing check, a script Redis runs by its SHA. Here the
// cheapest such script, sent one after another for 1 s with nothing else running: the least a
// round trip costs this process on this machine.
async function roundTrip() {
  const sha = await redis.script('LOAD', "return redis.call('GET', KEYS[1])");
  const samples = [];
  const end = performance.now() + 1000;
  while (performance.now() < end) {
    const at = performance.now();
    await redis.evalsha(sha, 1, 'bench:round-trip');
    samples.push(performance.now() - at);
  }
  const sorted = samples.sort((a, b) => a - b);
  return { count: sorted.length, p50Us: Math.round(quantile(sorted, 0.5) * 1000) };
}

const outcomes = {};
const handler = kit.createWalletHandler({
  provider,
  getCustomerId: (req) => req.headers.get(CUSTOMER_HEADER),
  // The bench measures the handler's own cost, not 429s.
  rateLimit: false,
  listRateLimit: false,
  ...(redis === undefined ? {} : { customerLock: timedLock(kit.redisCustomerLock(redis)) }),
  audit: (event) => {
    outcomes[event.outcome] = (outcomes[event.outcome] ?? 0) + 1;
  },
  logger: { error: () => {} },
});

// Requests not yet answered (bench/open-requests.js). Only the lock run counts them: against
// the handler's floor, which keeps no such count, the kit is measured bare.
const open = openRequests();
const listener = kit.toNodeListener(handler);
const server = createServer(
  redis === undefined
    ? listener
    : (req, res) => {
        open.track(res);
        listener(req, res);
      },
);
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

process.on('message', async (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (message === 'outcomes') process.send({ outcomes: { ...outcomes } });
  if (message === 'reset') {
    for (const key of Object.keys(outcomes)) delete outcomes[key];
    for (const samples of [lockTimes.handOverMs, lockTimes.holdMs, lockTimes.waitMs]) {
      samples.length = 0;
    }
    lockTimes.overtaken = 0;
    process.send({ reset: true });
  }
  if (message === 'lock times') {
    process.send({
      handOver: percentiles(lockTimes.handOverMs),
      hold: percentiles(lockTimes.holdMs),
      wait: percentiles(lockTimes.waitMs),
      overtaken: lockTimes.overtaken,
    });
  }
  if (message === 'round trip') process.send({ roundTrip: await roundTrip() });
  if (message === 'peek') process.send({ open: open.now() });
  if (message === 'open') process.send({ open: open.now(), drainMs: await open.drained() });
  if (message === 'stop') {
    server.close(() => process.exit(0));
    redis?.disconnect();
  }
});
