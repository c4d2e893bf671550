import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

// Japanese has one plural form; counts take the counter 枚 for cards.
const ja = pluralsFor('ja');

/**
 * Japanese, polite です・ます for sentences and plain verbs on buttons, as card issuers' apps write. The
 * strings of the wallet's actions (`saved-card-kit/wallet`): the default card, duplicates, adding a
 * card. Pass them with the list's set: `messages={{ ...jaMessages, ...jaActionMessages }}`.
 */
export const jaActionMessages: WalletActionMessages = {
  updatedByBank: '銀行が更新しました',
  savedTwice: '重複して保存',
  possiblySavedTwice: '重複の可能性',
  removeDuplicates: ja({ other: '重複したカード{count}枚を削除' }),
  removeDuplicatesTitle: ja({ other: '重複したカード{count}枚を削除しますか？' }),
  duplicatesKept: '各カードは1枚ずつ残ります。',
  addCard: 'カードを追加',
  cardAdded: (cardName) => `${cardName}を追加しました`,
  makeDefault: 'メインにする',
  makeDefaultButton: (cardName) => `${cardName}をメインにする`,
  defaultSet: (cardName) => `${cardName}がメインのカードになりました`,
  defaultFailed: 'メインのカードを変更できませんでした。',
};
