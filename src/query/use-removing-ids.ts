'use client';
import { useQueryClient } from '@tanstack/react-query';
import { NO_REMOVALS, removingIds } from './removing-ids';
import { useStore } from './use-store';

/** The ids being removed, re-rendering when one starts or settles. */
export function useRemovingIds(): ReadonlySet<string> {
  return useStore(removingIds(useQueryClient()), NO_REMOVALS);
}
