import {
  type CardProvider,
  type CardUpdateStore,
  EXIMPE_BASE_URLS,
  eximpeProvider,
  juspayProvider,
  type MemoryProvider,
  memoryProvider,
} from '../../src/server/index';
import { demoClock } from './demo-today';
import { sdkProviderFromEnv } from './sdk-providers-from-env';
import { seedCards, seedCardUpdates } from './seed-cards';

/** The demo's backend: the embedded sandbox, or a real provider's sandbox chosen by env. */
export type DemoProvider =
  | {
      kind: 'memory';
      provider: MemoryProvider;
      memory: MemoryProvider;
      /** The sandbox's card updates (seed-cards.ts), on the same clock as its cards. */
      cardUpdates: CardUpdateStore;
    }
  | {
      kind: 'juspay' | 'eximpe' | 'stripe' | 'adyen' | 'hyperswitch';
      provider: CardProvider;
      memory: null;
      customerId: string;
    };

type Env = Record<string, string | undefined>;

function required(env: Env, names: string[]): Record<string, string> {
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `WALLET_PROVIDER=${env.WALLET_PROVIDER} needs ${missing.join(', ')} to be set.`,
    );
  }
  return Object.fromEntries(names.map((name) => [name, env[name] as string]));
}

/**
 * Reads WALLET_PROVIDER (memory | juspay | eximpe | stripe | adyen | hyperswitch) and that
 * provider's keys. Runs on the server only: the keys never enter the browser bundle (a test
 * builds the demo to check).
 */
export function providerFromEnv(env: Env = process.env): DemoProvider {
  const kind = env.WALLET_PROVIDER ?? 'memory';
  if (kind === 'memory') {
    // One clock for the seeds and for `expired`, so DEMO_TODAY fixes both.
    const now = demoClock(env);
    const memory = memoryProvider(seedCards(now()), { now });
    return { kind, provider: memory, memory, cardUpdates: seedCardUpdates(now) };
  }
  if (kind === 'juspay') {
    const v = required(env, ['JUSPAY_API_KEY', 'JUSPAY_MERCHANT_ID', 'WALLET_CUSTOMER_ID']);
    const provider = juspayProvider({
      apiKey: v.JUSPAY_API_KEY as string,
      merchantId: v.JUSPAY_MERCHANT_ID as string,
      environment: env.JUSPAY_ENVIRONMENT === 'production' ? 'production' : 'sandbox',
      baseUrl: env.JUSPAY_BASE_URL || undefined,
    });
    return { kind, provider, memory: null, customerId: v.WALLET_CUSTOMER_ID as string };
  }
  if (kind === 'eximpe') {
    const v = required(env, [
      'EXIMPE_CLIENT_ID',
      'EXIMPE_CLIENT_SECRET',
      'EXIMPE_MERCHANT_ID',
      'WALLET_CUSTOMER_ID',
    ]);
    const provider = eximpeProvider({
      clientId: v.EXIMPE_CLIENT_ID as string,
      clientSecret: v.EXIMPE_CLIENT_SECRET as string,
      merchantId: v.EXIMPE_MERCHANT_ID as string,
      apiVersion: env.EXIMPE_API_VERSION || undefined,
      // The demo talks to a sandbox: UAT unless told otherwise.
      baseUrl: env.EXIMPE_BASE_URL || EXIMPE_BASE_URLS.uat,
    });
    return { kind, provider, memory: null, customerId: v.WALLET_CUSTOMER_ID as string };
  }
  const provider = sdkProviderFromEnv(kind, env, required);
  if (provider !== null && (kind === 'stripe' || kind === 'adyen' || kind === 'hyperswitch')) {
    return { kind, provider, memory: null, customerId: env.WALLET_CUSTOMER_ID as string };
  }
  throw new Error(
    `WALLET_PROVIDER must be memory, juspay, eximpe, stripe, adyen or hyperswitch, not "${kind}".`,
  );
}
