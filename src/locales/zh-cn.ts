import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

// Chinese has one plural form; counts take the measure word 张 for cards.
const zh = pluralsFor('zh-CN');

/**
 * Simplified Chinese, as mainland banks' and wallets' apps write. Pass with the locale:
 * `<WalletProvider locale="zh-CN" messages={zhCNMessages}>`.
 */
export const zhCNMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: '已保存的银行卡',
  // Brand names stay Latin, as printed on the card; UnionPay cards print 银联 too.
  brands: { ...BRAND_NAMES, unionpay: '银联', unknown: '银行卡' },
  // "Visa（尾号4242）".
  cardName: (brand, last4) => `${brand}（尾号${last4}）`,
  expires: (expiry) => `有效期至 ${expiry}`,
  expired: (expiry) => `已于 ${expiry} 过期`,
  defaultBadge: '默认',
  expiresSoon: '即将过期',
  lockReasons: {
    subscription: '正用于订阅扣款',
    pending_payment: '正用于一笔进行中的付款',
    last_card: '至少需保留一张卡',
    other: '暂时无法删除',
  },
  remove: '删除',
  removeButton: (cardName) => `删除${cardName}`,
  replace: '更换',
  replaceButton: (cardName) => `更换${cardName}`,
  nextDefault: (cardName) => `${cardName}将成为您的默认卡。`,
  confirmTitle: (cardName) => `删除${cardName}？`,
  confirmDescription: '删除后无法恢复。',
  cancel: '取消',
  confirm: '删除银行卡',
  empty: '没有已保存的银行卡',
  emptyDescription: '付款时保存的银行卡会显示在这里。',
  loading: '正在加载已保存的银行卡…',
  loadFailed: '无法加载已保存的银行卡。',
  retry: '重试',
  dismiss: '关闭',
  notifications: '通知',
  removed: (cardName) => `已删除${cardName}`,
  removeExpired: zh({ other: '删除{count}张过期卡' }),
  removeExpiredTitle: zh({ other: '删除{count}张过期卡？' }),
  removeExpiredConfirm: '删除银行卡',
  cardsRemoved: zh({ other: '已删除{count}张卡' }),
  cardsFailed: zh({ other: '{count}张卡未能删除。' }),
  undoable: zh({ other: '{count}秒内可撤销。' }),
  undo: '撤销',
  restored: (cardName) => `已恢复${cardName}`,
  undoCountdown: zh({ other: '剩余{count}秒' }),
  rateLimited: zh({ other: '尝试次数过多，请{count}秒后重试。' }),
  errors: {
    unauthenticated: '登录已过期，请重新登录后管理银行卡。',
    forbidden: '该请求已被拦截。',
    card_not_found: '这张卡已被删除。',
    card_in_use: '这张卡正用于一笔进行中的付款。',
    card_expired: '这张卡已过期，无法设为默认卡。',
    invalid_request: '出了点问题，请重试。',
    provider_error: '无法删除这张卡。',
    network_error: '网络已断开或连接失败。',
    invalid_response: '出了点问题。',
  },
};
