// `node bench/server-profile.js [GET|DELETE] [connections]`: one kit child under one load, its
// CPU profile summed by function, so a change to the handler can be judged by where the
// time goes and not only by req/s. The profile lands in bench/.prof/.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startChild, summary } from './bench-child.js';
import { buildServer, repoRoot, tmpDir } from './builds.js';
import { SERVER_REQUESTS, SERVER_SETUP } from './server-bench.js';

const [method = 'GET', connections = '10'] = process.argv.slice(2);
const profDir = join(repoRoot, 'bench/.prof', `${method.toLowerCase()}-${connections}`);
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });

const serverModule = await buildServer();
const { customers, cardsPerCustomer, durationS } = SERVER_SETUP;
const kit = await startChild(
  './wallet-server.js',
  [serverModule, customers, cardsPerCustomer],
  ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
);
const load = (duration) =>
  autocannon({
    url: kit.url,
    connections: Number(connections),
    duration,
    requests: SERVER_REQUESTS[method],
  });
await load(1);
const run = summary(await load(durationS));
await kit.stop();
rmSync(tmpDir, { recursive: true, force: true });

const file = readdirSync(profDir).find((name) => name.endsWith('.cpuprofile'));
if (file === undefined) throw new Error(`no profile in ${profDir}`);
const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(profDir, file), 'utf8'));
const byId = new Map(nodes.map((node) => [node.id, node]));
const selfUs = new Map();
let totalUs = 0;
for (let i = 0; i < samples.length; i += 1) {
  const { functionName, url, lineNumber } = byId.get(samples[i]).callFrame;
  const where = url === '' ? '' : ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  const key = `${functionName || '(anonymous)'}${where}`;
  const delta = timeDeltas[i] ?? 0;
  selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
  totalUs += delta;
}
const top = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log(
  `\n${method} ${connections} conn, ${durationS} s: ${run.requestsPerSecond} req/s (p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms)`,
);
console.log(`profile ${join(profDir, file)}; self time, top ${top.length}:`);
for (const [name, us] of top) {
  console.log(`  ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${name}`);
}
