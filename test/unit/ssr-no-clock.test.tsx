// @vitest-environment node
// Server rendering reads no clock, random number or DOM (React's rules for render; Next.js's
// `cacheComponents` prerender stops at the first `Date.now()` a Client Component reads). Every
// state of the list is rendered while those calls throw; whatever depends on "now" (the
// "Expires soon" badge, a cooldown's seconds) appears once the browser has hydrated.
import { fileURLToPath } from 'node:url';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, version as reactVersion } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  cardsQueryOptions,
  type SavedCard,
  SavedCardList,
  type WalletClient,
  WalletProvider,
  walletKeys,
} from '../../src/index';
import { walletController } from '../../src/query/wallet-controller';
import { card, sampleCards } from '../helpers/cards';

const RealDate = Date;
const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * Who made the call: the first stack frame outside this file. Two reads by dependencies are
 * let through, each named here: React's server renderer times its own work with
 * `performance.now()` (which Next.js allows), and react-query asks `Date.now()` whether
 * prefetched data is stale (TanStack/query#9457); the kit's own code gets no exception.
 */
const ALLOWED: Record<string, RegExp> = {
  'performance.now()': /[/\\]node_modules[/\\]react-dom[/\\]/,
  'Date.now()': /[/\\]node_modules[/\\]@tanstack[/\\]query-core[/\\]/,
};
function allowed(what: string): boolean {
  const caller = new Error().stack
    ?.split('\n')
    .slice(1)
    .find((line) => !line.includes(THIS_FILE) && !line.includes('/@vitest/spy/'));
  return !!caller && !!ALLOWED[what]?.test(caller);
}

/** Every clock, random and DOM read a render could make now throws, naming itself. */
function forbidImpureReads(): void {
  const forbidden =
    <T,>(what: string, real: () => T = () => RealDate.now() as T) =>
    (): T => {
      if (allowed(what)) return real();
      throw new Error(`read ${what} while rendering`);
    };
  // `new Date(y, m)` stays allowed: it names a date, it does not read the clock.
  class NoNowDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) forbidden('new Date()')();
      super(...(args as ConstructorParameters<typeof Date>));
    }
    static override now = forbidden<number>('Date.now()');
  }
  const performanceNow = performance.now.bind(performance);
  vi.stubGlobal('Date', NoNowDate);
  vi.spyOn(Math, 'random').mockImplementation(forbidden('Math.random()'));
  vi.spyOn(performance, 'now').mockImplementation(forbidden('performance.now()', performanceNow));
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(forbidden('crypto.getRandomValues()'));
  vi.spyOn(crypto, 'randomUUID').mockImplementation(forbidden('crypto.randomUUID()'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const thisMonth = new RealDate();
// Expires at the end of this month: the browser shows "Expires soon" for it.
const expiringCard = card({
  id: 'card_soon',
  brand: 'mastercard',
  last4: '5100',
  expiryMonth: thisMonth.getMonth() + 1,
  expiryYear: thisMonth.getFullYear(),
});
const lockedCard = card({ id: 'card_locked', last4: '1881', locked: 'subscription' });
const secondExpired = card({
  id: 'card_old',
  brand: 'jcb',
  last4: '0505',
  expiryMonth: 1,
  expiryYear: 2020,
  expired: true,
});

const neverCalled: WalletClient = {
  listCards: () => Promise.reject(new Error('the server render fetched')),
  deleteCard: () => Promise.reject(new Error('the server render deleted')),
};

/** A QueryClient holding what a host's prefetch left in it, filled before the clock is gone. */
async function prefetched(cards: readonly SavedCard[] | null): Promise<QueryClient> {
  const queryClient = new QueryClient();
  if (cards) {
    const client: WalletClient = { ...neverCalled, listCards: async () => [...cards] };
    await queryClient.prefetchQuery(cardsQueryOptions(client, queryClient));
  }
  return queryClient;
}

function page(queryClient: QueryClient, props: { undoMs?: number } = {}): ReactNode {
  return (
    <WalletProvider client={neverCalled} queryClient={queryClient} locale="en-US" {...props}>
      <SavedCardList onReplaceCard={() => {}} />
    </WalletProvider>
  );
}

// React 19's static prerender is what Next.js `cacheComponents` runs. React 18.3 (the lowest
// peer) has no react-dom/static, so there the string render alone is checked; the specifier is
// a variable so that no bundler resolves it on 18.
const STATIC_ENTRY = 'react-dom/static';

async function prerendered(node: ReactNode): Promise<string | null> {
  if (Number.parseInt(reactVersion, 10) < 19) return null;
  const { prerenderToNodeStream } = (await import(
    /* @vite-ignore */ STATIC_ENTRY
  )) as typeof import('react-dom/static');
  const { prelude } = await prerenderToNodeStream(node);
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

describe('server rendering reads no clock, random number or DOM', () => {
  test('the guard is real: each forbidden read throws while it is on', () => {
    forbidImpureReads();
    expect(() => Date.now()).toThrow('Date.now()');
    expect(() => new Date()).toThrow('new Date()');
    expect(new Date(2030, 0).getFullYear()).toBe(2030);
    expect(() => Math.random()).toThrow('Math.random()');
    expect(() => performance.now()).toThrow('performance.now()');
    expect(() => crypto.randomUUID()).toThrow('crypto.randomUUID()');
    expect(() => crypto.getRandomValues(new Uint8Array(4))).toThrow('getRandomValues');
  });

  test.each([
    ['loading', null, 'aria-busy="true"'],
    ['no cards', [], 'No saved cards'],
    [
      'cards: default, expired, expiring this month, locked',
      [...sampleCards(), expiringCard, lockedCard, secondExpired],
      'Remove 2 expired cards',
    ],
  ] as const)('%s', async (_state, cards, expected) => {
    const html = await (async () => {
      const queryClient = await prefetched(cards);
      forbidImpureReads();
      const string = renderToString(page(queryClient));
      const prerender = await prerendered(page(queryClient));
      if (prerender !== null) expect(prerender).toBe(string);
      return string;
    })();
    expect(html).toContain(expected);
    expect(html).not.toContain('Expires soon');
  });

  test('with the undo window configured and a rate-limit cooldown running', async () => {
    const queryClient = await prefetched([...sampleCards(), expiringCard]);
    walletController(queryClient).startCooldown(RealDate.now() + 30_000);
    forbidImpureReads();
    const html = renderToString(page(queryClient, { undoMs: 5000 }));
    expect(html).toContain('Remove Visa ending in 4242');
    // What depends on "now" waits for the browser: no badge, no countdown in server HTML.
    expect(html).not.toContain('Expires soon');
    expect(html).not.toMatch(/try again in/i);
    expect(queryClient.getQueryData(walletKeys.cards())).toHaveLength(5);
  });

  test("a Server Component's props only: no client, strings and numbers, nothing fetched", async () => {
    const props = {
      baseUrl: '/api/wallet',
      locale: 'en-US',
      undoMs: 5000,
      expiringSoonMonths: 2,
      nonce: 'csp-nonce',
      unstyled: true,
    };
    // What crosses the Server/Client boundary must survive serialisation unchanged.
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the server render fetched')));
    forbidImpureReads();
    const html = renderToString(
      <WalletProvider {...props}>
        <SavedCardList />
      </WalletProvider>,
    );
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('class="wallet-');
  });
});
