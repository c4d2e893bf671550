'use client';
import type { WalletMessages } from '../core/messages';
import { useSlot } from './use-slot';

/** What the list says when there is nothing to show. */
export function EmptyState({ messages }: { messages: WalletMessages }) {
  const slot = useSlot();
  return (
    <div {...slot('empty')}>
      <p {...slot('empty-title')}>{messages.empty}</p>
      <p {...slot('empty-text')}>{messages.emptyDescription}</p>
    </div>
  );
}
