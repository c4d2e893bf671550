import type { WalletMessages } from '../core/messages';

/** What the list says when there is nothing to show. */
export function EmptyState({ messages }: { messages: WalletMessages }) {
  return (
    <div data-slot="empty" className="wallet-empty">
      <p className="wallet-empty-title">{messages.empty}</p>
      <p className="wallet-empty-text">{messages.emptyDescription}</p>
    </div>
  );
}
