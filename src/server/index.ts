export type { CardLockReason } from '../core/types';
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
export { isExpired } from './expiry';
export type {
  CustomerLockRequest,
  CustomerLockStore,
  ReleaseLock,
} from './guards/customer-lock';
export { memoryCustomerLock } from './guards/customer-lock';
export type { RedisCustomerLockOptions } from './guards/redis-customer-lock';
export { DEFAULT_REDIS_LOCK_PREFIX, redisCustomerLock } from './guards/redis-customer-lock';
export { createWalletHandler } from './handler';
export type { NodeRequest } from './http/node-request';
export { isValidCardId, MAX_CARD_ID_LENGTH } from './ids';
export type { FetchHandler, NodeListener, NodeListenerOptions, NodeResponse } from './node';
export { toNodeListener } from './node';
export type { WalletHandler, WalletHandlerOptions, WalletLogger } from './options';
export type { CardProvider, DeleteResult, ProviderCallContext, ProviderCard } from './provider';
export type { AdyenProviderOptions } from './providers/adyen';
export { ADYEN_TEST_BASE_URL, adyenProvider } from './providers/adyen';
export type { EximpeProviderOptions } from './providers/eximpe';
export { EXIMPE_BASE_URLS, eximpeProvider } from './providers/eximpe';
export type { HyperswitchProviderOptions } from './providers/hyperswitch';
export { HYPERSWITCH_BASE_URLS, hyperswitchProvider } from './providers/hyperswitch';
export type { JuspayProviderOptions } from './providers/juspay';
export { JUSPAY_BASE_URLS, juspayProvider } from './providers/juspay';
export type { MemoryProvider, MemoryProviderOptions, MemorySeed } from './providers/memory';
export { memoryProvider } from './providers/memory';
export type { StripeProviderOptions } from './providers/stripe';
export { stripeProvider } from './providers/stripe';
export type { StripeCallOptions, StripeClient, StripeListParams } from './providers/stripe-client';
export type { MemoryRateLimitStoreOptions, RateLimitOptions, RateLimitStore } from './rate-limit';
export { DEFAULT_RATE_LIMIT, memoryRateLimitStore } from './rate-limit';
export type { RedisEvalClient, RedisRateLimitStoreOptions } from './redis-rate-limit-store';
export { DEFAULT_REDIS_RATE_LIMIT_PREFIX, redisRateLimitStore } from './redis-rate-limit-store';
