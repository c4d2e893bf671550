import { nextDefaultCard } from '../../src/core/next-default';
import type { CardLockReason, SavedCard, WalletErrorCode } from '../../src/index';

/** How the fake answers one DELETE. */
export type DeleteOutcome =
  | 'ok'
  | 'network'
  | { code: WalletErrorCode; status: number; retryAfter?: string; reason?: CardLockReason };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  signal: AbortSignal | null | undefined;
}

/** A raw answer the contract does not allow, or an error envelope, for the next request. */
export type RawAnswer = () => Response;

interface HeldDelete {
  id: string;
  answer: (outcome: DeleteOutcome) => Promise<void>;
}

/**
 * An in-page stand-in for the merchant backend, speaking the docs/http-contract.md HTTP contract to
 * the real `createHttpWalletClient` through its `fetch` option. Deletes can be held and
 * answered by hand to stage races.
 */
export function createFakeBackend(initial: SavedCard[]) {
  let cards = [...initial];
  const requests: RecordedRequest[] = [];
  const held: HeldDelete[] = [];
  let holdDeletes = false;
  const queued: DeleteOutcome[] = [];
  let listGate: Promise<void> | null = null;
  const rawLists: RawAnswer[] = [];
  const rawDeletes: RawAnswer[] = [];

  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  const answerDelete = (id: string, outcome: DeleteOutcome): Response => {
    if (outcome === 'network') throw new TypeError('Failed to fetch');
    if (outcome === 'ok') {
      const removed = cards.find((c) => c.id === id);
      // The server's rule (docs/http-contract.md "Removing the default card").
      const next = nextDefaultCard(cards, id);
      cards = cards
        .filter((c) => c.id !== id)
        .map((c) => (c.id === next?.id ? { ...c, isDefault: true } : c));
      if (!removed) return json({ error: { code: 'card_not_found', message: 'Not found' } }, 404);
      return removed.isDefault
        ? json({ deleted: true, id, defaultCardId: next?.id ?? null })
        : json({ deleted: true, id });
    }
    // "Not found" means the backend no longer has it (gone elsewhere).
    if (outcome.code === 'card_not_found') cards = cards.filter((c) => c.id !== id);
    const headers: Record<string, string> = outcome.retryAfter
      ? { 'Retry-After': outcome.retryAfter }
      : {};
    const { code, reason } = outcome;
    return json({ error: { code, message: 'Refused', reason } }, outcome.status, headers);
  };

  // PUT {base}/cards/{id}/default (docs/http-contract.md): the list as it is now, or a queued failure.
  const puts: Array<DeleteOutcome | Promise<DeleteOutcome>> = [];
  const answerPut = async (url: string): Promise<Response> => {
    const id = decodeURIComponent(url.split('/cards/')[1]?.replace(/\/default$/, '') ?? '');
    const outcome = await (puts.shift() ?? 'ok');
    if (outcome === 'network') throw new TypeError('Failed to fetch');
    if (outcome !== 'ok') {
      const headers: Record<string, string> = outcome.retryAfter
        ? { 'Retry-After': outcome.retryAfter }
        : {};
      return json({ error: { code: outcome.code, message: 'Refused' } }, outcome.status, headers);
    }
    if (!cards.some((c) => c.id === id)) {
      return json({ error: { code: 'card_not_found', message: 'Not found' } }, 404);
    }
    cards = cards.map((c) => ({ ...c, isDefault: c.id === id }));
    return json({ cards });
  };

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    requests.push({ method, url, headers: new Headers(init?.headers), signal: init?.signal });
    if (method === 'GET') {
      if (listGate) await gate(listGate, init?.signal);
      return rawLists.shift()?.() ?? json({ cards });
    }
    if (method === 'PUT') return answerPut(url);
    const raw = rawDeletes.shift();
    if (raw) return raw();
    const id = decodeURIComponent(url.split('/cards/')[1] ?? '');
    if (!holdDeletes) return answerDelete(id, queued.shift() ?? 'ok');
    return new Promise<Response>((resolve, reject) => {
      held.push({
        id,
        answer: async (outcome) => {
          try {
            resolve(answerDelete(id, outcome));
          } catch (error) {
            reject(error);
          }
          // Let the client and react-query see the answer before the test goes on.
          await new Promise((r) => setTimeout(r, 20));
        },
      });
    });
  };

  return {
    fetch,
    requests,
    get cards() {
      return cards;
    },
    /** A card saved outside the kit (the host's add-card flow, at the provider): the next list has it. */
    save(card: SavedCard) {
      cards = [...cards, card];
    },
    /** Hold every DELETE until the test answers it. */
    holdDeletes() {
      holdDeletes = true;
    },
    /** The next set-default PUT answers with this outcome (a promise holds it until it settles). */
    nextSetDefault(outcome: DeleteOutcome | Promise<DeleteOutcome>) {
      puts.push(outcome);
    },
    /** The next unheld DELETE answers with this outcome. */
    failNextDelete(outcome: DeleteOutcome) {
      queued.push(outcome);
    },
    /** Answer the held DELETE for this card id. */
    async answer(id: string, outcome: DeleteOutcome = 'ok') {
      const index = held.findIndex((h) => h.id === id);
      if (index < 0) throw new Error(`no held DELETE for ${id}`);
      const [entry] = held.splice(index, 1);
      await entry?.answer(outcome);
    },
    /** The next list GET answers with this raw response. */
    nextList(answer: RawAnswer) {
      rawLists.push(answer);
    },
    /** The next DELETE answers with this raw response. */
    nextDelete(answer: RawAnswer) {
      rawDeletes.push(answer);
    },
    /** Block list GETs until the returned release function runs. */
    blockList() {
      let release = () => {};
      listGate = new Promise<void>((resolve) => {
        release = () => {
          listGate = null;
          resolve();
        };
      });
      return release;
    },
    count(method: string) {
      return requests.filter((r) => r.method === method).length;
    },
  };
}

export type FakeBackend = ReturnType<typeof createFakeBackend>;

/** Waits for the gate like a slow server, but gives up as fetch does when aborted. */
function gate(open: Promise<void>, signal: AbortSignal | null | undefined): Promise<void> {
  if (!signal) return open;
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    open.then(resolve);
  });
}

/** An error envelope response, as the merchant backend sends it. */
export function errorAnswer(code: string, status: number, headers: Record<string, string> = {}) {
  return () =>
    new Response(JSON.stringify({ error: { code, message: 'Provider said: secret detail' } }), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
}
