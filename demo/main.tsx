import '../src/styles.css';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHttpWalletClient, WalletProvider } from '../src/index';
import { App } from './app';
import { pageCspNonce } from './csp-nonce';
import { applyPageLanguage, pageLanguageFrom, providerLanguage } from './page-language';
import { applyTheme, initialTheme } from './theme';

applyTheme(initialTheme());
// `/?dir=rtl` mirrors the page, `/?lang=<tag>` picks the kit's language (demo/page-language.ts).
const page = pageLanguageFrom(location.search);
applyPageLanguage(page);

// The defaults already point at same-origin /api/wallet; a merchant passes baseUrl otherwise.
const client = createHttpWalletClient();

// `/?undo=5000` turns on a 5-second undo window (docs/look-and-feel.md); anything else leaves it off.
const undoMs = Number(new URLSearchParams(location.search).get('undo')) || 0;

const root = document.getElementById('root');
if (!root) throw new Error('demo/index.html has no #root');

// The language's messages first (a chunk of their own; English needs none), then the page.
void providerLanguage(page).then((language) =>
  createRoot(root).render(
    <StrictMode>
      {/* No queryClient passed: the kit owns one, with its retry policy, and every view below
          (list, picker, demo controls) shares it. */}
      {/* The page's CSP nonce goes on the <style> the dialog's scroll lock injects. */}
      <WalletProvider client={client} nonce={pageCspNonce()} undoMs={undoMs} {...language}>
        <App page={page} />
      </WalletProvider>
    </StrictMode>,
  ),
);
