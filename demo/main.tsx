import '../src/styles.css';
import './demo.css';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpWalletClient, WalletProvider } from '../src/index';
import { App } from './app';
import { applyTheme, initialTheme } from './theme';

applyTheme(initialTheme());

// The defaults already point at same-origin /api/wallet; a merchant passes baseUrl otherwise.
const client = createHttpWalletClient();
// The host's own QueryClient, shared with the kit: one cache for every view of the cards.
const queryClient = new QueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('demo/index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <WalletProvider client={client} queryClient={queryClient}>
      <App />
    </WalletProvider>
  </StrictMode>,
);
