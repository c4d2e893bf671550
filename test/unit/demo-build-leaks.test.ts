// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const demoRoot = fileURLToPath(new URL('../../demo', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'saved-card-kit-demo-build-'));

// Distinctive values, as a merchant would configure them on the server.
const SECRETS = {
  WALLET_PROVIDER: 'juspay',
  JUSPAY_API_KEY: 'jp_live_LEAKCHECK_9f8e7d6c5b4a',
  JUSPAY_MERCHANT_ID: 'merchant_LEAKCHECK_1',
  EXIMPE_CLIENT_ID: 'exc_LEAKCHECK_2',
  EXIMPE_CLIENT_SECRET: 'exs_LEAKCHECK_3c2b1a',
  EXIMPE_MERCHANT_ID: 'exm_LEAKCHECK_4',
  WALLET_CUSTOMER_ID: 'cust_LEAKCHECK_5',
  STRIPE_SECRET_KEY: 'sk_live_LEAKCHECK_6a5b4c',
  ADYEN_API_KEY: 'AQE_LEAKCHECK_7d6e5f',
  ADYEN_MERCHANT_ACCOUNT: 'adm_LEAKCHECK_8',
  HYPERSWITCH_API_KEY: 'snd_LEAKCHECK_9g8h7i',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the demo built for the browser, with provider secrets in the environment', () => {
  const saved = { ...process.env };
  let output = '';

  beforeAll(async () => {
    Object.assign(process.env, SECRETS);
    await build({
      configFile: false,
      root: demoRoot,
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, sourcemap: true },
    });
    output = filesUnder(outDir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
  }, 60_000);

  afterAll(() => {
    process.env = saved;
    rmSync(outDir, { recursive: true, force: true });
  });

  test('holds the kit (so the scan reads real output)', () => {
    expect(output).toContain('Saved cards');
    expect(output).toContain('X-Wallet-Client');
  });

  test.each(Object.entries(SECRETS).filter(([name]) => name !== 'WALLET_PROVIDER'))(
    'never contains %s',
    (_name, value) => {
      expect(output).not.toContain(value);
    },
  );

  test('never contains a provider host, adapter or server module', () => {
    expect(output).not.toMatch(/juspay\.in|juspay\.io|eximpe\.com/);
    expect(output).not.toMatch(/juspayProvider|eximpeProvider|createWalletHandler|toNodeListener/);
    expect(output).not.toMatch(/x-routing-id|X-Client-Secret/i);
  });
});
