import type { Config } from '@react-router/dev/config';

export default {
  // Server-side render by default. Change to "false" to enable SPA mode.
  ssr: true,
} satisfies Config;
