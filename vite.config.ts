import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { createServer, defineConfig, type Plugin, type ViteDevServer } from 'vite';
import { chromiumExecutable } from './scripts/chromium.mjs';
import { actionLocaleSource, LOCALES, localeSource } from './scripts/locales.mjs';
import { minifyStyles, STYLES_SOURCE } from './scripts/minify-styles.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

// Each Vitest project needs its own browser object: Vitest mutates the one it is given.
// Which Chromium: scripts/chromium.mjs (`npm test` installs one first when there is none).
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: chromiumExecutable(),
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

// The theme ships as a plain stylesheet, never imported by JS, so hosts choose to load it:
// styles.css minified (nothing lowered), styles.source.css as written, comments and all, for
// those who read it to override tokens.
function emitStyles(): Plugin {
  return {
    name: 'saved-card-kit:styles',
    generateBundle() {
      const source = readFileSync(STYLES_SOURCE, 'utf8');
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: minifyStyles(source) });
      this.emitFile({ type: 'asset', fileName: 'styles.source.css', source });
    },
  };
}

// The browser tests import `virtual:shipped-styles.css`: the theme and RTL checks run on the
// minified file hosts get, not on src/styles.css.
const SHIPPED_STYLES = 'virtual:shipped-styles.css';
function shippedStylesModule(): Plugin {
  return {
    name: 'saved-card-kit:shipped-styles',
    enforce: 'pre',
    resolveId(id) {
      return id === SHIPPED_STYLES ? `\0${SHIPPED_STYLES}` : undefined;
    },
    load(id) {
      if (id !== `\0${SHIPPED_STYLES}`) return undefined;
      this.addWatchFile(STYLES_SOURCE);
      return minifyStyles(readFileSync(STYLES_SOURCE, 'utf8'));
    },
  };
}

// A Vite server of its own for the browser tests' Node half: the browser project's server
// pre-bundles React for the browser, which Node cannot evaluate.
let nodeServer: Promise<ViteDevServer> | undefined;
async function nodeModule(path: string) {
  nodeServer ??= createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    plugins: [react()],
  });
  return (await nodeServer).ssrLoadModule(path);
}

// get-nonce stays external: the host must get the one copy Radix's scroll lock reads from.
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\//,
  /^@radix-ui\//,
  /^get-nonce$/,
  /^node:/,
];

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
  // Pre-bundled with Radix, so the kit and the scroll lock share one module (one nonce).
  'get-nonce',
  'valibot',
];

export default defineConfig({
  plugins: [react(), emitStyles(), shippedStylesModule()],
  optimizeDeps: {
    include: [...sharedDeps, 'msw', 'msw/browser', '@testing-library/react', 'fast-check'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        // The wallet's actions beyond removal (the default card, duplicates, adding a card):
        // a host that shows only the list pays nothing for them.
        wallet: 'src/wallet/index.ts',
        // saved-card-kit/server is built once, as @saved-card-kit/server (packages/server).
        // A locale ships as its own entry, so hosts that never use it pay nothing for it; its
        // strings for the wallet's actions are an entry of their own again.
        ...Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, localeSource(tag)])),
        ...Object.fromEntries(
          LOCALES.map((tag) => [`locales/actions/${tag}`, actionLocaleSource(tag)]),
        ),
        // Artwork is opt-in too: the list shows text badges unless a host passes renderBrandMark.
        'brand-marks': 'src/brand-marks/index.ts',
      },
      formats: ['es'],
    },
    // Readable ESM, one file per source module: hosts' stack traces and node_modules read like
    // our source, and each module keeps its own 'use client' (React Server Components need it
    // per module: the components and hooks carry it, cardsQueryOptions and WalletError do not).
    minify: false,
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Bundled third-party code, if any, under vendor/: npm leaves node_modules out of a tarball.
        entryFileNames: ({ name }) => `${name.replace(/^node_modules\//, 'vendor/')}.js`,
      },
    },
  },
  test: {
    // Vitest's 5 s default is about what a few round-trip tests take on a busy 2-core CI box
    // (the three projects run side by side); a timeout here says nothing about speed, which
    // `npm run bench` measures.
    testTimeout: 15_000,
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
          browser: {
            ...chromium(),
            // The locale hydration test's server half, run in Node with Node's ICU.
            commands: {
              renderLocaleOnServer: async (_context, tag: string) => {
                const module = await nodeModule('/test/helpers/render-locale-on-server.tsx');
                return module.renderLocaleOnServer(tag);
              },
            },
          },
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
