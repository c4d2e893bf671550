import Stripe from 'stripe';
import {
  adyenProvider,
  type CardProvider,
  HYPERSWITCH_BASE_URLS,
  hyperswitchProvider,
  stripeProvider,
} from '../../src/server/index';

type Env = Record<string, string | undefined>;
type Required = (env: Env, names: string[]) => Record<string, string>;

/** Stripe, Adyen or Hyperswitch from the environment; null for any other WALLET_PROVIDER. */
export function sdkProviderFromEnv(
  kind: string,
  env: Env,
  required: Required,
): CardProvider | null {
  if (kind === 'stripe') {
    const v = required(env, ['STRIPE_SECRET_KEY', 'WALLET_CUSTOMER_ID']);
    // STRIPE_API_URL points the SDK elsewhere (a local fake); unset means api.stripe.com.
    const url = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null;
    const stripe = new Stripe(v.STRIPE_SECRET_KEY as string, {
      telemetry: false,
      ...(url && {
        host: url.hostname,
        port: url.port || undefined,
        protocol: url.protocol === 'http:' ? 'http' : 'https',
      }),
    });
    return stripeProvider({ stripe });
  }
  if (kind === 'adyen') {
    const v = required(env, ['ADYEN_API_KEY', 'ADYEN_MERCHANT_ACCOUNT', 'WALLET_CUSTOMER_ID']);
    return adyenProvider({
      apiKey: v.ADYEN_API_KEY as string,
      merchantAccount: v.ADYEN_MERCHANT_ACCOUNT as string,
      // The demo talks to a sandbox: Adyen's test environment unless told otherwise.
      environment: env.ADYEN_ENVIRONMENT === 'live' ? 'live' : 'test',
      liveUrlPrefix: env.ADYEN_LIVE_URL_PREFIX || undefined,
      baseUrl: env.ADYEN_BASE_URL || undefined,
    });
  }
  if (kind === 'hyperswitch') {
    const v = required(env, ['HYPERSWITCH_API_KEY', 'WALLET_CUSTOMER_ID']);
    return hyperswitchProvider({
      apiKey: v.HYPERSWITCH_API_KEY as string,
      baseUrl: env.HYPERSWITCH_BASE_URL || HYPERSWITCH_BASE_URLS.sandbox,
    });
  }
  return null;
}
