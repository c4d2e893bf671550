import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The server package builds from the same sources as the browser kit (src/server and the
// core types, schemas and errors it imports), bundled here so it depends on nothing: a backend
// that installs it gets no React, react-query or Radix.
const src = fileURLToPath(new URL('../../src/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Readable in a host's stack traces and node_modules, as TanStack and Radix ship theirs.
    minify: false,
    target: 'node20',
    lib: {
      entry: {
        index: `${src}server/index.ts`,
        // The conformance kit: a separate entry, so a server that never runs it never loads it.
        testing: `${src}server/testing/index.ts`,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^node:/],
      // What both entries share (the handler, the core schemas, valibot): one file, named so.
      // Internal exports keep their names (not 'as A'): readable where a host reads them.
      output: { chunkFileNames: 'shared-[hash].js', minifyInternalExports: false },
    },
  },
});
