import { mayHoldCardNumber } from './guards/may-hold-card-number';

/** Where the handler reports what it hides from the browser; defaults to `console`. */
export interface WalletLogger {
  /** A failure: a provider, a merchant hook or the kit itself. */
  error(message: string, meta: Record<string, unknown>): void;
  /** A refused DELETE and why (at most once a minute per check and origin); optional. */
  warn?(message: string, meta: Record<string, unknown>): void;
}

const REDACTED = '[redacted]';
// The kit writes its own messages, but one quotes a request header (refusal-log.ts).
const WITHHELD = 'saved-card-kit: log message withheld: it may hold a card number';

/**
 * The merchant's logger behind two guards: a value that may hold a card number never reaches
 * it (a custom adapter's message could; a message quoting a header is withheld whole), and a
 * logger that throws never breaks an answer.
 * The request id is a UUID whose digit groups can look like a PAN, so it passes as it is.
 * Without a `warn`, warnings go nowhere: they are advice, not failures.
 */
export function safeLogger(logger: WalletLogger): Required<WalletLogger> {
  const guarded =
    (write: WalletLogger['error'] | undefined): WalletLogger['error'] =>
    (message, meta) => {
      if (write === undefined) return;
      const safe: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(meta)) {
        safe[key] =
          key !== 'requestId' && typeof value === 'string' && mayHoldCardNumber(value)
            ? REDACTED
            : value;
      }
      try {
        write.call(logger, mayHoldCardNumber(message) ? WITHHELD : message, safe);
      } catch {
        // Nothing to report it to: the logger is the report channel.
      }
    };
  return { error: guarded(logger.error), warn: guarded(logger.warn) };
}
