import Redis from 'ioredis';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { RedisServer } from './redis-server';
import { startRedisServer } from './redis-server';

/**
 * One private redis-server for the test file, flushed before each test; `client(port?)` opens
 * a connection that fails fast (no queueing while Redis is away: the handler waits on it).
 */
export function privateRedisServer(): { client: (port?: number) => Redis } {
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  const client = (port = (server as RedisServer).port): Redis => {
    const redis = new Redis({
      port,
      host: '127.0.0.1',
      maxRetriesPerRequest: 0,
      lazyConnect: true,
    });
    // Reconnect failures after a server is stopped on purpose are expected; commands still reject.
    redis.on('error', () => {});
    clients.push(redis);
    return redis;
  };
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((redis) => redis.quit().catch(() => redis.disconnect())));
    await server?.stop();
  });
  beforeEach(async () => {
    await client().flushdb();
  });
  return { client };
}
