'use client';
import { type RefObject, useEffect, useRef } from 'react';
import type { SavedCard } from '../core/types';
import { useIsClient } from '../ui/use-is-client';
import { markSeen, wasSeen } from './seen-updates';

/**
 * "Updated by your bank" until the shopper has seen it once (docs/browser-api.md): a ref for
 * the badge when the row shows it, else null. It shows when the bank changed the card's
 * expiry or number (`updated.fields`) and this device had not shown that update (card id and
 * `updated.at`) when the row first rendered it. It is seen once any part of the badge has been
 * in the viewport of a visible page; it then stays for the life of the row (it never vanishes
 * under the shopper's eyes) and a later mount (a reload, another page) does not show it.
 * Never in server HTML: what this device saw is known only in the browser.
 */
export function useBankUpdate(card: SavedCard): RefObject<HTMLSpanElement> | null {
  const isClient = useIsClient();
  // Typed as React 18's types make it: React 19's `RefObject<T | null>` is not a ref
  // React 18's `<span ref>` takes, and the kit supports both (the lowest-peers run checks it).
  const badge = useRef<HTMLSpanElement>(null as unknown as HTMLSpanElement);
  // Per update, whether this row shows it, decided on the render that first met it: marking
  // it seen must not take it away while it is on screen.
  const shows = useRef(new Map<string, boolean>()).current;
  // `fields` holds only `expiry` and `number`: empty, the provider did not say what changed
  // (Adyen), and the kit does not claim the bank changed what the shopper knows the card by.
  const at = isClient && card.updated?.fields.length ? card.updated.at : undefined;
  let show = false;
  if (at !== undefined) {
    show = shows.get(at) ?? !wasSeen(card.id, at);
    shows.set(at, show);
  }
  const { id } = card;
  useEffect(() => {
    const node = badge.current;
    // Without IntersectionObserver nothing is marked: the update shows again, the safe side.
    if (!show || !at || !node || typeof IntersectionObserver !== 'function') return;
    let inView = false;
    const check = () => {
      // In view of a hidden tab (a prerender, a page opened in the background) is not seen.
      if (inView && document.visibilityState === 'visible') {
        markSeen(id, at);
        stop();
      }
    };
    const observer = new IntersectionObserver((entries) => {
      inView = entries.some((entry) => entry.isIntersecting);
      check();
    });
    const stop = () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', check);
    };
    observer.observe(node);
    document.addEventListener('visibilitychange', check);
    return stop;
  }, [id, at, show]);
  return show ? badge : null;
}
