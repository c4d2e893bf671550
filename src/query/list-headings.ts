'use client';
import { createContext, useContext } from 'react';

/**
 * The list headings under one provider, shared through context rather than found in the DOM:
 * where focus lands when the element it should return to is gone.
 */
export interface ListHeadings {
  /** A list's heading while it is mounted; returns the unregister. */
  register(heading: HTMLElement): () => void;
  /** Marks the list a removal just failed in: closing that failure's toast returns there. */
  failedIn(heading: HTMLElement): void;
  /** The heading of the list a removal failed in last, else of the list that registered last. */
  fallback(): HTMLElement | undefined;
}

export function createListHeadings(): ListHeadings {
  const headings: HTMLElement[] = [];
  let failed: HTMLElement | undefined;
  return {
    register(heading) {
      headings.push(heading);
      return () => {
        const index = headings.indexOf(heading);
        if (index >= 0) headings.splice(index, 1);
        if (failed === heading) failed = undefined;
      };
    },
    failedIn(heading) {
      failed = heading;
    },
    fallback: () => failed ?? headings.at(-1),
  };
}

export const ListHeadingsContext = createContext<ListHeadings | null>(null);

/** The provider's list headings; null outside a provider. */
export function useListHeadings(): ListHeadings | null {
  return useContext(ListHeadingsContext);
}
