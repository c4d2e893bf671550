import type { CardProvider } from '../../src/server/index';
import { eximpeProvider, juspayProvider } from '../../src/server/index';
import { eximpeCardId } from '../../src/server/providers/eximpe-cards';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import { EXIMPE_AUTH_MESSAGE, startEximpeFake } from './eximpe-fake';
import type { FakeServer, RecordedRequest } from './fake-server';
import { JUSPAY_AUTH_MESSAGE, startJuspayFake } from './juspay-fake';

/** Per-test adapter settings. */
export interface Knobs {
  secret?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** One adapter against its fake, described the same way for both providers. */
export interface Scenario {
  fake: FakeServer;
  provider(knobs?: Knobs): CardProvider;
  /** The card's id as the browser sees it. */
  cardId: string;
  /** The same card's handle at the provider (Juspay's card_reference, Eximpe's card_token). */
  ref: string;
  secret: string;
  providerMessage: string;
  isDelete(req: RecordedRequest): boolean;
  /** Deletes the card with provider handle `ref` behind the adapter's back (elsewhere). */
  remove(customerId: string, ref: string): void;
}

export const scenarios: Record<'juspay' | 'eximpe', () => Promise<Scenario>> = {
  async juspay() {
    const fake = await startJuspayFake({
      cards: {
        alice: [
          {
            card_reference: 'ref_1',
            card_number: 'XXXX1111',
            card_exp_month: '07',
            card_exp_year: '2031',
          },
        ],
      },
    });
    return {
      fake,
      provider: (k = {}) =>
        juspayProvider({
          apiKey: k.secret ?? fake.apiKey,
          merchantId: fake.merchantId,
          baseUrl: fake.url,
          ...k,
        }),
      cardId: await juspayCardId('ref_1'),
      ref: 'ref_1',
      secret: fake.apiKey,
      providerMessage: JUSPAY_AUTH_MESSAGE,
      isDelete: (req) => req.path.startsWith('/card/delete'),
      remove: (customerId, ref) => fake.remove(customerId, ref),
    };
  },
  async eximpe() {
    const fake = await startEximpeFake({
      cards: {
        alice: [
          { card_token: 'tok_1', masked_pan: 'XXXX1111', expiry_month: 7, expiry_year: 2031 },
        ],
      },
    });
    return {
      fake,
      provider: (k = {}) =>
        eximpeProvider({
          clientId: fake.clientId,
          clientSecret: k.secret ?? fake.clientSecret,
          merchantId: 'm_1',
          baseUrl: fake.url,
          ...k,
        }),
      cardId: await eximpeCardId('tok_1'),
      ref: 'tok_1',
      secret: fake.clientSecret,
      providerMessage: EXIMPE_AUTH_MESSAGE,
      isDelete: (req) => req.path === '/pg/tokens/delete/',
      remove: (customerId, ref) => fake.remove(customerId, ref),
    };
  },
};
