'use client';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * A confirmed removal whose DELETE waits out the undo window (docs/removal-rules.md rule 8): calling it sends the
 * DELETE now (`keepalive` as the page goes away), at most once.
 */
export type HeldRemoval = (keepalive: boolean) => void;

const held = new WeakMap<QueryClient, Map<string, HeldRemoval>>();

/** The held removals of one QueryClient, by card id: every view sharing it shares them. */
export function heldRemovals(queryClient: QueryClient): Map<string, HeldRemoval> {
  const map = held.get(queryClient) ?? new Map<string, HeldRemoval>();
  held.set(queryClient, map);
  return map;
}

/**
 * A hidden or closing page sends every held DELETE at once, with `keepalive`: a removal the
 * shopper confirmed is never silently dropped (docs/removal-rules.md rule 8).
 */
export function useFlushHeldRemovals(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const flush = (event: Event) => {
      if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
      // Each release deletes its own entry, which a Map's iteration allows.
      for (const release of heldRemovals(queryClient).values()) release(true);
    };
    document.addEventListener('visibilitychange', flush);
    addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      removeEventListener('pagehide', flush);
    };
  }, [queryClient]);
}
