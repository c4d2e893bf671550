// Child process: the floor the handler is measured against. A bare node:http handler that
// answers GET {base}/cards and DELETE {base}/cards/:id with the kit's status, headers and JSON,
// from the same wallets, and does nothing else: no checks, no audit, no Fetch objects.
// argv: <customers> <cards per customer>
import { createServer } from 'node:http';
import { sendJson } from './floor-answer.js';
import { CUSTOMER_HEADER, customerIds, seedCards } from './wallet-seed.js';

const [customerCount, cardCount] = process.argv.slice(2);
const wallets = new Map(
  customerIds(Number(customerCount)).map((id) => [id, seedCards(Number(cardCount))]),
);
const CARD_PATH = '/api/wallet/cards/';

const server = createServer((req, res) => {
  const cards = wallets.get(req.headers[CUSTOMER_HEADER]);
  if (cards === undefined) return sendJson(res, 401, { error: { code: 'unauthorized' } });
  if (req.method === 'GET' && req.url === '/api/wallet/cards') return sendJson(res, 200, { cards });
  if (req.method === 'DELETE' && req.url.startsWith(CARD_PATH)) {
    const id = decodeURIComponent(req.url.slice(CARD_PATH.length));
    // As the kit's bench provider does: the card goes and comes straight back.
    const at = cards.findIndex((card) => card.id === id);
    if (at !== -1) cards.splice(at, 1, cards[at]);
    return sendJson(res, 200, { deleted: true, id });
  }
  sendJson(res, 404, { error: { code: 'invalid_request' } });
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
  if (message === 'stop') server.close(() => process.exit(0));
});
