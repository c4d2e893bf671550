import type { SavedCard } from '../../core/types';
import type { CardProvider, ProviderCallContext, ProviderCard } from '../providers/card-provider';
import { matchCards } from './card-shape';
import type { DeletedTally } from './deleted-is-gone';
import { deletedIsGone } from './deleted-is-gone';
import type { KitWallet, TranscriptEntry } from './kit-wallet';
import { kitWallet } from './kit-wallet';
import type { RequestLog } from './request-log';
import { requestLog } from './request-log';
import type { ConformanceFixture, MakeProvider, ProviderFault } from './types';

/** What every scenario gets: fresh wallets, the fault hook, and the shared transcript. */
export interface KitRun {
  fixture: ConformanceFixture;
  /** Every answer, log line and audit event so far, for the leak scan. */
  transcript: TranscriptEntry[];
  /** Every card id listed so far, and every server-only ref the adapter handed out. */
  seenIds: Set<string>;
  seenRefs: Set<string>;
  /** Every wallet made so far, for the leak scan of what their adapters listed. */
  wallets: KitWallet[];
  /** The adapter as `makeProvider` left it (for `cardIdIsProviderToken`). */
  adapters: CardProvider[];
  /** A handler on a fresh adapter (`makeProvider` again), with `budgetMs` (default 10 s). */
  wallet(budgetMs?: number): Promise<KitWallet>;
  /**
   * Ends the scenario: stops its wallets' request taps and re-lists every card their adapters
   * said they deleted (as making a new wallet does for the wallets before it).
   */
  endScenario(): Promise<DeletedTally>;
  /** The customer's cards straight from the adapter (refs included), with a live signal. */
  providerCards(wallet: KitWallet, customerId: string): Promise<ProviderCard[]>;
  /** The customer's card ids in fixture order, through the handler; null when that failed. */
  ids(wallet: KitWallet, customerId: string): Promise<string[] | null>;
  /** The ids the handler lists now (any order); null when the list failed. */
  listed(wallet: KitWallet, customerId: string): Promise<string[] | null>;
  /** Arms a fault; false when the fixture has no hook or the hook declined. */
  fault(fault: ProviderFault): Promise<boolean>;
}

const DEFAULT_BUDGET_MS = 10_000;

/** How long after an abort the kit watches for the adapter acting anyway. */
export const ABORT_WINDOW_MS = 500;
/** A request sent just before an abort may reach the provider just after it. */
export const ABORT_GRACE_MS = 50;
/** The detail of a check skipped for want of a request tap. */
export const NEEDS_TAP = 'needs fixture.requestTap to see the adapter’s requests to its provider';

/** The cards of a `{ cards: [...] }` body, or null. */
export function cardsOf(json: unknown): SavedCard[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const cards = (json as { cards?: unknown }).cards;
  return Array.isArray(cards) ? (cards as SavedCard[]) : null;
}

/** A context whose signal never aborts, for the kit's own calls to the adapter. */
export function liveContext(requestId: string): ProviderCallContext {
  return { signal: new AbortController().signal, requestId };
}

export function createRun(makeProvider: MakeProvider, fixture: ConformanceFixture): KitRun {
  let open: Array<{ wallet: KitWallet; log: RequestLog }> = [];
  let tally: DeletedTally = { deleted: 0, stillListed: 0 };
  // Before the next makeProvider reseeds the provider: what was called deleted must be gone.
  async function retire(): Promise<void> {
    const retiring = open;
    open = [];
    for (const { wallet, log } of retiring) {
      log.stop();
      await deletedIsGone(wallet, (customerId) => run.listed(wallet, customerId), tally);
    }
  }
  const run: KitRun = {
    fixture,
    transcript: [],
    seenIds: new Set(),
    seenRefs: new Set(),
    wallets: [],
    adapters: [],
    async wallet(budgetMs = DEFAULT_BUDGET_MS) {
      await retire();
      const log = requestLog(fixture.requestTap);
      const adapter = await makeProvider({ fetch: log.fetch });
      // Subscribed after makeProvider: seeding a sandbox is not the adapter's doing.
      log.start();
      run.adapters.push(adapter);
      const wallet = kitWallet(adapter, budgetMs, run.transcript, log);
      open.push({ wallet, log });
      run.wallets.push(wallet);
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
    async endScenario() {
      await retire();
      const ended = tally;
      tally = { deleted: 0, stillListed: 0 };
      return ended;
    },
    providerCards: (wallet, customerId) =>
      wallet.provider.listCards(customerId, liveContext('conformance-direct')),
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

/**
 * True for exactly the contract's DELETE answer for `id`: `{"deleted": true, "id": …}`, plus
 * `"defaultCardId"` (a card id or null) when the card removed was the default.
 */
export function isDeleteAnswer(json: unknown, id: string): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const { deleted, id: answered, defaultCardId, ...rest } = json as Record<string, unknown>;
  const moved =
    !('defaultCardId' in json) || defaultCardId === null || typeof defaultCardId === 'string';
  return deleted === true && answered === id && moved && Object.keys(rest).length === 0;
}
