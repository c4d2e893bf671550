import type { CardProvider } from '../../src/server/index';
import { adyenProvider } from '../../src/server/index';
import type { AdyenFake, AdyenRawMethod } from './adyen-fake';
import { ADYEN_AUTH_MESSAGE, startAdyenFake } from './adyen-fake';
import type { FailureTarget } from './failure-suite';

/** A stored card as the Checkout API reference shows one (16-digit id, 2-digit year). */
export function adyenCard(id: string, lastFour: string, extra: Partial<AdyenRawMethod> = {}) {
  return {
    id,
    type: 'scheme',
    brand: 'visa',
    name: 'VISA',
    lastFour,
    expiryMonth: '10',
    expiryYear: '30',
    holderName: 'Asha Rao',
    supportedRecurringProcessingModels: ['CardOnFile', 'Subscription'],
    ...extra,
  };
}

export function adyenOn(
  fake: AdyenFake,
  extra: { apiKey?: string; timeoutMs?: number } = {},
): CardProvider {
  return adyenProvider({
    apiKey: extra.apiKey ?? fake.apiKey,
    merchantAccount: fake.merchantAccount,
    baseUrl: fake.url,
    timeoutMs: extra.timeoutMs,
  });
}

export function adyenSeed(): Record<string, AdyenRawMethod[]> {
  return {
    shopper_alice: [adyenCard('8415718415172204', '1111')],
    shopper_bob: [adyenCard('8315718415172299', '5454', { brand: 'mc', name: 'MasterCard' })],
  };
}

/** Alice with one card, for the shared failure suite. */
export async function adyenTarget(): Promise<FailureTarget> {
  const fake = await startAdyenFake({ shoppers: adyenSeed() });
  const provider = adyenOn(fake);
  const [card] = await provider.listCards('shopper_alice', {
    signal: new AbortController().signal,
    requestId: 'setup',
  });
  fake.requests.length = 0;
  return {
    fake,
    provider: (apiKey) => adyenOn(fake, { apiKey }),
    cardId: card?.id ?? '',
    customerId: 'shopper_alice',
    secrets: [fake.apiKey, ADYEN_AUTH_MESSAGE, 'Adyen says', '8415718415172204'],
    isDelete: (req) => req.method === 'DELETE',
    cardsLeft: () =>
      fake.storedIds('shopper_alice').includes('8415718415172204') ? [card?.id ?? ''] : [],
  };
}
