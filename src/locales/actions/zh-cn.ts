import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

// Chinese has one plural form; counts take the measure word 张 for cards.
const zh = pluralsFor('zh-CN');

/**
 * Simplified Chinese, as mainland banks' and wallets' apps write. The strings of the wallet's
 * actions (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default
 * card. Pass them with the list's set: `messages={{ ...zhCNMessages, ...zhCNActionMessages }}`.
 */
export const zhCNActionMessages: WalletActionMessages = {
  updatedByBank: '已由您的银行更新',
  savedTwice: '重复保存',
  possiblySavedTwice: '可能重复保存',
  removeDuplicates: zh({ other: '删除{count}张重复卡' }),
  removeDuplicatesTitle: zh({ other: '删除{count}张重复卡？' }),
  duplicatesKept: '每张卡都会保留一张。',
  addCard: '添加银行卡',
  cardAdded: (cardName) => `已添加${cardName}`,
  makeDefault: '设为默认',
  makeDefaultButton: (cardName) => `将${cardName}设为默认`,
  defaultSet: (cardName) => `${cardName}现在是您的默认卡`,
  defaultFailed: '无法更改您的默认卡。',
};
