import type { QueryClient } from '@tanstack/react-query';

/** When removals may start again after a 429, shared by every view of one QueryClient. */
export interface RemovalCooldown {
  /** Epoch ms until which removals wait; 0 when there is no cooldown. */
  getSnapshot(): number;
  start(until: number): void;
  subscribe(listener: () => void): () => void;
}

const cooldowns = new WeakMap<QueryClient, RemovalCooldown>();

export function removalCooldown(queryClient: QueryClient): RemovalCooldown {
  let cooldown = cooldowns.get(queryClient);
  if (!cooldown) {
    cooldown = createCooldown();
    cooldowns.set(queryClient, cooldown);
  }
  return cooldown;
}

function createCooldown(): RemovalCooldown {
  let until = 0;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => until,
    start(next) {
      if (next <= until) return;
      until = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
