/**
 * The strings of the wallet's actions beyond removal (`saved-card-kit/wallet`: cards the bank
 * updated, duplicates, adding a card, the default card). Apart from the list's `WalletMessages`
 * so a list that only removes cards carries none of them, and each locale ships them as an entry
 * of its own (`saved-card-kit/locales/actions/<tag>`). Pass them with the list's messages:
 * `messages={{ ...hiINMessages, ...hiINActionMessages }}`.
 */
export interface WalletActionMessages {
  /** The badge of a card whose expiry or number the bank changed, until seen (docs/browser-api.md). */
  updatedByBank: string;
  /** A card saved again: said in the row of the repeat, the copy "Remove duplicate cards" removes. */
  savedTwice: string;
  /** The row of a card that only looks like another (brand, last 4, expiry, holder): never removed in bulk. */
  possiblySavedTwice: string;
  /** The bulk button for confirmed repeats, "Remove 2 duplicate cards". */
  removeDuplicates: (count: string, n: number) => string;
  /** Its confirm's title, "Remove 2 duplicate cards?". */
  removeDuplicatesTitle: (count: string, n: number) => string;
  /** Its confirm's first sentence, before `confirmDescription`: the card each repeats stays. */
  duplicatesKept: string;
  /** The button that hands over to the host's add-card flow (with `onAddCard`). */
  addCard: string;
  /** Said once the host's flow has saved a card and the list shows it: "Visa ending in 4242 added". */
  cardAdded: (cardName: string) => string;
  /** The visible text of the button that makes a card the default, "Make default". */
  makeDefault: string;
  /**
   * That button's name, "Make default: Visa ending in 4242": it holds the visible text whole,
   * so speech input finds the button by what it shows (WCAG 2.5.3).
   */
  makeDefaultButton: (cardName: string) => string;
  /** Said once the server agreed: "Visa ending in 4242 is now your default card". */
  defaultSet: (cardName: string) => string;
  /** The title of the toast after a failed default change, "We couldn't change your default card.". */
  defaultFailed: string;
}
