// `node bench/lock-alone.js`: redisCustomerLock alone, no HTTP and no handler. 100 loops on one
// key, each acquire → check → release as a delete's turn makes them (the check before the
// delete), against a private redis-server; then one loop, where every turn finds the lock free.
// Turns a second and CPU per turn of this process and of redis-server: what the store costs,
// apart from the request around it (scenario e's lock run pays both on one thread). Then the
// same loops on the floor of a turn (bench/floor-turn.js: a ticket, then in turn one check,
// and nothing else).
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { usPer } from './bench-child.js';
import { buildServer, tmpDir } from './builds.js';
import { floorTurns } from './floor-turn.js';
import { startRedisServer } from './redis-server.js';

const RUN_MS = 3000;
const KEY = 'card.delete:c0';

const kit = await import(pathToFileURL(await buildServer()).href);
rmSync(tmpDir, { recursive: true, force: true });
const redisServer = await startRedisServer();
if (redisServer === null) {
  console.log('lock alone: skipped, redis-server not found (set REDIS_SERVER)');
  process.exit(0);
}
const redis = new Redis({ port: redisServer.port, host: '127.0.0.1' });
const store = kit.redisCustomerLock(redis);
const request = () => ({ signal: new AbortController().signal, leaseMs: 10_000 });

async function kitTurn() {
  const held = await store.acquire(KEY, request());
  await held.stillHeld();
  await held.release();
}

const floorTurn = await floorTurns(redis);

async function turns(turn, loops) {
  let count = 0;
  const end = performance.now() + RUN_MS;
  const cpu = process.cpuUsage();
  const redisUs = await redisServer.cpuUs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (performance.now() < end) {
        await turn();
        count += 1;
      }
    }),
  );
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const redisUsed = (await redisServer.cpuUs()) - redisUs;
  return {
    perSecond: Math.round((count / ms) * 1000),
    // One holder at a time: the turns follow one another.
    turnUs: Math.round((ms * 1000) / count),
    cpuUs: usPer(used.user + used.system, count),
    redisUs: usPer(redisUsed, count),
  };
}

// The first run of each warms the process up and is not printed.
for (const [name, turn] of [
  ['lock alone', kitTurn],
  ['floor     ', floorTurn],
]) {
  await turns(turn, 100);
  for (const loops of [100, 100, 1]) {
    const t = await turns(turn, loops);
    console.log(
      `${name}, ${String(loops).padStart(3)} loop${loops === 1 ? ' ' : 's'}: ${t.perSecond} turns/s, a turn every ${t.turnUs} µs; CPU per turn ${t.cpuUs} µs here, ${t.redisUs} µs in redis-server`,
    );
  }
}
redis.disconnect();
await redisServer.stop();
