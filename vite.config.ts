import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// Each Vitest project needs its own browser object: Vitest mutates the one it is given.
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

// The theme ships as a plain stylesheet, never imported by JS, so hosts choose to load it.
function emitStyles(): Plugin {
  return {
    name: 'saved-card-kit:styles',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(`${root}src/styles.css`, 'utf8'),
      });
    },
  };
}

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^@radix-ui\//, /^node:/];

const sharedDeps = [
  'react',
  'react-dom',
  'react-dom/client',
  // Imported first by the hydration test: pre-bundled up front, or Vite reloads mid-run.
  'react-dom/server',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  '@tanstack/react-query',
  '@radix-ui/react-alert-dialog',
  '@radix-ui/react-toast',
  '@radix-ui/react-visually-hidden',
  'valibot',
];

export default defineConfig({
  plugins: [react(), emitStyles()],
  optimizeDeps: { include: [...sharedDeps, 'msw', 'msw/browser', '@testing-library/react'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        server: 'src/server/index.ts',
        // The conformance kit: a separate entry, so a server that never runs it never loads it.
        'server/testing': 'src/server/testing/index.ts',
        // A locale ships as its own entry, so hosts that never use it pay nothing for it.
        'locales/hi-IN': 'src/locales/hi-in.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: { external },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/helpers/setup-browser.ts'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
    ],
  },
});
