'use client';
import { VisuallyHidden } from '@radix-ui/react-visually-hidden';
import { useAnnouncement } from '../query/announcer';
import { useWalletContext } from '../query/wallet-context';

/**
 * The one polite live region: successes are announced here, errors only through the toasts.
 * Hidden by an inline style, so it stays hidden in unstyled mode too.
 */
export function LiveRegion() {
  const message = useAnnouncement(useWalletContext().announcer);
  return (
    <VisuallyHidden data-slot="live-region" role="status" aria-live="polite">
      {message}
    </VisuallyHidden>
  );
}
