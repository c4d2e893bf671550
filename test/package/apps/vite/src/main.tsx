import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type SavedCard, SavedCardList, type WalletClient, WalletProvider } from 'saved-card-kit';
import 'saved-card-kit/styles.css';

const cards: SavedCard[] = [
  {
    id: 'card_visa',
    brand: 'visa',
    last4: '4242',
    expiryMonth: 7,
    expiryYear: 2031,
    expired: false,
  },
  {
    id: 'card_mc',
    brand: 'mastercard',
    last4: '4444',
    expiryMonth: 1,
    expiryYear: 2030,
    expired: false,
  },
  {
    id: 'card_amex',
    brand: 'amex',
    last4: '0005',
    expiryMonth: 1,
    expiryYear: 2024,
    expired: true,
  },
];

// A WalletClient of the host's own: the kit's seam for backends that are not its HTTP API.
const client: WalletClient = {
  listCards: async () => cards.map((card) => ({ ...card })),
  deleteCard: async (id) => {
    cards.splice(
      cards.findIndex((card) => card.id === id),
      1,
    );
  },
};

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const element = document.getElementById('root');
if (!element) throw new Error('no #root');
createRoot(element).render(
  <StrictMode>
    <WalletProvider client={client} queryClient={queryClient}>
      <SavedCardList />
    </WalletProvider>
  </StrictMode>,
);
