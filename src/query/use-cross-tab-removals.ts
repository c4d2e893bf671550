'use client';
import { useEffect } from 'react';
import { listenForRemovals } from './cross-tab';
import { useWalletController } from './use-wallet-controller';

/** Applies removals made in other tabs of this origin to this tab's list. */
export function useCrossTabRemovals(): void {
  const { removedElsewhere } = useWalletController();
  useEffect(() => listenForRemovals(removedElsewhere), [removedElsewhere]);
}
