// Scenario e: requests per second and latency of createWalletHandler over loopback.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const CARDS = 20;
const SETTINGS = { connections: 10, duration: 5 };

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

const summary = (result) => ({
  requestsPerSecond: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});

export async function benchServer(serverModule) {
  const child = fork(
    fileURLToPath(new URL('./wallet-server.js', import.meta.url)),
    [serverModule, String(CARDS)],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  try {
    const { port } = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('error', reject);
    });
    const base = `http://127.0.0.1:${port}/api/wallet/cards`;
    // A short unrecorded run first, so the JIT has warmed up the handler.
    await autocannon({ url: base, connections: SETTINGS.connections, duration: 1 });
    const list = summary(await autocannon({ url: base, ...SETTINGS }));

    child.send('reset');
    let next = 0;
    const remove = summary(
      await autocannon({
        url: base,
        ...SETTINGS,
        requests: [
          {
            method: 'DELETE',
            headers: { 'x-wallet-client': '1' },
            // Cycles through the seeded ids; each is re-added right after its delete.
            setupRequest: (req) => ({ ...req, path: `/api/wallet/cards/card_${next++ % CARDS}` }),
          },
        ],
      }),
    );
    const { outcomes } = await ask(child, 'outcomes');
    return { settings: { ...SETTINGS, cards: CARDS }, list, delete: { ...remove, outcomes } };
  } finally {
    child.send('stop');
  }
}
