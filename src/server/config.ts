import type { AuditSink } from './audit';
import type { AuditIds } from './audit-id';
import { auditIds } from './audit-id';
import { normalizeOrigin } from './guards/csrf';
import type { CustomerLockStore } from './guards/customer-lock';
import { memoryCustomerLock } from './guards/customer-lock';
import type { RateLimit, RateLimitOptions } from './guards/rate-limit';
import { DEFAULT_RATE_LIMIT, memoryRateLimitStore } from './guards/rate-limit';
import { normalizeBasePath } from './http/routes';
import type { WalletHandlerOptions } from './options';
import type { CardProvider } from './providers/card-provider';
import type { WalletLogger } from './safe-logger';
import { safeLogger } from './safe-logger';

/** Default `hookTimeoutMs`. */
export const DEFAULT_HOOK_TIMEOUT_MS = 2000;

/** Options after defaults, as the route handlers use them. */
export interface HandlerConfig {
  provider: CardProvider;
  getCustomerId: WalletHandlerOptions['getCustomerId'];
  basePath: string;
  allowedOrigins: ReadonlySet<string>;
  rateLimit: RateLimit | null;
  lockReason: WalletHandlerOptions['lockReason'];
  keepAtLeast: number;
  customerLock: CustomerLockStore;
  hookTimeoutMs: number;
  audit: AuditSink | undefined;
  auditIds: AuditIds;
  logger: WalletLogger;
  now: () => number;
  providerTimeoutMs: number;
}

const consoleLogger: WalletLogger = {
  error: (message, meta) => console.error(message, meta),
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
  const limit: RateLimitOptions | false = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (limit !== false && !(limit.max >= 0 && limit.windowMs > 0)) {
    throw new TypeError('rateLimit: max must be >= 0 and windowMs > 0');
  }
  const keepAtLeast = options.keepAtLeast ?? 0;
  if (!(Number.isInteger(keepAtLeast) && keepAtLeast >= 0)) {
    throw new TypeError('keepAtLeast: must be a whole number >= 0');
  }
  const hookTimeoutMs = options.hookTimeoutMs ?? DEFAULT_HOOK_TIMEOUT_MS;
  if (!(Number.isFinite(hookTimeoutMs) && hookTimeoutMs > 0)) {
    throw new TypeError('hookTimeoutMs: must be a positive number');
  }
  return {
    provider: options.provider,
    getCustomerId: options.getCustomerId,
    basePath: normalizeBasePath(options.basePath ?? '/api/wallet'),
    allowedOrigins: allowed,
    rateLimit:
      limit === false
        ? null
        : {
            max: limit.max,
            windowMs: limit.windowMs,
            store: limit.store ?? memoryRateLimitStore({ now }),
          },
    lockReason: options.lockReason,
    keepAtLeast,
    customerLock: options.customerLock ?? memoryCustomerLock(),
    hookTimeoutMs,
    audit: options.audit,
    auditIds: auditIds(options.auditIdKey, options.provider.cardIdIsProviderToken === true),
    logger: safeLogger(options.logger ?? consoleLogger),
    now,
    providerTimeoutMs: options.providerTimeoutMs ?? 10_000,
  };
}
