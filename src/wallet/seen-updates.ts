/**
 * Which bank updates ("Updated by your bank") this device has shown the shopper
 * (docs/browser-api.md): one localStorage entry of `[cardId, at]` pairs, the `at` of the last
 * update shown per card. Ids and times only, never card data. A storage that throws (Safari's
 * private mode, storage blocked, quota) remembers nothing: the update then shows again on the
 * next visit, and nothing else changes.
 */
export const SEEN_UPDATES_KEY = 'saved-card-kit:seen-updates';

// A Map from pairs, so a card id such as "__proto__" is a key like any other; anything that is
// no list of pairs (edited, another version's) throws in the Map and reads as nothing seen.
function read(): Map<unknown, unknown> {
  try {
    return new Map(JSON.parse(localStorage.getItem(SEEN_UPDATES_KEY) ?? '[]'));
  } catch {
    return new Map();
  }
}

/** Whether the update of card `id` made at `at` was shown here before. */
export function wasSeen(id: string, at: string): boolean {
  return read().get(id) === at;
}

/** Remembers that the update of card `id` made at `at` was shown. */
export function markSeen(id: string, at: string): void {
  try {
    // The newest 50 (`at` is UTC ISO: text order is time order), so the entry never grows
    // without end.
    const kept = [...read().set(id, at)]
      .sort((a, b) => (String(a[1]) < String(b[1]) ? 1 : -1))
      .slice(0, 50);
    localStorage.setItem(SEEN_UPDATES_KEY, JSON.stringify(kept));
  } catch {
    // Blocked or full: the update shows again next time, which is the safe side.
  }
}
