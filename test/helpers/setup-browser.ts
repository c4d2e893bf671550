import '@testing-library/jest-dom/vitest';
// The minified theme as it ships (vite.config.ts), so theme and RTL checks test what hosts load.
import 'virtual:shipped-styles.css';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
