import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

// Japanese has one plural form; counts take the counter 枚 for cards.
const ja = pluralsFor('ja');

/**
 * Japanese, polite です・ます for sentences and plain verbs on buttons, as card issuers' apps
 * write. Pass with the locale: `<WalletProvider locale="ja" messages={jaMessages}>`.
 */
export const jaMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: '保存済みのカード',
  // Brand names stay as printed on the card.
  brands: { ...BRAND_NAMES, unknown: 'カード' },
  // "Visa（末尾4242）".
  cardName: (brand, last4) => `${brand}（末尾${last4}）`,
  expires: (expiry) => `有効期限 ${expiry}`,
  expired: (expiry) => `期限切れ ${expiry}`,
  defaultBadge: 'メイン',
  expiresSoon: 'まもなく期限切れ',
  lockReasons: {
    subscription: '定期購入で利用中',
    pending_payment: '処理中の支払いで利用中',
    last_card: 'カードは1枚以上必要です',
    other: '現在は削除できません',
  },
  remove: '削除',
  removeButton: (cardName) => `${cardName}を削除`,
  replace: '変更',
  replaceButton: (cardName) => `${cardName}を変更`,
  nextDefault: (cardName) => `${cardName}がメインのカードになります。`,
  confirmTitle: (cardName) => `${cardName}を削除しますか？`,
  confirmDescription: 'この操作は取り消せません。',
  cancel: 'キャンセル',
  confirm: 'カードを削除',
  empty: '保存済みのカードはありません',
  emptyDescription: 'お支払い時に保存したカードがここに表示されます。',
  loading: '保存済みのカードを読み込み中…',
  loadFailed: '保存済みのカードを読み込めませんでした。',
  retry: '再試行',
  dismiss: '閉じる',
  notifications: '通知',
  removed: (cardName) => `${cardName}を削除しました`,
  removeExpired: ja({ other: '期限切れのカード{count}枚を削除' }),
  removeExpiredTitle: ja({ other: '期限切れのカード{count}枚を削除しますか？' }),
  removeExpiredConfirm: 'カードを削除',
  cardsRemoved: ja({ other: '{count}枚のカードを削除しました' }),
  cardsFailed: ja({ other: '{count}枚のカードを削除できませんでした。' }),
  undoable: ja({ other: '{count}秒以内なら取り消せます。' }),
  undo: '元に戻す',
  restored: (cardName) => `${cardName}を元に戻しました`,
  undoCountdown: ja({ other: '残り{count}秒' }),
  rateLimited: ja({ other: '試行回数が多すぎます。{count}秒後にもう一度お試しください。' }),
  errors: {
    unauthenticated: 'ログインの有効期限が切れました。もう一度ログインしてください。',
    forbidden: 'このリクエストはブロックされました。',
    card_not_found: 'このカードはすでに削除されています。',
    card_in_use: 'このカードは処理中の支払いで利用されています。',
    card_expired: 'このカードは有効期限が切れているため、メインのカードにできません。',
    invalid_request: '問題が発生しました。もう一度お試しください。',
    provider_error: 'カードを削除できませんでした。',
    network_error: 'オフラインか、接続に失敗しました。',
    invalid_response: '問題が発生しました。',
  },
};
