import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Vite's defaults on purpose: its production CSS minifier is the pipeline under test.
export default defineConfig({ plugins: [react()], logLevel: 'warn' });
