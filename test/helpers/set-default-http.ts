import type { SavedCard } from '../../src/core/types';
import type { AuditEvent, CardProvider, WalletHandlerOptions } from '../../src/server/index';
import { createWalletHandler, toNodeListener } from '../../src/server/index';
import { listen } from './server-loopback';

/** A wallet handler served over real HTTP on loopback, the shopper named by a cookie. */
export interface LoopbackWallet {
  url: string;
  audit: AuditEvent[];
  logs: Array<{ message: string; meta: unknown }>;
  list(user?: string): Promise<{ status: number; cards: SavedCard[] }>;
  /** `PUT …/cards/{id}/default` as the kit's browser client sends it. */
  makeDefault(id: string, init?: RequestOverrides): Promise<Response>;
  remove(id: string, init?: RequestOverrides): Promise<Response>;
  send(method: string, path: string, init?: RequestOverrides): Promise<Response>;
  close(): Promise<void>;
}

export interface RequestOverrides {
  user?: string | null;
  headers?: Record<string, string>;
  body?: string;
}

export async function loopbackWallet(
  provider: CardProvider,
  options: Partial<WalletHandlerOptions> = {},
): Promise<LoopbackWallet> {
  const audit: AuditEvent[] = [];
  const logs: LoopbackWallet['logs'] = [];
  const handler = createWalletHandler({
    provider,
    // Tests only: the shopper is whoever the cookie names.
    getCustomerId: (req) => /user=(\w+)/.exec(req.headers.get('Cookie') ?? '')?.[1] ?? null,
    audit: (event) => {
      audit.push(event);
    },
    logger: {
      error: (message, meta) => logs.push({ message, meta }),
      warn: (message, meta) => logs.push({ message, meta }),
    },
    ...options,
  });
  const listener = toNodeListener(handler);
  const server = await listen((req, res) => listener(req, res));
  const send = (method: string, path: string, init: RequestOverrides = {}) => {
    const headers: Record<string, string> = {
      Origin: server.url,
      'Sec-Fetch-Site': 'same-origin',
      'X-Wallet-Client': '1',
    };
    if (init.user !== null) headers.Cookie = `user=${init.user ?? 'alice'}`;
    return fetch(`${server.url}/api/wallet${path}`, {
      method,
      headers: { ...headers, ...init.headers },
      body: init.body,
    });
  };
  return {
    url: server.url,
    audit,
    logs,
    async list(user = 'alice') {
      const response = await send('GET', '/cards', { user });
      const body = (await response.json()) as { cards: SavedCard[] };
      return { status: response.status, cards: body.cards };
    },
    makeDefault: (id, init) => send('PUT', `/cards/${encodeURIComponent(id)}/default`, init),
    remove: (id, init) => send('DELETE', `/cards/${encodeURIComponent(id)}`, init),
    send,
    close: server.close,
  };
}

/** The id of the card a list marks default, or null. */
export function defaultOf(cards: readonly SavedCard[]): string | null {
  return cards.find((card) => card.isDefault === true)?.id ?? null;
}
