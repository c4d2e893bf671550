// Scenario e: createWalletHandler over loopback against a bare node:http floor answering the
// same requests with the same JSON, measured turn about in one run so load hits both alike.
import autocannon from 'autocannon';
import { startChild, summary, usPer } from './bench-child.js';
import { CUSTOMER_HEADER } from './wallet-seed.js';

/** The setup the figures hold for (issue 19): printed beside them. */
export const SERVER_SETUP = {
  customers: 1000,
  cardsPerCustomer: 20,
  customerPerRequest: 'random',
  rateLimit: 'off',
  stores: 'in-memory (customer lock, list cache off)',
  durationS: 5,
  connections: [10, 100],
};

const randomCustomer = () => `c${Math.floor(Math.random() * SERVER_SETUP.customers)}`;
const randomCard = () => `card_${Math.floor(Math.random() * SERVER_SETUP.cardsPerCustomer)}`;

/** autocannon requests: each names a customer at random; a DELETE also picks one of its cards. */
export const SERVER_REQUESTS = {
  GET: [{ setupRequest: (req) => ({ ...req, headers: { [CUSTOMER_HEADER]: randomCustomer() } }) }],
  DELETE: [
    {
      method: 'DELETE',
      setupRequest: (req) => ({
        ...req,
        path: `/api/wallet/cards/${randomCard()}`,
        headers: { [CUSTOMER_HEADER]: randomCustomer(), 'x-wallet-client': '1' },
      }),
    },
  ],
};

const load = (url, method, connections, duration) =>
  autocannon({ url, connections, duration, requests: SERVER_REQUESTS[method] });

/**
 * One load on `server`, with the CPU time its process spent per request (user + system, all
 * its threads): what the server itself costs, whatever share of the cores autocannon took.
 */
async function measured(server, method, connections, duration) {
  const before = await server.cpuUs();
  const run = summary(await load(server.url, method, connections, duration));
  return { ...run, cpuUsPerRequest: usPer((await server.cpuUs()) - before, run.requests) };
}

/**
 * Kit and floor, GET and DELETE, at 10 and 100 connections. `execArgv` goes to the kit's
 * child (`--cpu-prof` to see where its time goes).
 */
export async function benchServer(serverModule, { execArgv = [] } = {}) {
  const { customers, cardsPerCustomer: cards, durationS } = SERVER_SETUP;
  const kit = await startChild('./wallet-server.js', [serverModule, customers, cards], execArgv);
  const floor = await startChild('./server-floor.js', [customers, cards]);
  try {
    const sameAnswers = await compareAnswers(kit.url, floor.url);
    // Short unrecorded runs first, so the JIT has warmed up both.
    for (const server of [kit, floor]) {
      for (const method of ['GET', 'DELETE']) await load(server.url, method, 10, 1);
    }
    const cells = [];
    for (const method of ['GET', 'DELETE']) {
      for (const connections of SERVER_SETUP.connections) {
        await kit.ask('reset');
        const kitRun = await measured(kit, method, connections, durationS);
        const { outcomes } = await kit.ask('outcomes');
        const floorRun = await measured(floor, method, connections, durationS);
        cells.push({
          method,
          connections,
          kit: method === 'DELETE' ? { ...kitRun, outcomes } : kitRun,
          floor: floorRun,
          ratio: Number((kitRun.requestsPerSecond / floorRun.requestsPerSecond).toFixed(2)),
          // The same comparison by CPU time: floor's µs per request ÷ the kit's.
          cpuRatio: Number((floorRun.cpuUsPerRequest / kitRun.cpuUsPerRequest).toFixed(2)),
        });
      }
    }
    return { setup: SERVER_SETUP, sameAnswers, cells };
  } finally {
    await Promise.all([kit.stop(), floor.stop()]);
  }
}

// The floor is only a floor if it says what the kit says: same status and JSON for one
// customer's list and one delete.
async function compareAnswers(kitUrl, floorUrl) {
  for (const [method, path] of [
    ['GET', ''],
    ['DELETE', '/card_3'],
  ]) {
    const fromKit = await answerOf(kitUrl, method, path, 'c1');
    const fromFloor = await answerOf(floorUrl, method, path, 'c1');
    if (fromKit !== fromFloor) return `no: ${method} kit ${fromKit} / floor ${fromFloor}`;
  }
  return 'yes';
}

/** A bench server's answer to one request of `customer`: status, content type and body. */
export async function answerOf(url, method, path, customer) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { [CUSTOMER_HEADER]: customer, 'x-wallet-client': '1' },
  });
  return `${res.status} ${res.headers.get('content-type')} ${await res.text()}`;
}
