'use client';
import { VisuallyHidden } from '@radix-ui/react-visually-hidden';
import type { WalletMessages } from '../core/messages';
import { useIsClient } from './use-is-client';
import { useSlot } from './use-slot';

/** Placeholder rows the size of real ones, so the page does not jump when cards arrive. */
export function CardListSkeleton({
  labelledBy,
  messages,
}: {
  labelledBy: string;
  messages: WalletMessages;
}) {
  const slot = useSlot();
  // Hidden by a style prop, so client-only: server HTML carries no style attribute (strict
  // CSP); until hydration the busy list says it is loading.
  const isClient = useIsClient();
  return (
    <>
      {isClient ? <VisuallyHidden data-slot="loading">{messages.loading}</VisuallyHidden> : null}
      <ul aria-labelledby={labelledBy} aria-busy="true" {...slot('list')}>
        {[0, 1, 2].map((row) => (
          <li key={row} aria-hidden="true" {...slot('skeleton')}>
            <span {...slot('brand-mark')} />
            <span {...slot('skeleton-line')} />
          </li>
        ))}
      </ul>
    </>
  );
}
