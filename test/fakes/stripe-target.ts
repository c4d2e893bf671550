import Stripe from 'stripe';
import type { CardProvider } from '../../src/server/index';
import { stripeProvider } from '../../src/server/index';
import type { FailureTarget } from './failure-suite';
import type { StripeFake, StripeFakeCustomer, StripeRawMethod } from './stripe-fake';
import { STRIPE_AUTH_MESSAGE, startStripeFake } from './stripe-fake';

/** A card PaymentMethod as Stripe's API reference shows one. */
export function stripeCard(id: string, last4: string, extra: Partial<StripeRawMethod> = {}) {
  return {
    id,
    card: { brand: 'visa', last4, exp_month: 7, exp_year: 2031, fingerprint: null },
    billing_details: { name: null },
    allow_redisplay: 'always',
    ...extra,
  };
}

/** The real SDK pointed at the fake, as the Stripe notes say it can be. */
export function sdkFor(fake: StripeFake, key = fake.secretKey): Stripe {
  return new Stripe(key, {
    host: '127.0.0.1',
    port: fake.port,
    protocol: 'http',
    telemetry: false,
  });
}

export function stripeOn(fake: StripeFake, key?: string): CardProvider {
  return stripeProvider({ stripe: sdkFor(fake, key) });
}

export function stripeSeed(): Record<string, StripeFakeCustomer> {
  return {
    cus_alice: { methods: [stripeCard('pm_alice_1', '4242')], defaultId: 'pm_alice_1' },
    cus_bob: { methods: [stripeCard('pm_bob_1', '1881')] },
  };
}

/** Alice with one card, for the shared failure suite. */
export async function stripeTarget(): Promise<FailureTarget> {
  const fake = await startStripeFake({ customers: stripeSeed() });
  return {
    fake,
    provider: (secret) => stripeOn(fake, secret),
    cardId: 'pm_alice_1',
    customerId: 'cus_alice',
    secrets: [fake.secretKey, STRIPE_AUTH_MESSAGE, 'Stripe says'],
    isDelete: (req) => req.method === 'POST' && req.path.endsWith('/detach'),
    cardsLeft: () => fake.methodIds('cus_alice'),
  };
}
