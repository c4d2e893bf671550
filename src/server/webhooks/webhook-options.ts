import { DEFAULT_HOOK_TIMEOUT_MS } from '../config';
import { normalizeBasePath } from '../http/routes';
import { countOption, durationOption, functionOption } from '../option-rules';
import type { WalletLogger } from '../safe-logger';
import { safeLogger } from '../safe-logger';
import type { CardUpdateStore } from '../stores/card-update-store';
import type { CardUpdateSource } from './card-update-source';
import type { SignatureWarnings } from './signature-warnings';
import { signatureWarnings } from './signature-warnings';
import type { WebhookAuditSink } from './webhook-audit';

/** Options for {@link createWalletWebhookHandler} (docs/server.md "Card updates"). */
export interface WalletWebhookHandlerOptions {
  /** One source per provider; each answers `POST {basePath}/webhooks/{source.provider}`. */
  providers: CardUpdateSource[];
  /** Where verified updates go; give the wallet handler the same store so the list shows them. */
  cardUpdateStore: CardUpdateStore;
  /** Where the routes live; default `/api/wallet`, as the wallet handler's. */
  basePath?: string;
  /** The largest body read, in bytes; default and least 256 KiB. */
  maxBodyBytes?: number;
  /** One event per delivery: accepted, replayed, ignored or refused. */
  audit?: WebhookAuditSink;
  /** Failures (`error`) and refused signatures (`warn`), never a body, a signature or a secret; default `console`. */
  logger?: WalletLogger;
  /** Budget for each store and audit call; default 2000 ms. */
  hookTimeoutMs?: number;
  /** Clock in epoch milliseconds; tests inject one. */
  now?: () => number;
}

/** Default and least `maxBodyBytes`: 256 KiB. */
export const MIN_WEBHOOK_BODY_BYTES = 256 * 1024;

const OWNER = 'createWalletWebhookHandler';
const PROVIDER_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;

const consoleLogger: WalletLogger = {
  error: (message, meta) => console.error(message, meta),
  warn: (message, meta) => console.warn(message, meta),
};

/** Options after defaults, as the webhook handler uses them. */
export interface WebhookConfig {
  sources: ReadonlyMap<string, CardUpdateSource>;
  store: CardUpdateStore;
  basePath: string;
  maxBodyBytes: number;
  audit: WebhookAuditSink | undefined;
  logger: Required<WalletLogger>;
  warnSignature: SignatureWarnings;
  hookTimeoutMs: number;
  now: () => number;
}

export function resolveWebhookOptions(options: WalletWebhookHandlerOptions): WebhookConfig {
  const sources = new Map<string, CardUpdateSource>();
  if (!Array.isArray(options.providers) || options.providers.length === 0) {
    throw new TypeError(`${OWNER}: providers must list at least one source`);
  }
  for (const source of options.providers) {
    if (typeof source?.verify !== 'function' || !PROVIDER_NAME.test(String(source.provider))) {
      throw new TypeError(
        `${OWNER}: each provider must be a card update source with a name like "stripe"`,
      );
    }
    if (sources.has(source.provider)) {
      throw new TypeError(`${OWNER}: two sources for ${source.provider}`);
    }
    sources.set(source.provider, source);
  }
  const store = options.cardUpdateStore;
  if (typeof store?.record !== 'function') {
    throw new TypeError(
      `${OWNER}: cardUpdateStore is required (memoryCardUpdateStore, redisCardUpdateStore)`,
    );
  }
  functionOption(OWNER, 'audit', options.audit);
  functionOption(OWNER, 'now', options.now);
  const logger = safeLogger(options.logger ?? consoleLogger);
  const now = options.now ?? Date.now;
  return {
    sources,
    store,
    basePath: normalizeBasePath(options.basePath ?? '/api/wallet'),
    maxBodyBytes: countOption(
      OWNER,
      'maxBodyBytes',
      options.maxBodyBytes,
      MIN_WEBHOOK_BODY_BYTES,
      MIN_WEBHOOK_BODY_BYTES,
    ),
    audit: options.audit,
    logger,
    warnSignature: signatureWarnings(logger, now),
    hookTimeoutMs: durationOption(
      OWNER,
      'hookTimeoutMs',
      options.hookTimeoutMs,
      DEFAULT_HOOK_TIMEOUT_MS,
    ),
    now,
  };
}
