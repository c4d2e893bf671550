import type { AuditSink } from './audit';
import type { AuditIds } from './audit-id';
import { auditIds } from './audit-id';
import { BudgetClock } from './budget-clock';
import { originKey } from './guards/cross-site-key';
import { normalizeOrigin } from './guards/csrf';
import type { CrossSiteKey, RateLimit, RateLimitOptions } from './guards/rate-limit';
import { DEFAULT_LIST_RATE_LIMIT, DEFAULT_RATE_LIMIT } from './guards/rate-limit';
import { normalizeBasePath } from './http/routes';
import { countOption, durationOption, functionOption } from './option-rules';
import type { WalletHandlerOptions } from './options';
import type { CardProvider } from './providers/card-provider';
import type { RefusalLog } from './refusal-log';
import { refusalLog } from './refusal-log';
import type { WalletLogger } from './safe-logger';
import { safeLogger } from './safe-logger';
import type { CardUpdateStore } from './stores/card-update-store';
import type { CustomerLockStore } from './stores/customer-lock';
import type { DefaultCardStore } from './stores/default-card-store';
import type { ListCache } from './stores/list-cache';
import { listCache } from './stores/list-cache';
import { memoryCustomerLock } from './stores/memory-customer-lock';
import { memoryDefaultCardStore } from './stores/memory-default-card-store';
import { memoryRateLimitStore } from './stores/memory-rate-limit-store';
import type { RateLimitStore } from './stores/rate-limit-store';

/** Default `hookTimeoutMs`. */
export const DEFAULT_HOOK_TIMEOUT_MS = 2000;
/** Default `providerTimeoutMs`. */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 10_000;

const OWNER = 'createWalletHandler';

/** Options after defaults, as the route handlers use them. */
export interface HandlerConfig {
  provider: CardProvider;
  getCustomerId: WalletHandlerOptions['getCustomerId'];
  basePath: string;
  allowedOrigins: ReadonlySet<string>;
  trustProxy: boolean;
  /** DELETE attempts per customer. */
  rateLimit: RateLimit | null;
  /** The bucket of a request another site sent (a refused DELETE, a list), apart from the shopper's. */
  crossSiteKey: CrossSiteKey;
  listRateLimit: RateLimit | null;
  listCache: ListCache | null;
  lockReason: WalletHandlerOptions['lockReason'];
  keepAtLeast: number;
  customerLock: CustomerLockStore;
  cardUpdateStore: CardUpdateStore | undefined;
  /** Where the default card is kept when the provider has none of its own; null when it has. */
  defaultCards: DefaultCardStore | null;
  hookTimeoutMs: number;
  audit: AuditSink | undefined;
  auditIds: AuditIds;
  logger: Required<WalletLogger>;
  refusals: RefusalLog;
  now: () => number;
  providerTimeoutMs: number;
  /** The one timer every request's budget is watched by. */
  budgetClock: BudgetClock;
}

const consoleLogger: WalletLogger = {
  error: (message, meta) => console.error(message, meta),
  warn: (message, meta) => console.warn(message, meta),
};

export function resolveOptions(options: WalletHandlerOptions): HandlerConfig {
  // A veto the handler silently ignored would let locked cards go: refuse the old option.
  if ('canDelete' in options) {
    throw new TypeError('createWalletHandler: canDelete was replaced by lockReason');
  }
  const now = options.now ?? Date.now;
  const allowed = new Set<string>();
  for (const origin of options.allowedOrigins ?? []) {
    const normalized = normalizeOrigin(origin);
    if (normalized === null) throw new TypeError(`allowedOrigins: not an origin: ${origin}`);
    allowed.add(normalized);
  }
  // One store counts both limits unless told otherwise: a `redisRateLimitStore` given for the
  // DELETE limit shares the list limit across instances too (the keys differ).
  const deletes = options.rateLimit === false ? undefined : (options.rateLimit ?? {});
  const store = deletes?.store ?? memoryRateLimitStore({ now });
  const limit =
    deletes === undefined ? null : rateLimitOf('rateLimit', deletes, DEFAULT_RATE_LIMIT, store);
  const listLimit =
    options.listRateLimit === false
      ? null
      : rateLimitOf('listRateLimit', options.listRateLimit ?? {}, DEFAULT_LIST_RATE_LIMIT, store);
  const listCacheMs =
    options.listCacheMs === undefined
      ? undefined
      : durationOption(OWNER, 'listCacheMs', options.listCacheMs, 0);
  const keepAtLeast = countOption(OWNER, 'keepAtLeast', options.keepAtLeast, 0);
  const logger = safeLogger(options.logger ?? consoleLogger);
  const hookTimeoutMs = durationOption(
    OWNER,
    'hookTimeoutMs',
    options.hookTimeoutMs,
    DEFAULT_HOOK_TIMEOUT_MS,
  );
  const providerTimeoutMs = durationOption(
    OWNER,
    'providerTimeoutMs',
    options.providerTimeoutMs,
    DEFAULT_PROVIDER_TIMEOUT_MS,
  );
  functionOption(OWNER, 'getCustomerId', options.getCustomerId, true);
  functionOption(OWNER, 'lockReason', options.lockReason);
  functionOption(OWNER, 'audit', options.audit);
  functionOption(OWNER, 'now', options.now);
  functionOption(OWNER, 'rateLimit.crossSiteKey', deletes?.crossSiteKey);
  if (options.cardUpdateStore !== undefined) {
    functionOption(OWNER, 'cardUpdateStore.updatesFor', options.cardUpdateStore?.updatesFor, true);
  }
  return {
    provider: options.provider,
    getCustomerId: options.getCustomerId,
    basePath: normalizeBasePath(options.basePath ?? '/api/wallet'),
    allowedOrigins: allowed,
    trustProxy: options.trustProxy === true,
    rateLimit: limit,
    crossSiteKey: deletes?.crossSiteKey ?? originKey,
    listRateLimit: listLimit,
    listCache: listCacheMs === undefined ? null : listCache(listCacheMs, now),
    lockReason: options.lockReason,
    keepAtLeast,
    customerLock: options.customerLock ?? memoryCustomerLock(),
    cardUpdateStore: options.cardUpdateStore,
    defaultCards: providerKeepsDefault(options.provider)
      ? null
      : (options.defaultCardStore ?? memoryDefaultCardStore()),
    hookTimeoutMs,
    audit: options.audit,
    auditIds: auditIds(options.auditIdKey, options.provider.cardIdIsProviderToken === true),
    logger,
    refusals: refusalLog(logger, now),
    now,
    providerTimeoutMs,
    budgetClock: new BudgetClock(),
  };
}

// Any field left out takes its default, so `{ store }` alone is a shared store at 30 a minute.
function rateLimitOf(
  name: string,
  options: RateLimitOptions,
  defaults: Readonly<Required<Omit<RateLimitOptions, 'store'>>>,
  store: RateLimitStore,
): RateLimit {
  const max = countOption(OWNER, `${name}.max`, options.max, defaults.max);
  const windowMs = durationOption(OWNER, `${name}.windowMs`, options.windowMs, defaults.windowMs);
  return { max, windowMs, store: options.store ?? store };
}

// A provider with `setDefaultCard` keeps the default itself: a store would only disagree with it.
function providerKeepsDefault(provider: CardProvider): boolean {
  return typeof provider.setDefaultCard === 'function';
}
