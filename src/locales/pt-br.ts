import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const pt = pluralsFor('pt-BR');

/**
 * Portuguese (Brazil), "você" as Brazilian banks' apps write. Pass with the locale:
 * `<WalletProvider locale="pt-BR" messages={ptBRMessages}>`.
 */
export const ptBRMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: 'Cartões salvos',
  // Brand names stay as printed on the card.
  brands: { ...BRAND_NAMES, unknown: 'Cartão' },
  // "Visa final 4242", as Brazilian apps name a card.
  cardName: (brand, last4) => `${brand} final ${last4}`,
  expires: (expiry) => `Validade ${expiry}`,
  expired: (expiry) => `Venceu em ${expiry}`,
  defaultBadge: 'Principal',
  expiresSoon: 'Vence em breve',
  lockReasons: {
    subscription: 'Usado em uma assinatura',
    pending_payment: 'Usado em um pagamento em andamento',
    last_card: 'Mantenha pelo menos um cartão salvo',
    other: 'Não pode ser removido agora',
  },
  remove: 'Remover',
  removeButton: (cardName) => `Remover ${cardName}`,
  replace: 'Trocar',
  replaceButton: (cardName) => `Trocar ${cardName}`,
  nextDefault: (cardName) => `${cardName} passará a ser seu cartão principal.`,
  confirmTitle: (cardName) => `Remover ${cardName}?`,
  confirmDescription: 'Não é possível desfazer.',
  cancel: 'Cancelar',
  confirm: 'Remover cartão',
  empty: 'Nenhum cartão salvo',
  emptyDescription: 'Os cartões que você salvar ao pagar aparecem aqui.',
  loading: 'Carregando cartões salvos…',
  loadFailed: 'Não foi possível carregar seus cartões salvos.',
  retry: 'Tentar de novo',
  dismiss: 'Fechar',
  notifications: 'Notificações',
  removed: (cardName) => `${cardName} removido`,
  // "one" is 0 and 1 in Brazil ("0 cartão"); "many" is for millions ("1 milhão de cartões").
  removeExpired: pt({
    one: 'Remover {count} cartão vencido',
    many: 'Remover {count} de cartões vencidos',
    other: 'Remover {count} cartões vencidos',
  }),
  removeExpiredTitle: pt({
    one: 'Remover {count} cartão vencido?',
    many: 'Remover {count} de cartões vencidos?',
    other: 'Remover {count} cartões vencidos?',
  }),
  removeExpiredConfirm: 'Remover cartões',
  cardsRemoved: pt({
    one: '{count} cartão removido',
    many: '{count} de cartões removidos',
    other: '{count} cartões removidos',
  }),
  cardsFailed: pt({
    one: 'Não foi possível remover {count} cartão.',
    many: 'Não foi possível remover {count} de cartões.',
    other: 'Não foi possível remover {count} cartões.',
  }),
  undoable: pt({
    one: 'Você pode desfazer em até {count} segundo.',
    many: 'Você pode desfazer em até {count} de segundos.',
    other: 'Você pode desfazer em até {count} segundos.',
  }),
  undo: 'Desfazer',
  restored: (cardName) => `${cardName} restaurado`,
  undoCountdown: pt({
    one: 'Falta {count} s',
    many: 'Faltam {count} s',
    other: 'Faltam {count} s',
  }),
  rateLimited: pt({
    one: 'Muitas tentativas. Tente de novo em {count} segundo.',
    many: 'Muitas tentativas. Tente de novo em {count} de segundos.',
    other: 'Muitas tentativas. Tente de novo em {count} segundos.',
  }),
  errors: {
    unauthenticated: 'Sua sessão expirou. Entre de novo para gerenciar seus cartões.',
    forbidden: 'Esta solicitação foi bloqueada.',
    card_not_found: 'Este cartão já foi removido.',
    card_in_use: 'Este cartão está sendo usado em um pagamento em andamento.',
    card_expired: 'Este cartão está vencido e não pode ser o seu cartão principal.',
    invalid_request: 'Algo deu errado. Tente de novo.',
    provider_error: 'Não foi possível remover o cartão.',
    network_error: 'Você está sem internet ou a conexão falhou.',
    invalid_response: 'Algo deu errado.',
  },
};
