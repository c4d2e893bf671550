import type { RedisEvalClient } from './redis-eval-client';

/** A Lua script and, once hashed, the SHA-1 hex that `EVALSHA` names it by. */
export interface RedisScript {
  readonly body: string;
  sha: string | undefined;
  hashing: boolean;
}

export function redisScript(body: string): RedisScript {
  return { body, sha: undefined, hashing: false };
}

/**
 * Runs `script` on `keys` and `args`: by hash (`EVALSHA`) when the client has `evalsha` and the
 * hash is known, else whole (`EVAL`, which also puts it in Redis's script cache). The lock's
 * scripts are a few kB: sent whole on every call, a hand-over took about twice as long
 * (CHANGELOG.md, issue 19).
 *
 * `NOSCRIPT` (Redis restarted, failed over or flushed its scripts) means nothing ran: the
 * script is sent whole once more, unless `resend()` says no. The resend goes after whatever
 * was sent on the connection meanwhile, so a caller whose later command must follow this one
 * (a waiter's leave after its join) says no once it has sent that command.
 */
export async function runScript(
  client: RedisEvalClient,
  script: RedisScript,
  keys: readonly string[],
  args: ReadonlyArray<string | number>,
  resend: () => boolean = () => true,
): Promise<unknown> {
  const { sha } = script;
  if (sha === undefined || client.evalsha === undefined) {
    hash(script);
    return client.eval(script.body, keys.length, ...keys, ...args);
  }
  try {
    return await client.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!isNoScript(error) || !resend()) throw error;
    return client.eval(script.body, keys.length, ...keys, ...args);
  }
}

/** Redis did not know the script's hash, so it ran nothing. */
export function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}

// Web Crypto, so the server entry stays free of node: imports. Until it answers, and where
// there is none, scripts are sent whole.
function hash(script: RedisScript): void {
  const subtle = globalThis.crypto?.subtle;
  if (script.hashing || subtle === undefined) return;
  script.hashing = true;
  subtle.digest('SHA-1', new TextEncoder().encode(script.body)).then(
    (digest) => {
      script.sha = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    },
    () => undefined,
  );
}
