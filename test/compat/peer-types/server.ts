// The server entries with the real SDKs a merchant passes in: a `stripe` instance for the
// Stripe adapter and an ioredis client for the shared stores, whatever version is installed.
import Redis from 'ioredis';
import {
  createWalletHandler,
  redisCustomerLock,
  redisRateLimitStore,
  stripeProvider,
  type WalletHandler,
} from 'saved-card-kit/server';
import { checkCardProvider } from 'saved-card-kit/server/testing';
import Stripe from 'stripe';

const redis = new Redis({ lazyConnect: true });
redis.on('error', () => {});

export const wallet: WalletHandler = createWalletHandler({
  provider: stripeProvider({ stripe: new Stripe('sk_test_placeholder') }),
  getCustomerId: () => null,
  rateLimit: { max: 10, windowMs: 60_000, store: redisRateLimitStore(redis) },
  customerLock: redisCustomerLock(redis),
});

export const conformance: typeof checkCardProvider = checkCardProvider;
