// Child process: the floor the Redis lock is measured against. A bare node:http handler that
// sends a delete's Redis messages (bench/floor-turn.js: a ticket, then in turn one check) and
// nothing else, touches the card store as the kit's bench provider does, and answers as the
// kit does. No session, audit or Lua beyond one command: the least those messages cost here.
// argv: <customers> <cards per customer> <redis port>
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { sendJson } from './floor-answer.js';
import { floorTurns } from './floor-turn.js';
import { openRequests } from './open-requests.js';
import { CUSTOMER_HEADER, customerIds, seedCards } from './wallet-seed.js';

const [customerCount, cardCount, redisPort] = process.argv.slice(2);
const wallets = new Map(
  customerIds(Number(customerCount)).map((id) => [id, seedCards(Number(cardCount))]),
);
const CARD_PATH = '/api/wallet/cards/';

const redis = new Redis({ port: Number(redisPort), host: '127.0.0.1', lazyConnect: true });
await redis.connect();
const turn = await floorTurns(redis);

// As the kit's bench server counts them.
const open = openRequests();
const server = createServer(async (req, res) => {
  open.track(res);
  const cards = wallets.get(req.headers[CUSTOMER_HEADER]);
  if (cards === undefined) return sendJson(res, 401, { error: { code: 'unauthorized' } });
  if (req.method !== 'DELETE' || !req.url.startsWith(CARD_PATH)) {
    return sendJson(res, 404, { error: { code: 'invalid_request' } });
  }
  const id = decodeURIComponent(req.url.slice(CARD_PATH.length));
  try {
    await turn(
      () => cards.findIndex((card) => card.id === id),
      // As the kit's bench provider does: the card goes and comes straight back.
      (at) => {
        if (at !== -1) cards.splice(at, 1, cards[at]);
      },
    );
    sendJson(res, 200, { deleted: true, id });
  } catch {
    sendJson(res, 502, { error: { code: 'provider_error' } });
  }
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

process.on('message', (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (message === 'peek') process.send({ open: open.now() });
  if (message === 'stop') {
    server.close(() => process.exit(0));
    redis.disconnect();
  }
});
