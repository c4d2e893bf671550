import '../../src/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { SavedCardList, WalletProvider } from '../../src/index';
import { WalletCardList } from '../../src/wallet/index';
import { createBenchApi } from './bench-api';
import { createBenchClient, makeCards } from './bench-client';
import { renderOnce, runFirstRenders } from './first-render';
import { FloorList } from './floor-list';
import {
  countingMessages,
  installBulkAndUndoTimers,
  installDefaultTimer,
  installRemovalTimer,
  profilerCallback,
} from './instrument';
import { PessimisticList } from './pessimistic-list';

// ?scenario=optimistic|pessimistic|floor|mount|profile|requests|render|bulk|undo|default&cards=60&deleteMs=300
// &lists=1&expired=0&undoMs=0
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
} else if (scenario === 'mount') {
  // Nothing until the runner calls bench.mount(count): bench/profile-render.js.
  api.mount = (count) => renderOnce(api, count, 'kit');
  api.ready = true;
} else if (scenario === 'floor') {
  // A removed row has no parent left to match: the floor page holds no other <li>.
  installRemovalTimer(api, 'ul[data-floor] > li', 'li');
  createRoot(rootElement).render(<FloorList cards={makeCards(number('cards', 60))} />);
  api.ready = true;
} else {
  installRemovalTimer(api);
  installBulkAndUndoTimers(api);
  installDefaultTimer(api);
  const client = createBenchClient(
    makeCards(number('cards', 60), number('expired', 0)),
    { listMs: number('listMs', 0), deleteMs: number('deleteMs', 300) },
    api.stats,
  );
  const queryClient = new QueryClient();
  api.refill = async () => {
    client.refill();
    await queryClient.invalidateQueries();
  };
  const lists = Array.from({ length: number('lists', 1) }, (_, i) => `list-${i}`);
  createRoot(rootElement).render(
    <WalletProvider
      client={client}
      messages={messages}
      queryClient={queryClient}
      undoMs={number('undoMs', 0)}
    >
      {lists.map((id) => (
        <Profiler key={id} id={id} onRender={onRender}>
          {scenario === 'pessimistic' ? (
            <PessimisticList />
          ) : scenario === 'default' ? (
            <WalletCardList canSetDefault />
          ) : (
            <SavedCardList />
          )}
        </Profiler>
      ))}
    </WalletProvider>,
  );
  api.ready = true;
}
