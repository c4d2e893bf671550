'use client';
import { describeError } from '../core/describe-error';
import type { WalletMessages } from '../core/messages';
import type { WalletError } from '../core/wallet-error';
import { useSlot } from './use-slot';

const CODES_WITH_OWN_SENTENCE = new Set([
  'unauthenticated',
  'network_error',
  'rate_limited',
  'forbidden',
]);

/** The list could not load: say why where it helps, and offer to try again. */
export function CardListError({
  error,
  messages,
  onRetry,
  retrying,
  locale,
}: {
  error: WalletError | null;
  messages: WalletMessages;
  onRetry: () => void;
  retrying: boolean;
  locale: string | undefined;
}) {
  // Removal wording ("couldn't remove") would be wrong here: only session and network
  // problems get their own sentence, everything else is "couldn't load".
  const text =
    error && CODES_WITH_OWN_SENTENCE.has(error.code)
      ? describeError(error, messages, locale)
      : messages.loadFailed;
  const slot = useSlot();
  const canRetry = error?.code !== 'unauthenticated';
  return (
    <div {...slot('error')} role="alert">
      <p {...slot('error-text')}>{text}</p>
      {canRetry ? (
        <button
          type="button"
          {...slot('retry-button', 'button')}
          data-variant="secondary"
          onClick={onRetry}
          aria-disabled={retrying || undefined}
        >
          {messages.retry}
        </button>
      ) : null}
    </div>
  );
}
