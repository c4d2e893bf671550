import type { SavedCard, WalletClient } from '../../src/index';
import { WalletError, type WalletErrorCode } from '../../src/index';

/** One request the deferred client holds until the test answers it. */
export interface DeferredRequest {
  method: 'GET' | 'DELETE';
  id: string;
  keepalive: boolean;
  ok(): void;
  fail(code: WalletErrorCode, retryAfterMs?: number): void;
}

/**
 * A WalletClient (the kit's seam, src/core/wallet-client.ts) whose every call waits for the
 * test's answer, logged in order: the controller's tests see each request it sends and settle
 * them in any order, with no HTTP and no React.
 */
export function createDeferredClient(initial: SavedCard[]) {
  let cards = [...initial];
  const log: DeferredRequest[] = [];
  const open = new Set<DeferredRequest>();
  const hold = <T>(method: 'GET' | 'DELETE', id: string, keepalive: boolean, value: () => T) =>
    new Promise<T>((resolve, reject) => {
      const request: DeferredRequest = {
        method,
        id,
        keepalive,
        ok() {
          open.delete(request);
          if (method === 'DELETE') cards = cards.filter((card) => card.id !== id);
          resolve(value());
        },
        fail(code, retryAfterMs) {
          open.delete(request);
          reject(new WalletError(code, code, { retryAfterMs }));
        },
      };
      log.push(request);
      open.add(request);
    });
  const client: WalletClient = {
    listCards: () => hold('GET', '', false, () => [...cards]),
    deleteCard: (id, options) => hold('DELETE', id, options?.keepalive === true, () => undefined),
  };
  const sent = (method: 'GET' | 'DELETE') => log.filter((r) => r.method === method);
  return {
    client,
    log,
    sent,
    /** The oldest unanswered request of this method (and card). */
    waiting(method: 'GET' | 'DELETE', id?: string): DeferredRequest {
      const found = [...open].find((r) => r.method === method && (id === undefined || r.id === id));
      if (!found) throw new Error(`no ${method} ${id ?? ''} is waiting`);
      return found;
    },
    open: () => [...open],
  };
}
