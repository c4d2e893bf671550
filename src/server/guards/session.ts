import type { HandlerConfig } from '../config';
import { WalletHttpError } from '../errors';
import { callHook } from '../hooks';

/**
 * The session's customer; query strings and bodies are never consulted. A session store that
 * fails or runs out of `hookTimeoutMs` rejects (502): never a guess at the customer.
 */
export async function requireCustomer(req: Request, config: HandlerConfig): Promise<string> {
  const customerId = await callHook('getCustomerId', config.hookTimeoutMs, () =>
    config.getCustomerId(req),
  );
  // An empty string is as good as no session: it must never name a shared bucket.
  if (typeof customerId !== 'string' || customerId === '') {
    throw new WalletHttpError('unauthenticated');
  }
  return customerId;
}
