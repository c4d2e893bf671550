import {
  defaultMessages,
  describeError,
  WALLET_ERROR_STATUS,
  WalletError,
  type WalletErrorCode,
} from '../../src/index';

// docs/http-contract.md's "meaning" column. Typed by code, so a new code without a meaning fails to compile;
// the status and the message come from the kit itself, so they cannot drift from it.
const MEANINGS: Readonly<Record<WalletErrorCode, string>> = {
  unauthenticated: 'No session',
  forbidden: 'CSRF / origin check failed',
  card_not_found: "Not this customer's card, or gone. On delete it counts as removed (idempotent)",
  card_in_use: 'The merchant hook refused (payment in progress)',
  card_expired: 'Set as default refused: the card has expired',
  rate_limited: 'Too many deletes; the response carries Retry-After',
  invalid_request: 'Malformed input',
  provider_error: 'The provider failed, timed out or answered nonsense; "Try again" offered',
  network_error: 'Client-side: fetch failed or offline; "Try again" offered',
  invalid_response: 'Client-side: the backend answered outside the contract',
};

/** Sample wait used to show the rate-limit message. */
const RETRY_AFTER_SECONDS = 30;

const CODES = Object.keys(WALLET_ERROR_STATUS) as WalletErrorCode[];

/** The docs/http-contract.md error table, rendered from the kit's own `WALLET_ERROR_STATUS` and messages. */
export function ErrorTable() {
  // A four-column table needs its width (WCAG 1.4.10 exempts data tables): on a phone it
  // scrolls sideways in its own box, keyboard included, and the page does not.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard.
    <section aria-label="Error codes" tabIndex={0} style={{ overflowX: 'auto' }}>
      <table data-slot="error-table">
        {/* At the start, not centred over the scrolled width, so a phone shows all of it. */}
        <caption style={{ textAlign: 'start' }}>
          Error codes of a WalletError, per docs/http-contract.md
        </caption>
        <thead>
          <tr>
            <th scope="col">code</th>
            <th scope="col">HTTP</th>
            <th scope="col">meaning</th>
            <th scope="col">default message (English)</th>
          </tr>
        </thead>
        <tbody>
          {CODES.map((code) => (
            <tr key={code}>
              <th scope="row">
                <code>{code}</code>
              </th>
              <td>{WALLET_ERROR_STATUS[code] ?? '— (client-side)'}</td>
              <td>{MEANINGS[code]}</td>
              <td>
                {describeError(
                  new WalletError(code, code, { retryAfterMs: RETRY_AFTER_SECONDS * 1000 }),
                  defaultMessages,
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
