import { WalletHttpError } from '../errors';
import { callHook } from '../hooks';

/** What the session check needs: the merchant's lookup and its budget. */
export interface SessionLookup {
  getCustomerId: (req: Request) => string | null | Promise<string | null>;
  hookTimeoutMs: number;
}

/**
 * The session's customer; query strings and bodies are never consulted. A session store that
 * fails or runs out of `hookTimeoutMs` rejects (502): never a guess at the customer.
 */
export async function requireCustomer(req: Request, session: SessionLookup): Promise<string> {
  const customerId = await callHook('getCustomerId', session.hookTimeoutMs, () =>
    session.getCustomerId(req),
  );
  // An empty string is as good as no session: it must never name a shared bucket.
  if (typeof customerId !== 'string' || customerId === '') {
    throw new WalletHttpError('unauthenticated');
  }
  return customerId;
}
