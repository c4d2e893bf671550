// Plain JS because `npm start` runs serve.js with bare node; the TypeScript server code is
// loaded through Vite itself (ssrLoadModule), the same way the browser code is.

/**
 * Mounts the demo backend (the kit's wallet handler, the demo session, /__demo controls)
 * into Vite's dev server, ahead of Vite's own middlewares.
 * @returns {import('vite').Plugin}
 */
export function walletPlugin() {
  return {
    name: 'saved-card-kit:demo-wallet',
    apply: 'serve',
    async configureServer(server) {
      const { createDemoMiddleware } = await server.ssrLoadModule('/backend/demo-middleware.ts');
      server.middlewares.use(createDemoMiddleware());
    },
  };
}
