import type { Meta } from '@storybook/react-vite';
import { renderBrandMark } from '../src/brand-marks/index';
import type { SavedCardList } from '../src/index';
import { deleteHandler, listHandler, mockApi, sampleCards } from './mocks';
import { withWallet } from './wallet-decorator';

/**
 * The meta a SavedCardList story file spreads under its own `title` and `component` (those
 * stay literal so Storybook's indexer can read them): the kit's provider over the MSW backend,
 * holding the sample cards and answering every DELETE with success.
 */
export const listMetaDefaults = {
  args: { renderBrandMark },
  decorators: [withWallet],
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

/** A story's dark variant: spread it after the story (`{ ...Phone, ...darkTheme }`). */
export const darkTheme = {
  globals: { theme: 'dark' },
  parameters: { backgrounds: { disable: true } },
};
