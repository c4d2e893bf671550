import { afterEach } from 'vitest';

/** Something a test opens: a served wallet, a provider fake, a Redis client. */
export interface Closable {
  close(): Promise<void> | void;
}

/**
 * What a test file opens, closed after each test: `push` each server, fake or client as it
 * is opened, and none outlives its test, even a failed one.
 */
export function closedAfterEach(): { push(...items: Closable[]): void } {
  const open: Closable[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((item) => item.close()));
  });
  return { push: (...items) => void open.push(...items) };
}
