import '../../src/styles.css';
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { SavedCardList, WalletProvider } from '../../src/index';
import { createBenchApi } from './bench-api';
import { createBenchClient, makeCards } from './bench-client';
import { runFirstRenders } from './first-render';
import { countingMessages, installRemovalTimer, profilerCallback } from './instrument';
import { PessimisticList } from './pessimistic-list';

// ?scenario=optimistic|pessimistic|profile|requests|render&cards=60&deleteMs=300&lists=1
const params = new URLSearchParams(location.search);
const number = (name: string, fallback: number) => Number(params.get(name) ?? fallback);
const scenario = params.get('scenario') ?? 'optimistic';
const api = createBenchApi(scenario);
window.bench = api;

// Stable identities: CardRow is memoised on them.
const messages = countingMessages(api);
const onRender = profilerCallback(api);
const rootElement = document.getElementById('root') as HTMLElement;

if (scenario === 'render') {
  const sizes = (params.get('sizes') ?? '10,100,1000').split(',').map(Number);
  api.ready = true;
  void runFirstRenders(api, sizes, number('runs', 7));
} else {
  installRemovalTimer(api);
  const client = createBenchClient(
    makeCards(number('cards', 60)),
    { listMs: number('listMs', 0), deleteMs: number('deleteMs', 300) },
    api.stats,
  );
  const lists = Array.from({ length: number('lists', 1) }, (_, i) => `list-${i}`);
  createRoot(rootElement).render(
    <WalletProvider client={client} messages={messages}>
      {lists.map((id) => (
        <Profiler key={id} id={id} onRender={onRender}>
          {scenario === 'pessimistic' ? <PessimisticList /> : <SavedCardList />}
        </Profiler>
      ))}
    </WalletProvider>,
  );
  api.ready = true;
}
