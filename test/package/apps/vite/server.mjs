// @ts-check
// Plain Node, no bundler: saved-card-kit/server resolves through "exports" at runtime, and
// (checked with nodenext) its types resolve too.
import { createWalletHandler, memoryProvider } from 'saved-card-kit/server';

const handler = createWalletHandler({
  provider: memoryProvider({
    shopper: [
      {
        id: 'card_1',
        brand: 'visa',
        last4: '4242',
        expiryMonth: 7,
        expiryYear: 2031,
        expired: false,
      },
    ],
  }),
  getCustomerId: () => 'shopper',
});
const response = await handler(new Request('http://127.0.0.1/api/wallet/cards'));
const body = /** @type {{ cards: Array<{ id: string; last4: string }> }} */ (await response.json());
if (response.status !== 200 || body.cards.length !== 1 || body.cards[0]?.last4 !== '4242') {
  console.error('unexpected answer', response.status, JSON.stringify(body));
  process.exit(1);
}
console.log('server entry: GET /api/wallet/cards ->', response.status, JSON.stringify(body));
