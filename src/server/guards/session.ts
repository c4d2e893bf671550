import { WalletHttpError } from '../errors';
import { callHookNow } from '../hooks';

/** What the session check needs: the merchant's lookup and its budget. */
export interface SessionLookup {
  getCustomerId: (req: Request) => string | null | Promise<string | null>;
  hookTimeoutMs: number;
}

/**
 * The session's customer; query strings and bodies are never consulted. A session store that
 * fails or runs out of `hookTimeoutMs` rejects (502): never a guess at the customer. A lookup
 * that answers at once is answered at once (or throws), with no promise in between.
 */
export function requireCustomer(req: Request, session: SessionLookup): string | Promise<string> {
  const customerId = callHookNow('getCustomerId', session.hookTimeoutMs, () =>
    session.getCustomerId(req),
  );
  return customerId instanceof Promise ? customerId.then(signedIn) : signedIn(customerId);
}

function signedIn(customerId: string | null): string {
  // An empty string is as good as no session: it must never name a shared bucket.
  if (typeof customerId !== 'string' || customerId === '') {
    throw new WalletHttpError('unauthenticated');
  }
  return customerId;
}
