import type { WalletMessages } from '../core/messages';

/** Placeholder rows the size of real ones, so the page does not jump when cards arrive. */
export function CardListSkeleton({
  labelledBy,
  messages,
}: {
  labelledBy: string;
  messages: WalletMessages;
}) {
  return (
    <>
      <span className="wallet-sr-only" data-slot="loading">
        {messages.loading}
      </span>
      <ul aria-labelledby={labelledBy} aria-busy="true" data-slot="list" className="wallet-list">
        {[0, 1, 2].map((row) => (
          <li
            key={row}
            aria-hidden="true"
            data-slot="skeleton"
            className="wallet-card wallet-skeleton"
          >
            <span className="wallet-brand-mark" />
            <span className="wallet-skeleton-line" />
          </li>
        ))}
      </ul>
    </>
  );
}
