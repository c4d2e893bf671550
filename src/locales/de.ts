import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const de = pluralsFor('de');

/**
 * German, "Sie" as banks' apps write. Pass with the locale:
 * `<WalletProvider locale="de" messages={deMessages}>`.
 */
export const deMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: 'Gespeicherte Karten',
  // Brand names stay as printed on the card.
  brands: { ...BRAND_NAMES, unknown: 'Karte' },
  // "Visa mit Endziffern 4242".
  cardName: (brand, last4) => `${brand} mit Endziffern ${last4}`,
  expires: (expiry) => `Gültig bis ${expiry}`,
  expired: (expiry) => `Abgelaufen ${expiry}`,
  defaultBadge: 'Standard',
  expiresSoon: 'Läuft bald ab',
  lockReasons: {
    subscription: 'Für ein Abo verwendet',
    pending_payment: 'Für eine laufende Zahlung verwendet',
    last_card: 'Mindestens eine Karte muss bleiben',
    other: 'Kann gerade nicht entfernt werden',
  },
  remove: 'Entfernen',
  removeButton: (cardName) => `${cardName} entfernen`,
  replace: 'Ersetzen',
  replaceButton: (cardName) => `${cardName} ersetzen`,
  nextDefault: (cardName) => `${cardName} wird Ihre Standardkarte.`,
  confirmTitle: (cardName) => `${cardName} entfernen?`,
  confirmDescription: 'Das lässt sich nicht rückgängig machen.',
  cancel: 'Abbrechen',
  confirm: 'Karte entfernen',
  empty: 'Keine gespeicherten Karten',
  emptyDescription: 'Karten, die Sie beim Bezahlen speichern, erscheinen hier.',
  loading: 'Gespeicherte Karten werden geladen…',
  loadFailed: 'Ihre gespeicherten Karten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  dismiss: 'Schließen',
  notifications: 'Benachrichtigungen',
  removed: (cardName) => `${cardName} entfernt`,
  removeExpired: de({
    one: '{count} abgelaufene Karte entfernen',
    other: '{count} abgelaufene Karten entfernen',
  }),
  removeExpiredTitle: de({
    one: '{count} abgelaufene Karte entfernen?',
    other: '{count} abgelaufene Karten entfernen?',
  }),
  removeExpiredConfirm: 'Karten entfernen',
  cardsRemoved: de({ one: '{count} Karte entfernt', other: '{count} Karten entfernt' }),
  cardsFailed: de({
    one: '{count} Karte konnte nicht entfernt werden.',
    other: '{count} Karten konnten nicht entfernt werden.',
  }),
  undoable: de({
    one: 'Sie können das {count} Sekunde lang rückgängig machen.',
    other: 'Sie können das {count} Sekunden lang rückgängig machen.',
  }),
  undo: 'Rückgängig',
  restored: (cardName) => `${cardName} wiederhergestellt`,
  undoCountdown: de({ one: 'Noch {count} s', other: 'Noch {count} s' }),
  rateLimited: de({
    one: 'Zu viele Versuche. Bitte in {count} Sekunde erneut versuchen.',
    other: 'Zu viele Versuche. Bitte in {count} Sekunden erneut versuchen.',
  }),
  errors: {
    unauthenticated:
      'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Ihre Karten zu verwalten.',
    forbidden: 'Diese Anfrage wurde blockiert.',
    card_not_found: 'Diese Karte wurde bereits entfernt.',
    card_in_use: 'Diese Karte wird für eine laufende Zahlung verwendet.',
    card_expired: 'Diese Karte ist abgelaufen und kann nicht Ihre Standardkarte werden.',
    invalid_request: 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
    provider_error: 'Die Karte konnte nicht entfernt werden.',
    network_error: 'Sie sind offline oder die Verbindung ist fehlgeschlagen.',
    invalid_response: 'Etwas ist schiefgelaufen.',
  },
};
