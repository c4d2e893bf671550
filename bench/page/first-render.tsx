import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { SavedCardList, WalletProvider } from '../../src/index';
import { afterPaint } from './after-paint';
import type { BenchApi } from './bench-api';
import { createBenchClient, makeCards } from './bench-client';

/** Mounts a fresh provider and list with `count` cards; resolves with its timings. */
function renderOnce(api: BenchApi, count: number): Promise<{ toDomMs: number; toPaintMs: number }> {
  const container = document.createElement('div');
  document.body.append(container);
  const client = createBenchClient(makeCards(count), { listMs: 0, deleteMs: 0 }, api.stats);
  const queryClient = new QueryClient();
  const root = createRoot(container);
  return new Promise((resolve) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (container.querySelectorAll('li[data-slot="card"]').length < count) return;
      const inDom = performance.now();
      observer.disconnect();
      void afterPaint().then((painted) => {
        root.unmount();
        container.remove();
        queryClient.clear();
        resolve({ toDomMs: inDom - started, toPaintMs: painted - started });
      });
    });
    observer.observe(container, { childList: true, subtree: true });
    root.render(
      <WalletProvider client={client} queryClient={queryClient}>
        <SavedCardList />
      </WalletProvider>,
    );
  });
}

/** For each size: one warm-up mount, then `runs` measured mounts. */
export async function runFirstRenders(api: BenchApi, sizes: number[], runs: number) {
  for (const count of sizes) {
    await renderOnce(api, count);
    for (let run = 0; run < runs; run += 1) {
      api.renders.push({ cards: count, ...(await renderOnce(api, count)) });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  api.done = true;
}
