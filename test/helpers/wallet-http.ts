import type {
  AuditEvent,
  NodeListenerOptions,
  WalletHandler,
  WalletHandlerOptions,
} from '../../src/server/index';
import { createWalletHandler, toNodeListener } from '../../src/server/index';
import { listen } from './server-loopback';

/** A wallet handler served over real HTTP on loopback, signed in as `X-Test-User` names. */
export interface HttpWallet {
  url: string;
  handler: WalletHandler;
  audit: AuditEvent[];
  logs: Array<{ message: string; meta: Record<string, unknown> }>;
  /** A same-origin DELETE as the kit's browser client sends it. */
  remove(
    id: string,
    init?: { user?: string | null; headers?: Record<string, string> },
  ): Promise<Response>;
  /** `GET {base}/cards`. */
  list(user?: string | null): Promise<Response>;
  close(): Promise<void>;
}

export async function httpWallet(
  options: Pick<WalletHandlerOptions, 'provider'> & Partial<WalletHandlerOptions>,
  listenerOptions: NodeListenerOptions = {},
): Promise<HttpWallet> {
  const audit: AuditEvent[] = [];
  const logs: HttpWallet['logs'] = [];
  const handler = createWalletHandler({
    getCustomerId: (req) => req.headers.get('X-Test-User'),
    audit: (event) => {
      audit.push(event);
    },
    logger: { error: (message, meta) => logs.push({ message, meta }) },
    ...options,
  });
  const server = await listen(toNodeListener(handler, listenerOptions));
  const session = (user: string | null | undefined): Record<string, string> =>
    user === null ? {} : { 'X-Test-User': user ?? 'alice' };
  return {
    url: server.url,
    handler,
    audit,
    logs,
    remove: (id, init = {}) =>
      fetch(`${server.url}/api/wallet/cards/${id}`, {
        method: 'DELETE',
        headers: {
          ...session(init.user),
          'X-Wallet-Client': '1',
          Origin: server.url,
          'Sec-Fetch-Site': 'same-origin',
          ...init.headers,
        },
      }),
    list: (user) => fetch(`${server.url}/api/wallet/cards`, { headers: session(user) }),
    close: server.close,
  };
}
