import type { SavedCard } from '../../core/types';
import type { ProviderCardFields } from './card-fields';
import { fingerprintOf, toSavedCard } from './card-fields';
import type { ProviderCard } from './card-provider';

/** A card as an adapter parsed it, plus the server-only handle its delete needs. */
/** What a provider's list parser needs besides the reply: the clock and the hidden-card report. */
export interface ListContext {
  now?: Date;
  hidden?: ((count: number) => void) | undefined;
}

export interface ListedCard<Ref> {
  card: SavedCard;
  ref: Ref;
  /** Server-only: how the handler knows the same card saved twice. */
  fingerprint?: string;
}

/** The card of `fields` with its `ref`, or null when it cannot be shown safely. */
export function toListedCard<Ref>(
  fields: ProviderCardFields,
  ref: Ref,
  now: Date,
): ListedCard<Ref> | null {
  const card = toSavedCard(fields, now);
  return card === null ? null : { card, ref, ...fingerprintOf(fields.fingerprint) };
}

/** The card as the handler takes it: the handle rides along as `providerRef`, never shown. */
export function withProviderRef<Ref>({ card, ref, fingerprint }: ListedCard<Ref>): ProviderCard {
  return fingerprint === undefined
    ? { ...card, providerRef: ref }
    : { ...card, providerRef: ref, fingerprint };
}

/**
 * Each of `raws` through `toCard`, in order; one that cannot be shown safely hides only itself,
 * and `hidden` hears how many did (docs/providers: never silently).
 */
export async function listedCards<Ref>(
  raws: readonly unknown[],
  toCard: (raw: unknown) => Promise<ListedCard<Ref> | null>,
  hidden?: (count: number) => void,
): Promise<ListedCard<Ref>[]> {
  const entries = await Promise.all(raws.map(toCard));
  const shown = entries.filter((entry): entry is ListedCard<Ref> => entry !== null);
  reportHidden(hidden, raws.length - shown.length);
  return shown;
}

/** Tells the handler about `count` hidden cards, if any and if it listens. */
export function reportHidden(hidden: ((count: number) => void) | undefined, count: number): void {
  if (count > 0) hidden?.(count);
}
