import type { SavedCard } from '../../core/types';
import type { CardProvider } from '../providers/card-provider';

/** How a fault hook makes the provider fail, on the next call of one operation. */
export type FaultKind =
  /** Never answers. */
  | 'hang'
  /** A 5xx in the provider's own error shape, with its own words. */
  | 'unavailable'
  /** Refuses the credentials, in its own words. */
  | 'unauthorized'
  /** A web server's or proxy's HTML 404 page. */
  | 'not_found_page'
  /** A 200 whose body is the provider's error object. */
  | 'error_in_ok'
  /** A 200 with no body. */
  | 'empty_body';

/** One fault to arm: the next `operation` call for `customerId` fails with `kind`. */
export interface ProviderFault {
  kind: FaultKind;
  operation: 'list' | 'delete';
  customerId: string;
}

/**
 * Makes the provider fail as asked; return `false` when it cannot (a real sandbox usually
 * can't), and the checks that need it are reported as skipped.
 */
export type FaultHook = (
  fault: ProviderFault,
) => boolean | undefined | Promise<boolean | undefined>;

/** A card the fixture expects in a list: any docs/http-contract.md §1 fields, compared as given. */
export type ExpectedCard = Partial<SavedCard>;

/** One request the adapter made to its provider, as the request tap saw it. */
export interface ProviderRequest {
  /** `GET`, `DELETE`, … */
  method: string;
  /** Where it went; the kit only counts requests, it never reports their URLs. */
  url: string;
  /** `Date.now()` when the request reached the provider (or left through the kit's `fetch`). */
  at: number;
}

/**
 * Shows the kit every request the provider receives: calls `listener` for each one from now
 * on and returns the unsubscribe. The kit subscribes after each `makeProvider` call.
 */
export type RequestTap = (listener: (request: ProviderRequest) => void) => () => void;

/** What the kit hands {@link MakeProvider}. */
export interface MakeProviderContext {
  /**
   * A `fetch` that records every request it sends, for an adapter that takes one: with
   * `fixture.requestTap: 'fetch'` it is the kit's request tap.
   */
  fetch: typeof fetch;
}

/** What {@link checkCardProvider} runs against. */
export interface ConformanceFixture {
  /** A customer with at least one card (two for the concurrency scenario). */
  customerId: string;
  /** Another customer with at least one card of their own. */
  otherCustomerId: string;
  /**
   * The cards each of the two customers has when `makeProvider` returns, keyed by customer id.
   * Give one card of each customer the same `last4`, for the ownership check at the provider.
   */
  cards: Record<string, ExpectedCard[]>;
  /** Optional: lets the kit make the provider fail (see {@link FaultHook}). */
  fault?: FaultHook;
  /**
   * Optional: how the kit sees the adapter's requests to its provider, and when. A
   * {@link RequestTap}, or `'fetch'` when the adapter sends everything through the `fetch` that
   * `makeProvider` is handed. Without one, the checks that need it are skipped.
   */
  requestTap?: RequestTap | 'fetch';
  /** Credentials and other strings that must never reach a response, a log or the audit. */
  secrets?: string[];
  /** Words the provider uses in its error answers; they must never leave the server either. */
  providerText?: string[];
  /** The handler's budget in the timeout scenario; default 500 ms. */
  timeoutBudgetMs?: number;
}

/**
 * Returns an adapter whose provider holds exactly `fixture.cards` (called once per scenario,
 * since scenarios delete cards: reseed a fake, or recreate a sandbox's cards).
 */
export type MakeProvider = (context: MakeProviderContext) => CardProvider | Promise<CardProvider>;

/** The scenarios, in the order they run. */
export type ScenarioId =
  | 'list-shape'
  | 'ownership'
  | 'same-last-four'
  | 'idempotent-delete'
  | 'stale-delete'
  | 'not-found-honest'
  | 'not-found-impostor'
  | 'timeout'
  | 'abort'
  | 'concurrent-deletes'
  | 'set-default'
  | 'no-leak';

/** One check inside a scenario. */
export interface CheckResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped; written by the kit, never provider text. */
  detail?: string;
}

/** One scenario: failed if any check failed, else skipped if any check was skipped, else passed. */
export interface ScenarioResult {
  id: ScenarioId;
  title: string;
  status: 'passed' | 'failed' | 'skipped';
  checks: CheckResult[];
}

/** What {@link checkCardProvider} found. */
export interface ConformanceReport {
  /** True when no check failed (skipped checks do not fail it). */
  ok: boolean;
  scenarios: ScenarioResult[];
  /** `scenario › check: detail` for every failed check; empty when `ok`. */
  failures: string[];
  /** How many checks were skipped (a scenario with one is never `passed`). */
  skipped: number;
  /** e.g. `11 scenarios: 9 passed, 1 skipped, 1 failed; 3 checks skipped`. */
  summary: string;
}
