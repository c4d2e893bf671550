import { useSyncExternalStore } from 'react';
import type { Announcer } from '../query/announcer';

/** The provider's one polite live region: successes are spoken here, errors by the toasts. */
export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const message = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, () => '');
  return (
    <div data-slot="live-region" role="status" aria-live="polite" className="wallet-sr-only">
      {message}
    </div>
  );
}
