import type { SavedCard } from '../core/types';
import type { AuditSink } from './audit';
import type { AuditIds } from './audit-id';
import { auditIds } from './audit-id';
import { normalizeOrigin } from './csrf';
import type { CardProvider } from './provider';
import type { RateLimitOptions, RateLimitStore } from './rate-limit';
import { DEFAULT_RATE_LIMIT, memoryRateLimitStore } from './rate-limit';
import { normalizeBasePath } from './routes';
import { safeLogger } from './safe-logger';

/** Where the handler reports failures it hides from the browser; defaults to `console`. */
export interface WalletLogger {
  error(message: string, meta: Record<string, unknown>): void;
}

/** Options for {@link createWalletHandler} (DESIGN §6). */
export interface WalletHandlerOptions {
  /** The adapter that talks to the payment provider. */
  provider: CardProvider;
  /** The signed-in customer from the merchant's own session; null when there is none. */
  getCustomerId: (req: Request) => string | null | Promise<string | null>;
  /** Where the routes live; default `/api/wallet`. */
  basePath?: string;
  /** Origins besides the request's own that may DELETE (e.g. behind a proxy); not CORS. */
  allowedOrigins?: string[];
  /** DELETE attempts per customer; default 30 a minute; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Merchant veto, e.g. a payment in progress; false answers `card_in_use`. */
  canDelete?: (card: SavedCard, customerId: string) => boolean | Promise<boolean>;
  /** One event per delete attempt, allowed or refused. */
  audit?: AuditSink;
  /**
   * Key for the HMAC that stands in for card ids that are provider tokens (Eximpe) in the
   * audit; default a random key per process (digests then match only within the process).
   */
  auditIdKey?: string | Uint8Array;
  /** Receives server-side failure detail (never provider text); default `console.error`. */
  logger?: WalletLogger;
  /** Clock in epoch milliseconds, for audit times and rate limits; tests inject one. */
  now?: () => number;
  /** Upper bound on each provider call, on top of the adapter's own; default 10 000 ms. */
  providerTimeoutMs?: number;
}

/** A Fetch-API request handler; `basePath` lets adapters route only its own URLs to it. */
export interface WalletHandler {
  (req: Request): Promise<Response>;
  readonly basePath: string;
}

/** Options after defaults, as the route handlers use them. */
export interface HandlerConfig {
  provider: CardProvider;
  getCustomerId: WalletHandlerOptions['getCustomerId'];
  basePath: string;
  allowedOrigins: ReadonlySet<string>;
  rateLimit: { max: number; windowMs: number; store: RateLimitStore } | null;
  canDelete: WalletHandlerOptions['canDelete'];
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
    canDelete: options.canDelete,
    audit: options.audit,
    auditIds: auditIds(options.auditIdKey, options.provider.cardIdIsProviderToken === true),
    logger: safeLogger(options.logger ?? consoleLogger),
    now,
    providerTimeoutMs: options.providerTimeoutMs ?? 10_000,
  };
}
