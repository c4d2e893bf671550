// saved-card-kit/wallet: the wallet's actions beyond removal (the default card, duplicates,
// adding a card), an entry of their own so a host that shows only the list pays for none of them.
// (Stub of the locale split: the actions' components and hooks join it.)
export type { WalletActionMessages } from '../core/action-messages';
export { defaultActionMessages } from './action-messages';
