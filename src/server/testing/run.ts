import type { SavedCard } from '../../core/types';
import type { CardProvider } from '../providers/card-provider';
import { matchCards } from './card-shape';
import type { KitWallet } from './kit-wallet';
import { kitWallet } from './kit-wallet';
import type { ConformanceFixture, MakeProvider, ProviderFault } from './types';

/** What every scenario gets: fresh wallets, the fault hook, and the shared transcript. */
export interface KitRun {
  fixture: ConformanceFixture;
  /** Every answer, log line and audit event so far, for the leak scan. */
  transcript: string[];
  /** Every card id listed so far, and every server-only ref the adapter handed out. */
  seenIds: Set<string>;
  seenRefs: Set<string>;
  /** The adapter as `makeProvider` left it (for `cardIdIsProviderToken`). */
  adapters: CardProvider[];
  /** A handler on a fresh adapter (`makeProvider` again), with `budgetMs` (default 10 s). */
  wallet(budgetMs?: number): Promise<KitWallet>;
  /** The customer's card ids in fixture order, through the handler; null when that failed. */
  ids(wallet: KitWallet, customerId: string): Promise<string[] | null>;
  /** The ids the handler lists now (any order); null when the list failed. */
  listed(wallet: KitWallet, customerId: string): Promise<string[] | null>;
  /** Arms a fault; false when the fixture has no hook or the hook declined. */
  fault(fault: ProviderFault): Promise<boolean>;
}

const DEFAULT_BUDGET_MS = 10_000;

/** The cards of a `{ cards: [...] }` body, or null. */
export function cardsOf(json: unknown): SavedCard[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const cards = (json as { cards?: unknown }).cards;
  return Array.isArray(cards) ? (cards as SavedCard[]) : null;
}

export function createRun(makeProvider: MakeProvider, fixture: ConformanceFixture): KitRun {
  const run: KitRun = {
    fixture,
    transcript: [],
    seenIds: new Set(),
    seenRefs: new Set(),
    adapters: [],
    async wallet(budgetMs = DEFAULT_BUDGET_MS) {
      const adapter = await makeProvider();
      run.adapters.push(adapter);
      const wallet = kitWallet(adapter, budgetMs, run.transcript);
      const list = wallet.list;
      // Remember what was listed, to look for it where it must not be.
      wallet.list = async (customerId) => {
        const reply = await list(customerId);
        for (const card of cardsOf(reply.json) ?? []) run.seenIds.add(card.id);
        for (const ref of wallet.provider.refs) run.seenRefs.add(ref);
        return reply;
      };
      return wallet;
    },
    async ids(wallet, customerId) {
      const reply = await wallet.list(customerId);
      const cards = cardsOf(reply.json);
      if (reply.status !== 200 || cards === null) return null;
      const match = matchCards(cards, fixture.cards[customerId] ?? []);
      return match.ok ? match.ids : null;
    },
    async listed(wallet, customerId) {
      const reply = await wallet.list(customerId);
      const cards = cardsOf(reply.json);
      return reply.status === 200 && cards !== null ? cards.map((card) => card.id) : null;
    },
    async fault(fault) {
      if (fixture.fault === undefined) return false;
      return (await fixture.fault(fault)) !== false;
    },
  };
  return run;
}

/** The error code of an answer in the docs/http-contract.md envelope, or null. */
export function errorCode(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const error = (json as { error?: { code?: unknown } }).error;
  return typeof error?.code === 'string' ? error.code : null;
}

/** Milliseconds from the handler's abort to the adapter's call settling; null if it never did. */
export async function settleAfterAbort(
  call: { abortedAt?: number; settled: Promise<number> } | undefined,
  waitMs: number,
): Promise<number | null> {
  if (call === undefined) return null;
  const settledAt = await Promise.race([
    call.settled,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs)),
  ]);
  if (settledAt === null || call.abortedAt === undefined) return null;
  return Math.max(0, settledAt - call.abortedAt);
}
