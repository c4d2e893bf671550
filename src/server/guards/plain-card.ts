import { readCard } from '../../core/read-contract';
import type { SavedCard } from '../../core/types';

/**
 * `candidate` as the browser's `savedCardSchema` would hand it back, for a card without a
 * `locked` key (the handler sets that itself): the same keys, in the same order, with the same
 * values, read by the browser's own contract reader. Undefined when the reader refuses it: the
 * schema then decides and says why, so this only ever saves the schema's cost on a card it
 * would take as it is. A list checks every card of every answer, and the schema's generic walk
 * was a tenth of a GET.
 */
export function plainCard(candidate: Record<string, unknown>): SavedCard | undefined {
  if ('locked' in candidate) return undefined;
  try {
    return readCard(candidate);
  } catch {
    return undefined;
  }
}
