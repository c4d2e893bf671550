const CHANNEL = 'saved-card-kit';
// Lets a tab ignore its own broadcasts when several providers share it.
const TAB_ID = Math.random().toString(36).slice(2);

interface RemovedMessage {
  type: 'card_removed';
  id: string;
  tab: string;
}

function isRemovedMessage(data: unknown): data is RemovedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return record.type === 'card_removed' && typeof record.id === 'string';
}

/** Tells other tabs of this origin that a card is gone. */
export function broadcastRemoval(id: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'card_removed', id, tab: TAB_ID } satisfies RemovedMessage);
  channel.close();
}

/** Calls `onRemoved` for removals made in other tabs; returns the unsubscribe. */
export function listenForRemovals(onRemoved: (id: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isRemovedMessage(event.data) && event.data.tab !== TAB_ID) onRemoved(event.data.id);
  };
  return () => channel.close();
}
