// A private redis-server for the lock bench: no persistence, a free loopback port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/** The running server, or null when there is no redis-server binary to start. */
export async function startRedisServer() {
  if (!existsSync(REDIS_SERVER)) return null;
  const port = await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: null });
  // Refused connections while it starts are expected: the loop below retries them.
  client.on('error', () => undefined);
  for (let tries = 0; ; tries += 1) {
    try {
      await client.connect();
      await client.ping();
      break;
    } catch (error) {
      if (tries === 200 || child.exitCode !== null) {
        child.kill();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  return {
    port,
    /** CPU time redis-server has spent (user + system), in µs, from INFO. */
    async cpuUs() {
      const info = await client.info('cpu');
      const seconds = (name) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
      return Math.round((seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1e6);
    },
    stop: () =>
      new Promise((resolve) => {
        client.disconnect();
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill();
      }),
  };
}
