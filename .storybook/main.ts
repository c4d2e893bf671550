import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  // MDX pages are docs only: the Vitest plugin runs `*.stories.*` files, never `*.mdx`.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // react-docgen-typescript follows imported and extended types, so the props tables list
  // WalletProviderProps (declared in another module) and SavedCardList's own props.
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      // The section's hundreds of DOM attributes would bury the kit's own props.
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  // Dependencies only stories import: pre-bundled up front, or Vite finds them mid-run and
  // reloads the page under a running story test.
  viteFinal: (config) => mergeConfig(config, { optimizeDeps: { include: ['sonner'] } }),
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
};

export default config;
