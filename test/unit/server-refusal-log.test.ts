// @vitest-environment node
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { WalletHandlerOptions } from '../../src/server/index';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { listen } from '../helpers/server-loopback';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

interface Line {
  message: string;
  meta: Record<string, unknown>;
}

const open: HttpWallet[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((wallet) => wallet.close()));
  vi.restoreAllMocks();
});

async function shop(options: Partial<WalletHandlerOptions> = {}) {
  const warnings: Line[] = [];
  const errors: Line[] = [];
  let clock = Date.parse('2026-12-04T12:00:00Z');
  const served = await httpWallet({
    provider: memoryProvider({ alice: [card({ id: 'pm_kept_private' })] }),
    now: () => clock,
    logger: {
      error: (message, meta) => errors.push({ message, meta }),
      warn: (message, meta) => warnings.push({ message, meta }),
    },
    ...options,
  });
  open.push(served);
  return {
    ...served,
    warnings,
    errors,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const EVIL = { Origin: 'https://evil.example' };

describe('every 403 tells the merchant which check refused it and what it saw', () => {
  test('a foreign Origin: the Origin, the expected origin and a hint', async () => {
    const { remove, warnings, url } = await shop();
    expect((await remove('pm_kept_private', { headers: EVIL })).status).toBe(403);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.meta).toMatchObject({
      check: 'origin',
      origin: 'https://evil.example',
      expectedOrigin: url,
      secFetchSite: 'same-origin',
    });
    expect(warnings[0]?.message).toContain(`Origin https://evil.example is not ${url}`);
    expect(warnings[0]?.message).toContain('trustProxy');
    expect(warnings[0]?.meta.requestId).toEqual(expect.any(String));
  });

  test.each([
    ['fetch_metadata', { 'Sec-Fetch-Site': 'cross-site' }],
    ['client_header', { 'X-Wallet-Client': '0' }],
    ['content_type', { 'Content-Type': 'text/plain' }],
  ])('%s', async (check, headers) => {
    const { remove, warnings } = await shop();
    expect((await remove('pm_kept_private', { headers })).status).toBe(403);
    expect(warnings.map((line) => line.meta.check)).toEqual([check]);
  });

  test('a body without any Content-Type is a content_type refusal too', async () => {
    const { url, warnings } = await shop();
    const response = await fetch(`${url}/api/wallet/cards/pm_kept_private`, {
      method: 'DELETE',
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', Origin: url },
      body: new Blob(['{}']),
    });
    expect(response.status).toBe(403);
    expect(warnings.map((line) => line.meta)).toEqual([
      expect.objectContaining({ check: 'content_type', contentType: null }),
    ]);
  });

  test('each (check, origin) pair at most once a minute', async () => {
    const { remove, warnings, advance } = await shop();
    for (let i = 0; i < 3; i += 1) await remove('pm_kept_private', { headers: EVIL });
    await remove('pm_kept_private', { headers: { Origin: 'https://other.example' } });
    await remove('pm_kept_private', {});
    expect(warnings.map((line) => [line.meta.check, line.meta.origin])).toEqual([
      ['origin', 'https://evil.example'],
      ['origin', 'https://other.example'],
    ]);
    advance(59_000);
    await remove('pm_kept_private', { headers: EVIL });
    expect(warnings).toHaveLength(2);
    advance(1_000);
    await remove('pm_kept_private', { headers: EVIL });
    expect(warnings).toHaveLength(3);
  });

  test('no logged header value is longer than 200 characters, and no session or card id', async () => {
    const { remove, warnings } = await shop();
    const long = `https://${'a'.repeat(3000)}.example`;
    await remove('pm_kept_private', {
      headers: { Origin: long, 'Sec-Fetch-Site': `same-origin${'x'.repeat(500)}` },
    });
    expect(warnings).toHaveLength(1);
    const values = Object.values(warnings[0]?.meta ?? {}).filter((v) => typeof v === 'string');
    for (const value of values) expect((value as string).length).toBeLessThanOrEqual(200);
    expect(warnings[0]?.message.length).toBeLessThan(600);
    const everything = JSON.stringify(warnings);
    expect(everything).not.toContain('alice');
    expect(everything).not.toContain('pm_kept_private');
  });

  test('a logger without warn: the 403 stands and nothing lands in error', async () => {
    const errors: Line[] = [];
    const { remove } = await shop({
      logger: { error: (message, meta) => errors.push({ message, meta }) },
    });
    expect((await remove('pm_kept_private', { headers: EVIL })).status).toBe(403);
    expect(errors).toEqual([]);
  });

  test('the default logger warns on the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = createWalletHandler({
      provider: memoryProvider({ alice: [card({ id: 'pm_kept_private' })] }),
      getCustomerId: () => 'alice',
    });
    const server = await listen(toNodeListener(handler));
    try {
      const response = await fetch(`${server.url}/api/wallet/cards/pm_kept_private`, {
        method: 'DELETE',
        headers: { 'X-Wallet-Client': '1', ...EVIL },
      });
      expect(response.status).toBe(403);
    } finally {
      await server.close();
    }
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('DELETE refused (403)'),
      expect.objectContaining({ check: 'origin' }),
    );
  });
});
