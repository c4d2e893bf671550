import type { WalletMessages } from './messages';

const ENDS_SENTENCE = /\p{Sentence_Terminal}$/u;

/**
 * The full stop the locale's own sentences end with ("." in English, "।" in Hindi): read off
 * the end of its `confirmDescription`, so a locale needs no extra message for it.
 */
export const fullStop = (messages: WalletMessages): string =>
  ENDS_SENTENCE.exec(messages.confirmDescription)?.[0] ?? '.';

/**
 * Parts said as one string (a toast's title, description, countdown and action) become
 * sentences, never words run together: the locale's full stop after each part that does not
 * end a sentence already, then a space.
 */
export function sentences(
  parts: readonly (string | undefined)[],
  messages: WalletMessages,
): string {
  return (parts.filter(Boolean) as string[]).reduce(
    (said, part) => `${said}${ENDS_SENTENCE.test(said) ? '' : fullStop(messages)} ${part}`,
  );
}
