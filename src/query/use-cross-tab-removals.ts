'use client';
import { useEffect } from 'react';
import { listenForChanges } from './cross-tab';
import { useWalletController } from './use-wallet-controller';

/** Applies removals and default changes made in other tabs of this origin to this tab's list. */
export function useCrossTabRemovals(): void {
  const { changedElsewhere } = useWalletController();
  useEffect(() => listenForChanges(changedElsewhere), [changedElsewhere]);
}
