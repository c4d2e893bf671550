export type { WalletActionMessages } from '../core/action-messages';
export { defaultActionMessages } from './action-messages';
export type { AddCardFlow } from './use-add-card';
export { type SetDefaultApi, useSetDefaultCard } from './use-set-default';
export {
  type DefaultButtonBehavior,
  type UseWalletActionsOptions,
  useWalletActions,
  type WalletActions,
} from './use-wallet-actions';
export { WalletCardList, type WalletCardListProps } from './wallet-card-list';
