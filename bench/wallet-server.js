// Child process for the server benchmark: createWalletHandler on memoryProvider over
// node:http, so autocannon (in the parent) does not share this event loop.
// argv: <built server module> <cards>
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const [modulePath, cardCount] = process.argv.slice(2);
const kit = await import(pathToFileURL(modulePath).href);

const brands = ['visa', 'mastercard', 'amex', 'rupay'];
const cards = Array.from({ length: Number(cardCount) }, (_, i) => ({
  id: `card_${i}`,
  brand: brands[i % brands.length],
  last4: String(i).padStart(4, '0'),
  expiryMonth: (i % 12) + 1,
  expiryYear: 2031,
  expired: false,
}));
const byId = new Map(cards.map((card) => [card.id, card]));
const memory = kit.memoryProvider({ shopper: cards });
// Every delete removes a real card, then puts it back so the list keeps its size.
const provider = {
  listCards: (customerId, ctx) => memory.listCards(customerId, ctx),
  async deleteCard(customerId, card, ctx) {
    const result = await memory.deleteCard(customerId, card, ctx);
    if (result === 'deleted') memory.addCard(customerId, byId.get(card.id));
    return result;
  },
};
const outcomes = {};
const handler = kit.createWalletHandler({
  provider,
  getCustomerId: () => 'shopper',
  rateLimit: false,
  // The bench measures the handler's own cost, not 429s.
  listRateLimit: false,
  audit: (event) => {
    outcomes[event.outcome] = (outcomes[event.outcome] ?? 0) + 1;
  },
  logger: { error: () => {} },
});
const server = createServer(kit.toNodeListener(handler));
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (message) => {
  if (message === 'outcomes') process.send({ outcomes: { ...outcomes } });
  if (message === 'reset') for (const key of Object.keys(outcomes)) delete outcomes[key];
  if (message === 'stop') server.close(() => process.exit(0));
});
