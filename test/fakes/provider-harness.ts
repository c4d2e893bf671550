import { expect } from 'vitest';
import type { AuditEvent, CardProvider, WalletHandler } from '../../src/server/index';
import { createWalletHandler } from '../../src/server/index';
import type { RecordedRequest } from './fake-server';

/** A real wallet handler on `provider`, signed in as whoever `X-Test-User` names. */
export interface ProviderWallet {
  handler: WalletHandler;
  logs: Array<{ message: string; meta: Record<string, unknown> }>;
  audit: AuditEvent[];
}

export function walletOn(provider: CardProvider): ProviderWallet {
  const logs: ProviderWallet['logs'] = [];
  const audit: AuditEvent[] = [];
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) => req.headers.get('X-Test-User'),
    rateLimit: false,
    audit: (event) => {
      audit.push(event);
    },
    logger: { error: (message, meta) => logs.push({ message, meta }) },
  });
  return { handler, logs, audit };
}

/** Fails when `text` holds a run of 12+ digits (a PAN) or any of `secrets`. */
export function expectNoLeak(text: string, secrets: readonly string[]): void {
  expect(text).not.toMatch(/\d{12,}/);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

/** The recorded requests with this method and path. */
export function calls(requests: RecordedRequest[], method: string, path: string) {
  return requests.filter((req) => req.method === method && req.path === path);
}
