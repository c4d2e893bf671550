import { nextDefaultCard } from '../../src/core/next-default';
import type { CardLockReason, SavedCard } from '../../src/index';

/** How the held backend answers one DELETE. */
export type DeleteAnswer = 'ok' | 'provider_error' | 'card_not_found' | 'rate_limited' | 'network';
/** How the held backend answers one set-default PUT. */
export type PutAnswer = 'ok' | 'provider_error' | 'card_expired' | 'rate_limited' | 'network';

type Method = 'GET' | 'DELETE' | 'PUT';

interface Held {
  method: Method;
  id: string;
  signal: AbortSignal | undefined;
  settle: (response: Response | Error) => void;
}

const STATUS = {
  provider_error: 502,
  card_not_found: 404,
  card_expired: 409,
  rate_limited: 429,
} as const;

/**
 * A merchant backend (docs/http-contract.md) where every request waits until the test answers it, so a
 * model test can land answers and refetches in any order.
 */
export function createHeldBackend(initial: SavedCard[]) {
  let cards = [...initial];
  const held: Held[] = [];
  const log: Array<{
    method: Method;
    id: string;
    keepalive: boolean;
    aborted: () => boolean;
  }> = [];

  const fetch: typeof globalThis.fetch = (input, init) => {
    const method: Method =
      init?.method === 'DELETE' || init?.method === 'PUT' ? init.method : 'GET';
    const url = String(input);
    const path = url.split('/cards/')[1]?.replace(/\/default$/, '') ?? '';
    const id = method === 'GET' ? '' : decodeURIComponent(path);
    const signal = init?.signal ?? undefined;
    log.push({
      method,
      id,
      keepalive: init?.keepalive === true,
      aborted: () => signal?.aborted === true,
    });
    return new Promise<Response>((resolve, reject) => {
      const entry: Held = {
        method,
        id,
        signal,
        settle: (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)),
      };
      signal?.addEventListener('abort', () => {
        held.splice(held.indexOf(entry), 1);
        reject(signal.reason);
      });
      held.push(entry);
    });
  };

  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  return {
    fetch,
    log,
    get cards() {
      return cards;
    },
    /** Requests still waiting for an answer. */
    pending(method: Method) {
      return held.filter((h) => h.method === method).map((h) => h.id);
    },
    /** Answers the oldest held list request with the server's cards as they are now. */
    answerList() {
      const entry = held.find((h) => h.method === 'GET');
      if (!entry) throw new Error('no list request is waiting');
      held.splice(held.indexOf(entry), 1);
      entry.settle(json({ cards }));
    },
    answerDelete(id: string, answer: DeleteAnswer) {
      const entry = held.find((h) => h.method === 'DELETE' && h.id === id);
      if (!entry) throw new Error(`no DELETE for ${id} is waiting`);
      held.splice(held.indexOf(entry), 1);
      if (answer === 'network') return entry.settle(new TypeError('Failed to fetch'));
      // The server's guard (docs/removal-rules.md rule 10): a locked card is refused whatever the UI thought.
      const locked = cards.find((c) => c.id === id)?.locked;
      if (answer === 'ok' && locked) {
        const error = { code: 'card_in_use', message: 'x', reason: locked };
        return entry.settle(json({ error }, 409));
      }
      // The server's rule (docs/http-contract.md "Removing the default card").
      const wasDefault = cards.find((c) => c.id === id)?.isDefault === true;
      const next = wasDefault ? nextDefaultCard(cards, id) : null;
      if (answer === 'ok' || answer === 'card_not_found') {
        cards = cards
          .filter((c) => c.id !== id)
          .map((c) => (c.id === next?.id ? { ...c, isDefault: true } : c));
      }
      if (answer === 'ok') {
        return entry.settle(
          json(
            wasDefault
              ? { deleted: true, id, defaultCardId: next?.id ?? null }
              : { deleted: true, id },
          ),
        );
      }
      entry.settle(
        json(
          { error: { code: answer, message: 'x' } },
          STATUS[answer],
          answer === 'rate_limited' ? { 'Retry-After': '0' } : {},
        ),
      );
    },
    answerPut(id: string, answer: PutAnswer) {
      const entry = held.find((h) => h.method === 'PUT' && h.id === id);
      if (!entry) throw new Error(`no PUT for ${id} is waiting`);
      held.splice(held.indexOf(entry), 1);
      if (answer === 'network') return entry.settle(new TypeError('Failed to fetch'));
      const code = !cards.some((c) => c.id === id) ? 'card_not_found' : answer;
      if (code === 'ok') {
        cards = cards.map((c) => ({ ...c, isDefault: c.id === id }));
        return entry.settle(json({ cards }));
      }
      entry.settle(
        json(
          { error: { code, message: 'x' } },
          STATUS[code],
          code === 'rate_limited' ? { 'Retry-After': '0' } : {},
        ),
      );
    },
    /** The card became locked on the server (a subscription started on it elsewhere). */
    lock(id: string, reason: CardLockReason) {
      cards = cards.map((c) => (c.id === id ? { ...c, locked: reason } : c));
    },
    /** Another tab (or device) removed a card. */
    removeElsewhere(id: string) {
      cards = cards.filter((c) => c.id !== id);
    },
  };
}

export type HeldBackend = ReturnType<typeof createHeldBackend>;
