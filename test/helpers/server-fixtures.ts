import type { SavedCard } from '../../src/core/types';
import type {
  AuditEvent,
  MemoryProvider,
  WalletHandler,
  WalletHandlerOptions,
} from '../../src/server/index';
import { createWalletHandler, memoryProvider } from '../../src/server/index';
import { card } from './cards';

export const ORIGIN = 'https://shop.example';
export const BASE = `${ORIGIN}/api/wallet`;

/** Alice and Bob, two cards each, on a memory provider. */
export function seed(): Record<string, SavedCard[]> {
  return {
    alice: [card({ id: 'card_a1' }), card({ id: 'card_a2', brand: 'mastercard', last4: '4444' })],
    bob: [
      card({ id: 'card_b1', last4: '1111' }),
      card({ id: 'card_b2', brand: 'amex', last4: '0005' }),
    ],
  };
}

export interface Harness {
  handler: WalletHandler;
  provider: MemoryProvider;
  audit: AuditEvent[];
  logs: Array<{ message: string; meta: Record<string, unknown> }>;
}

/** A handler signed in as whoever `X-Test-User` names (tests only), with audit and logs kept. */
export function harness(options: Partial<WalletHandlerOptions> = {}): Harness {
  const provider = memoryProvider(seed(), { now: () => new Date('2026-01-15T00:00:00Z') });
  const audit: AuditEvent[] = [];
  const logs: Harness['logs'] = [];
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) => req.headers.get('X-Test-User'),
    audit: (event) => {
      audit.push(event);
    },
    logger: { error: (message, meta) => logs.push({ message, meta }) },
    ...options,
  });
  return { handler, provider, audit, logs };
}

/** A DELETE as the kit's browser client sends it, same-origin. */
export function del(
  id: string,
  init: { user?: string | null; headers?: Record<string, string>; body?: BodyInit } = {},
): Request {
  const headers = new Headers({
    'X-Wallet-Client': '1',
    Origin: ORIGIN,
    'Sec-Fetch-Site': 'same-origin',
  });
  if (init.user !== null) headers.set('X-Test-User', init.user ?? 'alice');
  for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
  return new Request(`${BASE}/cards/${id}`, { method: 'DELETE', headers, body: init.body });
}

export function list(user: string | null = 'alice', path = '/cards'): Request {
  const headers = new Headers();
  if (user !== null) headers.set('X-Test-User', user);
  return new Request(`${BASE}${path}`, { headers });
}

export async function json(response: Response): Promise<unknown> {
  return JSON.parse(await response.text());
}
