export type { WalletActionMessages } from './core/action-messages';
export { cardLabel } from './core/card-label';
export { describeCooldown } from './core/describe-cooldown';
export { describeError } from './core/describe-error';
export { isExpiringSoon } from './core/expiring-soon';
export { formatExpiry } from './core/format-expiry';
export {
  createHttpWalletClient,
  type HttpWalletClientOptions,
} from './core/http-wallet-client';
export {
  defaultMessages,
  mergeMessages,
  type WalletMessages,
  type WalletMessagesOverrides,
} from './core/messages';
export type { Notify, WalletEvent, WalletNotification } from './core/notification';
export {
  CARD_BRANDS,
  CARD_LOCK_REASONS,
  CARD_UPDATE_FIELDS,
  type CardBrand,
  type CardLockReason,
  type CardUpdate,
  type CardUpdateField,
  type SavedCard,
} from './core/types';
export type {
  DeleteCardOptions,
  DeletedCard,
  WalletClient,
  WalletRequestOptions,
} from './core/wallet-client';
export {
  isWalletError,
  WALLET_ERROR_STATUS,
  WalletError,
  type WalletErrorCode,
  type WalletErrorOptions,
} from './core/wallet-error';
export { cardsQueryOptions } from './query/cards-query-options';
export {
  type BulkButtonBehavior,
  type CardRemoval,
  type LockReasonProps,
  type RemovalDialogProps,
  type RemovalHeadingProps,
  type RemovalTarget,
  type RemoveButtonBehavior,
  useCardRemoval,
} from './query/use-card-removal';
export {
  type RemoveCardApi,
  type UseRemoveCardOptions,
  useRemoveCard,
} from './query/use-remove-card';
export { type SavedCardsResult, useSavedCards } from './query/use-saved-cards';
export { useRemovalCooldown } from './query/use-wallet-controller';
export { useWalletContext, type WalletContextValue } from './query/wallet-context';
export { walletKeys } from './query/wallet-keys';
export { BrandMark } from './ui/brand-mark';
export type { CardRowParts, RemoveButtonProps } from './ui/card-row';
export { SavedCardList, type SavedCardListProps } from './ui/saved-card-list';
export { WalletProvider, type WalletProviderProps } from './ui/wallet-provider';
