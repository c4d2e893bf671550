'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SavedCard } from '../core/types';
import { listenForRemovals } from './cross-tab';
import { removingIds } from './removing-ids';
import { walletKeys } from './wallet-keys';

/** Applies removals made in other tabs of this origin to this tab's list. */
export function useCrossTabRemovals(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      listenForRemovals((id) => {
        queryClient.setQueryData<SavedCard[]>(walletKeys.cards(), (cards) =>
          cards?.filter((card) => card.id !== id),
        );
        // A refetch now could land mid-flight (docs/removal-rules.md rule 3); the last settle refetches anyway.
        if (removingIds(queryClient).getSnapshot().size === 0) {
          void queryClient.invalidateQueries({ queryKey: walletKeys.cards() });
        }
      }),
    [queryClient],
  );
}
