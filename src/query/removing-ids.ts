import { type Store, type StorePerQueryClient, storePerQueryClient } from './create-store';

/** No removal in flight: the store's first value, and what the server renders. */
export const NO_REMOVALS: ReadonlySet<string> = new Set();

// Kept outside react-query's notify cycle on purpose: its notifications wait a macrotask,
// while a confirmed card must leave the list in the same frame (docs/removal-rules.md rule 1), and the
// list's queryFn must read the count synchronously (§5.3).
/** Ids of the cards whose removal is in flight, for every view sharing one QueryClient. */
export const removingIds: StorePerQueryClient<ReadonlySet<string>> =
  storePerQueryClient(NO_REMOVALS);

/** Marks a card as being removed (`removing`) or settled; returns how many are still removing. */
export function setRemoving(
  store: Store<ReadonlySet<string>>,
  id: string,
  removing: boolean,
): number {
  const next = new Set(store.getSnapshot());
  if (removing) next.add(id);
  else next.delete(id);
  store.set(next);
  return next.size;
}
