'use client';
import { createContext, useContext } from 'react';

/** True under `<WalletProvider unstyled>`: the parts render without any `wallet-*` class. */
export const UnstyledContext = createContext<boolean | undefined>(false);

/** A part's attributes: `data-slot` always, plus our class (`wallet-${name}`) unless unstyled. */
export type Slot = (slot: string, name?: string) => { 'data-slot': string; className?: string };

/** `slot('card')` spreads `data-slot="card" class="wallet-card"` (just the data-slot when unstyled). */
export function useSlot(): Slot {
  const unstyled = useContext(UnstyledContext);
  return (slot, name = slot) => ({
    'data-slot': slot,
    className: unstyled ? undefined : `wallet-${name}`,
  });
}
