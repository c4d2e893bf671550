const CHANNEL = 'saved-card-kit';
// Lets a tab ignore its own broadcasts when several providers share it. Drawn on first use (in
// an effect or a handler), never while a module loads during a server render.
let tabId: string | undefined;
const thisTab = () => {
  tabId ??= Math.random().toString(36).slice(2);
  return tabId;
};

/** What another tab of this origin learns once the server agreed: a card gone, a new default. */
export type CrossTabChange = 'card_removed' | 'card_default_set';

interface ChangeMessage {
  type: CrossTabChange;
  id: string;
  tab: string;
}

function isChangeMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    (record.type === 'card_removed' || record.type === 'card_default_set') &&
    typeof record.id === 'string'
  );
}

/** Tells other tabs of this origin what changed on this card. */
export function broadcastChange(type: CrossTabChange, id: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type, id, tab: thisTab() } satisfies ChangeMessage);
  channel.close();
}

/** Calls `onChange` for changes made in other tabs; returns the unsubscribe. */
export function listenForChanges(onChange: (type: CrossTabChange, id: string) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const { data } = event;
    if (isChangeMessage(data) && data.tab !== thisTab()) onChange(data.type, data.id);
  };
  return () => channel.close();
}
