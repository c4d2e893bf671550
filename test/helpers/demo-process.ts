import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A demo server started as `node demo/serve.js …`, with its output kept for messages. */
export interface DemoProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Every demo child started; `stopDemos()` ends those still running. */
const children: ChildProcess[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export function startDemo(args: string[], env: Record<string, string>): DemoProcess {
  const child = spawn(process.execPath, ['demo/serve.js', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const collect = (chunk: unknown) => {
    output += String(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

/** Resolves once the demo prints its URL; fails with its output if it exits or hangs. */
export async function waitForUrl(started: DemoProcess, url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`demo exited:\n${started.output()}`);
    if (started.output().includes(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`demo did not start:\n${started.output()}`);
}

export function stopDemos(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
