// Vite builds for the bench: the page (production, minified, React's profiling build so
// <Profiler> reports timings) and the server entry as plain JS for Node.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const pageDist = join(repoRoot, 'bench/dist');
export const tmpDir = join(repoRoot, 'bench/.tmp');

/** The bench page; `minify: false` keeps function names, for bench/profile-render.js. */
export async function buildPage({ outDir = pageDist, minify = true } = {}) {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(repoRoot, 'bench/page'),
    base: './',
    mode: 'production',
    plugins: [react()],
    // react-dom/profiling is the production build with Profiler timings switched on.
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
    build: { outDir, emptyOutDir: true, minify, modulePreload: false },
  });
}

/** Builds src/server/index.ts for Node and returns the file to import. */
export async function buildServer() {
  const outDir = join(tmpDir, 'server');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    mode: 'production',
    build: {
      ssr: join(repoRoot, 'src/server/index.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'server.js' } },
    },
  });
  return join(outDir, 'server.js');
}
