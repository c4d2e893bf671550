// A static export: `next build` runs the same CSS pipeline as for `next start`, and the
// result is plain files the consumer test serves itself.
const nextConfig = { output: 'export' };

export default nextConfig;
