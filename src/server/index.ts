export type { CardBrand, CardLockReason, SavedCard } from '../core/types';
export { CARD_LOCK_REASONS } from '../core/types';
export type { AuditEvent, AuditOutcome, AuditSink } from './audit';
export { INVALID_CARD_ID, NO_CARD_ID } from './audit';
export { DEFAULT_HOOK_TIMEOUT_MS } from './config';
export type {
  ProviderErrorKind,
  ProviderErrorOptions,
  ServerErrorCode,
  WalletHttpErrorOptions,
} from './errors';
export { isProviderError, isWalletHttpError, ProviderError, WalletHttpError } from './errors';
export { isValidCardId, MAX_CARD_ID_LENGTH } from './guards/card-id';
export type { CsrfCheck } from './guards/csrf';
export type {
  CrossSiteAttempt,
  CrossSiteKey,
  DeleteRateLimitOptions,
  RateLimitOptions,
} from './guards/rate-limit';
export { DEFAULT_LIST_RATE_LIMIT, DEFAULT_RATE_LIMIT } from './guards/rate-limit';
export { createWalletHandler } from './handler';
export type {
  FetchHandler,
  NodeListener,
  NodeListenerOptions,
} from './http/node-listener';
export { toNodeListener } from './http/node-listener';
export type { NodeRequest, NodeResponse } from './http/node-types';
export type { WalletHandler, WalletHandlerOptions } from './options';
export type { AdyenProviderOptions } from './providers/adyen';
export { ADYEN_TEST_BASE_URL, adyenProvider } from './providers/adyen';
export type {
  CardProvider,
  DeleteResult,
  ProviderCallContext,
  ProviderCard,
} from './providers/card-provider';
export type { EximpeProviderOptions } from './providers/eximpe';
export { EXIMPE_BASE_URLS, eximpeProvider } from './providers/eximpe';
export { isExpired } from './providers/expiry';
export type { HyperswitchProviderOptions } from './providers/hyperswitch';
export { HYPERSWITCH_BASE_URLS, hyperswitchProvider } from './providers/hyperswitch';
export type { JuspayProviderOptions } from './providers/juspay';
export { JUSPAY_BASE_URLS, juspayProvider } from './providers/juspay';
export type {
  MemoryCard,
  MemoryProvider,
  MemoryProviderOptions,
  MemorySeed,
} from './providers/memory';
export { memoryProvider } from './providers/memory';
export type { StripeProviderOptions } from './providers/stripe';
export { stripeProvider } from './providers/stripe';
export type {
  StripeAuthenticator,
  StripeCallOptions,
  StripeClient,
  StripeCustomerUpdateParams,
  StripeListParams,
} from './providers/stripe-client';
export type { WalletLogger } from './safe-logger';
export type {
  CustomerLockRequest,
  CustomerLockStore,
  HeldLock,
} from './stores/customer-lock';
export type { DefaultCardStore } from './stores/default-card-store';
export { memoryCustomerLock } from './stores/memory-customer-lock';
export { memoryDefaultCardStore } from './stores/memory-default-card-store';
export type { MemoryRateLimitStoreOptions } from './stores/memory-rate-limit-store';
export { memoryRateLimitStore } from './stores/memory-rate-limit-store';
export type { RateLimitStore } from './stores/rate-limit-store';
export type { RedisCustomerLockOptions } from './stores/redis-customer-lock';
export { DEFAULT_REDIS_LOCK_PREFIX, redisCustomerLock } from './stores/redis-customer-lock';
export type { RedisDefaultCardStoreOptions } from './stores/redis-default-card-store';
export {
  DEFAULT_REDIS_DEFAULT_CARD_PREFIX,
  redisDefaultCardStore,
} from './stores/redis-default-card-store';
export type { RedisEvalClient } from './stores/redis-eval-client';
export type { RedisRateLimitStoreOptions } from './stores/redis-rate-limit-store';
export {
  DEFAULT_REDIS_RATE_LIMIT_PREFIX,
  redisRateLimitStore,
} from './stores/redis-rate-limit-store';
