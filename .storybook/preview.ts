import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import '../src/styles.css';
import { globalTypes, withPageGlobals } from './page-globals';
import './preview.css';

// Plays wait for the mock backend with waitFor/findBy: testing-library's 1 s fails them on a
// busy 2-core machine (the screenshot suite runs two stories at a time), so give them 5 s.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  loaders: [mswLoader()],
  globalTypes,
  decorators: [withPageGlobals],
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    docs: { toc: true },
  },
};

export default preview;
