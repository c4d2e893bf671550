import { nextDefaultCard } from '../../src/core/next-default';
import type { SavedCard, WalletClient } from '../../src/index';
import { WalletError, type WalletErrorCode } from '../../src/index';

/** One request the deferred client holds until the test answers it. */
export interface DeferredRequest {
  method: Method;
  id: string;
  keepalive: boolean;
  ok(): void;
  fail(code: WalletErrorCode, retryAfterMs?: number): void;
}

type Method = 'GET' | 'DELETE' | 'PUT';

/**
 * A WalletClient (the kit's seam, src/core/wallet-client.ts) whose every call waits for the
 * test's answer, logged in order: the controller's tests see each request it sends and settle
 * them in any order, with no HTTP and no React.
 */
export function createDeferredClient(initial: SavedCard[]) {
  let cards = [...initial];
  const log: DeferredRequest[] = [];
  const open = new Set<DeferredRequest>();
  const hold = <T>(method: Method, id: string, keepalive: boolean, value: () => T) =>
    new Promise<T>((resolve, reject) => {
      const request: DeferredRequest = {
        method,
        id,
        keepalive,
        ok() {
          open.delete(request);
          // Answered after the change, as the server does (docs/http-contract.md).
          const answer = value();
          resolve(answer);
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
    deleteCard: (id, options) =>
      hold('DELETE', id, options?.keepalive === true, () => {
        // The server's rule: the default's removal names the next default.
        const next = nextDefaultCard(cards, id);
        const wasDefault = cards.find((card) => card.id === id)?.isDefault === true;
        cards = cards
          .filter((card) => card.id !== id)
          .map((card) => (card.id === next?.id ? { ...card, isDefault: true } : card));
        return wasDefault ? { defaultCardId: next?.id ?? null } : {};
      }),
    setDefaultCard: (id) =>
      hold('PUT', id, false, () => {
        cards = cards.map((card) => ({ ...card, isDefault: card.id === id }));
        return [...cards];
      }),
  };
  const sent = (method: Method) => log.filter((r) => r.method === method);
  return {
    client,
    log,
    sent,
    /** The oldest unanswered request of this method (and card). */
    waiting(method: Method, id?: string): DeferredRequest {
      const found = [...open].find((r) => r.method === method && (id === undefined || r.id === id));
      if (!found) throw new Error(`no ${method} ${id ?? ''} is waiting`);
      return found;
    },
    open: () => [...open],
  };
}
