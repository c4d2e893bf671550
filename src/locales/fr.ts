import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const fr = pluralsFor('fr');
// French sets a no-break space before "?" so the mark never wraps onto a line of its own.
const ASK = '\u00a0?';

/**
 * French, "vous" as banks' apps write. Pass with the locale:
 * `<WalletProvider locale="fr" messages={frMessages}>`.
 */
export const frMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: 'Cartes enregistrées',
  // Brand names stay as printed on the card.
  brands: { ...BRAND_NAMES, unknown: 'Carte' },
  // "Visa se terminant par 4242".
  cardName: (brand, last4) => `${brand} se terminant par ${last4}`,
  expires: (expiry) => `Expire fin ${expiry}`,
  expired: (expiry) => `Expirée depuis ${expiry}`,
  defaultBadge: 'Par défaut',
  expiresSoon: 'Expire bientôt',
  lockReasons: {
    subscription: 'Utilisée pour un abonnement',
    pending_payment: 'Utilisée pour un paiement en cours',
    last_card: 'Gardez au moins une carte enregistrée',
    other: 'Impossible de la supprimer pour le moment',
  },
  remove: 'Supprimer',
  removeButton: (cardName) => `Supprimer ${cardName}`,
  replace: 'Remplacer',
  replaceButton: (cardName) => `Remplacer ${cardName}`,
  nextDefault: (cardName) => `${cardName} deviendra votre carte par défaut.`,
  confirmTitle: (cardName) => `Supprimer ${cardName}${ASK}`,
  confirmDescription: 'Cette action est définitive.',
  cancel: 'Annuler',
  confirm: 'Supprimer la carte',
  empty: 'Aucune carte enregistrée',
  emptyDescription: 'Les cartes enregistrées lors d’un paiement apparaîtront ici.',
  loading: 'Chargement des cartes enregistrées…',
  loadFailed: 'Impossible de charger vos cartes enregistrées.',
  retry: 'Réessayer',
  dismiss: 'Fermer',
  notifications: 'Notifications',
  removed: (cardName) => `${cardName} supprimée`,
  // "one" is 0 and 1 ("0 carte"); "many" is for millions ("1 million de cartes").
  removeExpired: fr({
    one: 'Supprimer {count} carte expirée',
    many: 'Supprimer {count} de cartes expirées',
    other: 'Supprimer {count} cartes expirées',
  }),
  removeExpiredTitle: fr({
    one: `Supprimer {count} carte expirée${ASK}`,
    many: `Supprimer {count} de cartes expirées${ASK}`,
    other: `Supprimer {count} cartes expirées${ASK}`,
  }),
  removeExpiredConfirm: 'Supprimer les cartes',
  cardsRemoved: fr({
    one: '{count} carte supprimée',
    many: '{count} de cartes supprimées',
    other: '{count} cartes supprimées',
  }),
  cardsFailed: fr({
    one: 'Impossible de supprimer {count} carte.',
    many: 'Impossible de supprimer {count} de cartes.',
    other: 'Impossible de supprimer {count} cartes.',
  }),
  undoable: fr({
    one: 'Vous pouvez annuler pendant {count} seconde.',
    many: 'Vous pouvez annuler pendant {count} de secondes.',
    other: 'Vous pouvez annuler pendant {count} secondes.',
  }),
  undo: 'Annuler',
  restored: (cardName) => `${cardName} restaurée`,
  undoCountdown: fr({
    one: 'Encore {count} s',
    many: 'Encore {count} s',
    other: 'Encore {count} s',
  }),
  rateLimited: fr({
    one: 'Trop de tentatives. Réessayez dans {count} seconde.',
    many: 'Trop de tentatives. Réessayez dans {count} de secondes.',
    other: 'Trop de tentatives. Réessayez dans {count} secondes.',
  }),
  errors: {
    unauthenticated: 'Votre session a expiré. Reconnectez-vous pour gérer vos cartes.',
    forbidden: 'Cette demande a été bloquée.',
    card_not_found: 'Cette carte a déjà été supprimée.',
    card_in_use: 'Cette carte est utilisée pour un paiement en cours.',
    card_expired: 'Cette carte a expiré et ne peut pas devenir votre carte par défaut.',
    invalid_request: 'Une erreur s’est produite. Réessayez.',
    provider_error: 'Impossible de supprimer la carte.',
    network_error: 'Vous êtes hors ligne ou la connexion a échoué.',
    invalid_response: 'Une erreur s’est produite.',
  },
};
