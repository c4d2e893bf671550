// `npm run bench:server`: scenario e alone (handler vs floor, then the Redis lock), without
// the browser. `--cpu-prof` writes the kit child's CPU profiles to bench/.prof/; `--lock`
// runs the Redis lock part alone; `--runs N` runs the lock's load N times and prints the
// spread of its p99 (the rows of the last run above it).
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildServer, repoRoot, tmpDir } from './builds.js';
import { benchLock } from './lock-bench.js';
import { lockRunsRows, runsOf } from './lock-runs.js';
import { printRows } from './print-rows.js';
import { benchServer } from './server-bench.js';
import { serverRows } from './server-table.js';

const profile = process.argv.includes('--cpu-prof');
const lockOnly = process.argv.includes('--lock');
// Read before anything is built or loaded, so a bad value stops the bench at once.
const runs = runsOf(process.argv);
const execArgv = profile ? ['--cpu-prof', `--cpu-prof-dir=${join(repoRoot, 'bench/.prof')}`] : [];
const load = loadavg()[0].toFixed(2);
const serverModule = await buildServer();
const server = lockOnly ? null : await benchServer(serverModule, { execArgv });
const locks = [];
for (let run = runs; run > 0; run -= 1) {
  locks.push(await benchLock(serverModule, { execArgv }));
}
const lock = locks.at(-1);
rmSync(tmpDir, { recursive: true, force: true });
writeFileSync(
  join(repoRoot, 'bench/server-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), server, lock, ...(locks.length > 1 ? { locks } : {}) }, null, 2)}\n`,
);
console.log(
  `\nsaved-card-kit server bench — ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores, load ${load}), Node ${process.version}\n`,
);
printRows([...serverRows(server, lock), ...lockRunsRows(locks)]);
