const CHANNEL = 'saved-card-kit';
// Lets a tab ignore its own broadcasts when several providers share it. Drawn on first use (in
// an effect or a handler), never while a module loads during a server render.
let tabId: string | undefined;
const thisTab = () => {
  tabId ??= Math.random().toString(36).slice(2);
  return tabId;
};

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
  channel.postMessage({ type: 'card_removed', id, tab: thisTab() } satisfies RemovedMessage);
  channel.close();
}

/** Calls `onRemoved` for removals made in other tabs; returns the unsubscribe. */
export function listenForRemovals(onRemoved: (id: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isRemovedMessage(event.data) && event.data.tab !== thisTab()) onRemoved(event.data.id);
  };
  return () => channel.close();
}
