// Child process: the floor the Redis lock is measured against. A bare node:http handler that
// sends a delete's Redis messages and nothing else: a ticket on arrival (INCR), then, in turn
// (a promise chain in the process, first come first served), a check before the ownership
// list and one before the delete (GET), the card store touched as the kit's bench provider
// does, and the kit's answer. No Lua beyond one command, no lease, no session, no audit: not a
// lock anyone could run, the least a ticket and two fencing checks per delete can cost here.
// argv: <customers> <cards per customer> <redis port>
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { CUSTOMER_HEADER, customerIds, seedCards } from './wallet-seed.js';

const [customerCount, cardCount, redisPort] = process.argv.slice(2);
const wallets = new Map(
  customerIds(Number(customerCount)).map((id) => [id, seedCards(Number(cardCount))]),
);
const CARD_PATH = '/api/wallet/cards/';
const HOLDER = 'bench:floor:holder';
const TICKETS = 'bench:floor:tickets';

const redis = new Redis({ port: Number(redisPort), host: '127.0.0.1', lazyConnect: true });
await redis.connect();
// By SHA, as the kit's scripts go once Redis has them.
const ticketSha = await redis.script('LOAD', "return redis.call('INCR', KEYS[1])");
const checkSha = await redis.script('LOAD', "return redis.call('GET', KEYS[1]) == ARGV[1]");
await redis.set(HOLDER, 'floor');
const check = () => redis.evalsha(checkSha, 1, HOLDER, 'floor');

function send(res, status, body) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-request-id': randomUUID(),
  });
  res.end(JSON.stringify(body));
}

// The last turn queued: each delete waits for the one before it and for its own ticket.
let last = Promise.resolve();

async function deleteInTurn(cards, id) {
  const ticket = redis.evalsha(ticketSha, 1, TICKETS);
  const before = last;
  let done;
  last = new Promise((resolve) => {
    done = resolve;
  });
  try {
    await before;
    await ticket;
    await check();
    const at = cards.findIndex((card) => card.id === id);
    await check();
    // As the kit's bench provider does: the card goes and comes straight back.
    if (at !== -1) cards.splice(at, 1, cards[at]);
  } finally {
    done();
  }
}

// Requests not yet answered, as the kit's bench server counts them.
const open = new Set();
const server = createServer(async (req, res) => {
  const entry = { at: performance.now() };
  open.add(entry);
  res.once('close', () => open.delete(entry));
  const cards = wallets.get(req.headers[CUSTOMER_HEADER]);
  if (cards === undefined) return send(res, 401, { error: { code: 'unauthorized' } });
  if (req.method !== 'DELETE' || !req.url.startsWith(CARD_PATH)) {
    return send(res, 404, { error: { code: 'invalid_request' } });
  }
  const id = decodeURIComponent(req.url.slice(CARD_PATH.length));
  try {
    await deleteInTurn(cards, id);
    send(res, 200, { deleted: true, id });
  } catch {
    send(res, 502, { error: { code: 'provider_error' } });
  }
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

function openRequests() {
  const now = performance.now();
  let oldestMs = 0;
  for (const entry of open) oldestMs = Math.max(oldestMs, now - entry.at);
  return { count: open.size, oldestMs: Math.round(oldestMs) };
}

process.on('message', (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (message === 'peek') process.send({ open: openRequests() });
  if (message === 'stop') {
    server.close(() => process.exit(0));
    redis.disconnect();
  }
});
