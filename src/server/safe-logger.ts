import { mayHoldCardNumber } from './guards/may-hold-card-number';

/** Where the handler reports failures it hides from the browser; defaults to `console`. */
export interface WalletLogger {
  error(message: string, meta: Record<string, unknown>): void;
}

const REDACTED = '[redacted]';

/**
 * The merchant's logger behind two guards: a value that may hold a card number never reaches
 * it (a custom adapter's message could), and a logger that throws never breaks an answer.
 * The request id is a UUID whose digit groups can look like a PAN, so it passes as it is.
 */
export function safeLogger(logger: WalletLogger): WalletLogger {
  return {
    error(message, meta) {
      const safe: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(meta)) {
        safe[key] =
          key !== 'requestId' && typeof value === 'string' && mayHoldCardNumber(value)
            ? REDACTED
            : value;
      }
      try {
        logger.error(message, safe);
      } catch {
        // Nothing to report it to: the logger is the report channel.
      }
    },
  };
}
