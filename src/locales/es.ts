import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const es = pluralsFor('es');

/**
 * Spanish, neutral for Spain and Latin America, "tú" as most banks' apps now write. Pass with
 * the locale: `<WalletProvider locale="es" messages={esMessages}>`.
 */
export const esMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: 'Tarjetas guardadas',
  // Brand names stay as printed on the card.
  brands: { ...BRAND_NAMES, unknown: 'Tarjeta' },
  // "Visa terminada en 4242".
  cardName: (brand, last4) => `${brand} terminada en ${last4}`,
  expires: (expiry) => `Vence ${expiry}`,
  expired: (expiry) => `Venció ${expiry}`,
  defaultBadge: 'Predeterminada',
  expiresSoon: 'Vence pronto',
  lockReasons: {
    subscription: 'Se usa en una suscripción',
    pending_payment: 'Se usa en un pago en curso',
    last_card: 'Debes tener al menos una tarjeta',
    other: 'No se puede eliminar ahora',
  },
  remove: 'Eliminar',
  removeButton: (cardName) => `Eliminar ${cardName}`,
  replace: 'Reemplazar',
  replaceButton: (cardName) => `Reemplazar ${cardName}`,
  nextDefault: (cardName) => `${cardName} pasará a ser tu tarjeta predeterminada.`,
  confirmTitle: (cardName) => `¿Eliminar ${cardName}?`,
  confirmDescription: 'No se puede deshacer.',
  cancel: 'Cancelar',
  confirm: 'Eliminar tarjeta',
  empty: 'No tienes tarjetas guardadas',
  emptyDescription: 'Aquí verás las tarjetas que guardes al pagar.',
  loading: 'Cargando tarjetas guardadas…',
  loadFailed: 'No pudimos cargar tus tarjetas guardadas.',
  retry: 'Reintentar',
  dismiss: 'Cerrar',
  notifications: 'Notificaciones',
  removed: (cardName) => `${cardName} eliminada`,
  // "many" is for millions: "1 millón de tarjetas".
  removeExpired: es({
    one: 'Eliminar {count} tarjeta vencida',
    many: 'Eliminar {count} de tarjetas vencidas',
    other: 'Eliminar {count} tarjetas vencidas',
  }),
  removeExpiredTitle: es({
    one: '¿Eliminar {count} tarjeta vencida?',
    many: '¿Eliminar {count} de tarjetas vencidas?',
    other: '¿Eliminar {count} tarjetas vencidas?',
  }),
  removeExpiredConfirm: 'Eliminar tarjetas',
  cardsRemoved: es({
    one: '{count} tarjeta eliminada',
    many: '{count} de tarjetas eliminadas',
    other: '{count} tarjetas eliminadas',
  }),
  cardsFailed: es({
    one: 'No se pudo eliminar {count} tarjeta.',
    many: 'No se pudieron eliminar {count} de tarjetas.',
    other: 'No se pudieron eliminar {count} tarjetas.',
  }),
  undoable: es({
    one: 'Puedes deshacerlo durante {count} segundo.',
    many: 'Puedes deshacerlo durante {count} de segundos.',
    other: 'Puedes deshacerlo durante {count} segundos.',
  }),
  undo: 'Deshacer',
  restored: (cardName) => `${cardName} restaurada`,
  undoCountdown: es({
    one: 'Queda {count} s',
    many: 'Quedan {count} s',
    other: 'Quedan {count} s',
  }),
  rateLimited: es({
    one: 'Demasiados intentos. Vuelve a intentarlo en {count} segundo.',
    many: 'Demasiados intentos. Vuelve a intentarlo en {count} de segundos.',
    other: 'Demasiados intentos. Vuelve a intentarlo en {count} segundos.',
  }),
  errors: {
    unauthenticated: 'Tu sesión caducó. Vuelve a iniciar sesión para gestionar tus tarjetas.',
    forbidden: 'Se bloqueó esta solicitud.',
    card_not_found: 'Esta tarjeta ya se eliminó.',
    card_in_use: 'Esta tarjeta se está usando en un pago en curso.',
    card_expired: 'Esta tarjeta venció, así que no puede ser tu tarjeta predeterminada.',
    invalid_request: 'Algo salió mal. Inténtalo de nuevo.',
    provider_error: 'No pudimos eliminar la tarjeta.',
    network_error: 'No tienes conexión o la conexión falló.',
    invalid_response: 'Algo salió mal.',
  },
};
