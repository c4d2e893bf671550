import type { CardProvider } from '../../src/server/index';
import { hyperswitchProvider } from '../../src/server/index';
import type { FailureTarget } from './failure-suite';
import type { HyperswitchFake, HyperswitchRawMethod } from './hyperswitch-fake';
import { HYPERSWITCH_AUTH_MESSAGE, startHyperswitchFake } from './hyperswitch-fake';

/** A saved card as Hyperswitch's API reference shows one. */
export function hsCard(
  id: string,
  last4: string,
  card: Record<string, unknown> = {},
  extra: Partial<HyperswitchRawMethod> = {},
) {
  return {
    payment_method_id: id,
    card: {
      scheme: 'Visa',
      card_network: 'Visa',
      last4_digits: last4,
      expiry_month: '10',
      expiry_year: '2030',
      card_holder_name: 'Asha Rao',
      nick_name: null,
      card_isin: '424242',
      card_fingerprint: null,
      saved_to_locker: true,
      ...card,
    },
    ...extra,
  };
}

export function hyperswitchOn(fake: HyperswitchFake, apiKey = fake.apiKey): CardProvider {
  return hyperswitchProvider({ apiKey, baseUrl: fake.url });
}

export function hyperswitchSeed(): Record<string, HyperswitchRawMethod[]> {
  return {
    cus_alice: [hsCard('pm_alice_1', '4242', {}, { default_payment_method_set: true })],
    cus_bob: [hsCard('pm_bob_1', '1881')],
  };
}

/** Alice with one card, for the shared failure suite. */
export async function hyperswitchTarget(): Promise<FailureTarget> {
  const fake = await startHyperswitchFake({ customers: hyperswitchSeed() });
  return {
    fake,
    provider: (secret) => hyperswitchOn(fake, secret),
    cardId: 'pm_alice_1',
    customerId: 'cus_alice',
    secrets: [fake.apiKey, HYPERSWITCH_AUTH_MESSAGE, 'hs says'],
    isDelete: (req) => req.method === 'DELETE',
    cardsLeft: () => fake.methodIds('cus_alice'),
  };
}
