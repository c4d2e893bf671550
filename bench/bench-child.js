// A bench server in its own process, so autocannon (in this one) does not share its event loop.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Forks `script` (a file in bench/) with `args`; resolves once it listens. */
export async function startChild(script, args, execArgv = []) {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), args.map(String), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv,
  });
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const ask = (message) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(message);
    });
  return {
    url: `http://127.0.0.1:${port}/api/wallet/cards`,
    ask,
    /** CPU time the child has spent so far (user + system, all its threads), in µs. */
    async cpuUs() {
      const { cpu } = await ask('cpu');
      return cpu.user + cpu.system;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.send('stop');
      }),
  };
}

/** autocannon's figures as the bench keeps them. */
export const summary = (result) => ({
  requestsPerSecond: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  maxMs: result.latency.max,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});

/** `us` of CPU time spread over `count` requests, to 0.1 µs. */
export const usPer = (us, count) => Number((us / Math.max(1, count)).toFixed(1));
