import type { QueryClient } from '@tanstack/react-query';
import type { WalletError } from '../core/wallet-error';
import { createStore, type Store } from './create-store';
import { firstReports } from './first-report';

/** What every view of one QueryClient shows of its wallet's commands. */
export interface WalletState {
  /** Cards whose removal is in flight or held: hidden from every list (docs/removal-rules.md rule 1). */
  removing: ReadonlySet<string>;
  /** The card being made the default while its request is in flight: shown as the default at once. */
  defaultId: string | null;
  /** Epoch ms until which commands wait after a 429; 0 when they need not. */
  cooldownUntil: number;
}

/**
 * The wallet controller's state, readable on its own: a list that only shows cards subscribes
 * here and pays for none of the commands (src/query/wallet-controller.ts writes it).
 */
export interface WalletStateStore extends Store<WalletState> {
  /** True the first time a failed list load is reported to this client: one event however many views show it. */
  loadFailed(error: WalletError): boolean;
}

/** No command yet: the first state, and what the server renders. */
export const INITIAL_STATE: WalletState = {
  removing: new Set(),
  defaultId: null,
  cooldownUntil: 0,
};

const stores = new WeakMap<QueryClient, WalletStateStore>();

// Kept outside react-query's notify cycle on purpose: its notifications wait a macrotask, while
// a confirmed card must leave the list in the same frame (docs/removal-rules.md rule 1), and the
// list's queryFn reads `removing` synchronously (rule 3).
/** The wallet state of this QueryClient, shared by every view of it. */
export function walletState(queryClient: QueryClient): WalletStateStore {
  const known = stores.get(queryClient);
  if (known) return known;
  const store = { ...createStore(INITIAL_STATE), loadFailed: firstReports() };
  stores.set(queryClient, store);
  return store;
}
