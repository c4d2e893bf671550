// `npm run demo:build`: the demo as a production build, for `npm run preview` and the e2e tests.
// The page goes to <dist>/client, the TypeScript backend (wallet handler, demo session,
// /__demo controls) to <dist>/server as plain JS, so the preview server needs no Vite at all.
// Two folders, not one: the static server serves only client/, never the backend's code.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { NONCE_PLACEHOLDER } from './csp.js';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

/** Where the build goes: DEMO_DIST (tests build into a temp folder), else demo/dist. */
export function demoDistDir(env = process.env) {
  return env.DEMO_DIST ? resolve(env.DEMO_DIST) : join(demoRoot, 'dist');
}

/** Builds the page and the backend; resolves with the output folder. */
export async function buildDemo(outDir = demoDistDir(), { logLevel = 'warn' } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const shared = { configFile: false, root: demoRoot, logLevel, clearScreen: false };
  await build({
    ...shared,
    mode: 'production',
    plugins: [react()],
    // The preview serves the page under a nonce-based CSP: Vite marks every tag it emits
    // with the placeholder (and adds <meta property="csp-nonce">) for the server to fill in.
    html: { cspNonce: NONCE_PLACEHOLDER },
    build: {
      outDir: join(outDir, 'client'),
      emptyOutDir: true,
      // Never inline a small asset as a data: URL: the CSP allows images from 'self' only.
      assetsInlineLimit: 0,
    },
  });
  // Self-contained (valibot bundled in, only node: imports left), so the build runs from any
  // folder. The build's environment is never read into it: providerFromEnv reads
  // process.env when the preview server starts.
  await build({
    ...shared,
    mode: 'production',
    ssr: { noExternal: true },
    build: {
      ssr: 'backend/demo-middleware.ts',
      outDir: join(outDir, 'server'),
      emptyOutDir: true,
      target: 'node20',
    },
  });
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const outDir = await buildDemo();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Demo built into ${outDir} in ${seconds} s; run \`npm run preview\` to serve it.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
