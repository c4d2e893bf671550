import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { SavedCardList, WalletProvider } from '../../src/index';
import { afterPaint } from './after-paint';
import type { BenchApi, RenderVariant } from './bench-api';
import { createBenchClient, makeCards } from './bench-client';
import { FloorList } from './floor-list';

/**
 * Mounts a fresh provider and list with `count` cards (the floor: plain `<li>`s of the same
 * text); resolves with its timings.
 */
export async function renderOnce(
  api: BenchApi,
  count: number,
  variant: RenderVariant,
): Promise<{ toDomMs: number; toPaintMs: number }> {
  // Kit and floor alike start just after a painted frame, so both have the same run-up to the
  // next one; a start timed from the previous mount's paint would depend on how fast the other
  // variant painted (bench/README.md).
  await afterPaint();
  const container = document.createElement('div');
  document.body.append(container);
  const cards = makeCards(count);
  const client = createBenchClient(cards, { listMs: 0, deleteMs: 0 }, api.stats);
  const queryClient = new QueryClient();
  const root = createRoot(container);
  return new Promise((resolve) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (container.querySelectorAll(variant === 'floor' ? 'li' : ROW).length < count) return;
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
      variant === 'floor' ? (
        <FloorList cards={cards} />
      ) : (
        <WalletProvider client={client} queryClient={queryClient}>
          <SavedCardList />
        </WalletProvider>
      ),
    );
  });
}

const ROW = 'li[data-slot="card"]';
const VARIANTS: RenderVariant[] = ['kit', 'floor'];
// Three, not one: the first mounts of a page also pay for compiling the code and loading the
// locale's Intl data, which the smallest size (measured first) would otherwise carry.
const WARM_UPS = 3;

/**
 * For each size: three warm-up mounts of each variant, then `runs` measured mounts of each, kit
 * and floor taking turns so a busy moment of the machine falls on both.
 */
export async function runFirstRenders(api: BenchApi, sizes: number[], runs: number) {
  for (const count of sizes) {
    for (let run = 0; run < WARM_UPS; run += 1) {
      for (const variant of VARIANTS) await renderOnce(api, count, variant);
    }
    for (let run = 0; run < runs; run += 1) {
      for (const variant of VARIANTS) {
        api.renders.push({ cards: count, variant, ...(await renderOnce(api, count, variant)) });
        // A pause for what the unmount left (its effects, a collection) before the next start.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }
  api.done = true;
}
