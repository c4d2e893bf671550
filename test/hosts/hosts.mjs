// The host apps: how each is type-checked, built for production and started, and which page
// lists the cards. Binaries are run from the shared workspace's node_modules/.bin.

/** One host app of the workspace (its folder under test/hosts, its page in docs/hosts). */
export const HOSTS = [
  {
    name: 'next-app-router',
    title: 'Next.js 16 App Router (next build, next start)',
    typecheck: null, // next build type-checks with the app's tsconfig
    build: [['next', 'build']],
    start: (port) => ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    page: '/login',
    theme: true,
    // Behind the proxy (proxy.mjs) the app is told to trust X-Forwarded-Host, as
    // docs/hosts/next-app-router.md says; at 127.0.0.1 it runs with no origin setting at all.
    proxy: { env: { TRUST_PROXY: '1' } },
    // The page fetches the cards on the server: the first HTML lists them.
    firstHtml: 'Visa ending in 4242',
  },
  {
    name: 'vite-express',
    title: 'Vite React SPA + Express 5, sonner toaster (vite build, node build/server.js)',
    build: [
      ['tsc', '-b'],
      ['vite', 'build'],
    ],
    start: () => ['node', 'build/server.js'],
    page: '/',
    theme: true,
    hostileCss: true,
  },
  {
    name: 'hono',
    title: 'Hono 4 on @hono/node-server (vite build, node build/server.js)',
    build: [
      ['tsc', '-b'],
      ['vite', 'build'],
    ],
    start: () => ['node', 'build/server.js'],
    page: '/',
  },
  {
    name: 'react-router',
    title: 'React Router 7 framework mode (react-router build, react-router-serve)',
    build: [['react-router', 'typegen'], ['tsc'], ['react-router', 'build']],
    start: () => ['react-router-serve', './build/server/index.js'],
    page: '/account',
  },
];
