import { WalletHttpError } from './errors';
import type { HandlerConfig } from './options';

/** The session's customer; query strings and bodies are never consulted. */
export async function requireCustomer(req: Request, config: HandlerConfig): Promise<string> {
  const customerId = await config.getCustomerId(req);
  // An empty string is as good as no session: it must never name a shared bucket.
  if (typeof customerId !== 'string' || customerId === '') {
    throw new WalletHttpError('unauthenticated');
  }
  return customerId;
}
