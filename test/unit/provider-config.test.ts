// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { EXIMPE_BASE_URLS, eximpeProvider, juspayProvider } from '../../src/server/index';
import { testCtx } from '../helpers/provider-context';

/** A fetch that records URLs and init, answering every call with `body`. */
function recorder(body: unknown) {
  const seen: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(url), init });
    return Response.json(body);
  };
  return { seen, fetch };
}

describe('juspayProvider configuration', () => {
  test('refuses a list that names another customer', async () => {
    const provider = juspayProvider({
      apiKey: 'k',
      merchantId: 'm',
      fetch: async () => Response.json({ customer_id: 'bob', cards: [] }),
    });
    await expect(provider.listCards('alice', testCtx())).rejects.toMatchObject({
      kind: 'bad_response',
    });
  });

  test('picks the base URL from the environment', async () => {
    const seen: string[] = [];
    const fetch = async (url: string | URL | Request) => {
      seen.push(String(url));
      return Response.json({ cards: [] });
    };
    await juspayProvider({ apiKey: 'k', merchantId: 'm', environment: 'sandbox', fetch }).listCards(
      'c',
      testCtx(),
    );
    await juspayProvider({ apiKey: 'k', merchantId: 'm', fetch }).listCards('c', testCtx());
    expect(seen).toEqual([
      'https://sandbox.juspay.in/cards?customer_id=c',
      'https://api.juspay.in/cards?customer_id=c',
    ]);
  });

  test('refuses bad options without echoing the key', () => {
    expect(() => juspayProvider({ apiKey: '', merchantId: 'm' })).toThrow(/apiKey is required/);
    expect(() => juspayProvider({ apiKey: 'ключ', merchantId: 'm' })).toThrow(/^(?!.*ключ)/);
    expect(() => juspayProvider({ apiKey: 'k', merchantId: 'm', timeoutMs: 0 })).toThrow(TypeError);
  });
});

describe('eximpeProvider configuration', () => {
  const base = { clientId: 'c', clientSecret: 's', merchantId: 'm' };

  test('defaults to production; UAT is one constant away', async () => {
    const { seen, fetch } = recorder({ success: true, data: [] });
    await eximpeProvider({ ...base, fetch }).listCards('c', testCtx());
    await eximpeProvider({ ...base, baseUrl: EXIMPE_BASE_URLS.uat, fetch }).listCards(
      'c',
      testCtx(),
    );
    expect(seen.map((call) => call.url)).toEqual([
      'https://api-pacb.eximpe.com/pg/tokens/?identifier=c',
      'https://api-pacb-uat.eximpe.com/pg/tokens/?identifier=c',
    ]);
  });

  test('refuses a list holding another identifier’s card', async () => {
    const { fetch } = recorder({
      success: true,
      data: [
        {
          card_token: 't',
          identifier: 'bob',
          masked_pan: 'XXXX1111',
          expiry_month: 1,
          expiry_year: 2030,
        },
      ],
    });
    await expect(
      eximpeProvider({ ...base, fetch }).listCards('alice', testCtx()),
    ).rejects.toMatchObject({
      kind: 'bad_response',
    });
  });

  test('a success envelope that says success: false is a bad response', async () => {
    const { fetch } = recorder({ success: false, data: [] });
    await expect(
      eximpeProvider({ ...base, fetch }).listCards('a', testCtx()),
    ).rejects.toMatchObject({
      kind: 'bad_response',
    });
  });

  test('never follows a redirect, which would carry the secret elsewhere', async () => {
    const { seen, fetch } = recorder({ success: true, data: [] });
    await eximpeProvider({ ...base, fetch }).listCards('a', testCtx());
    expect(seen[0]?.init?.redirect).toBe('error');
  });

  test('refuses bad options without echoing the secret', () => {
    expect(() => eximpeProvider({ ...base, clientSecret: ' ' })).toThrow(
      /clientSecret is required/,
    );
    expect(() => eximpeProvider({ ...base, baseUrl: 'ftp://x' })).toThrow(TypeError);
  });
});
