// Plain JavaScript (no JSX), so webpack needs no loader for it: the CSS pipeline is the point.
import { QueryClient } from '@tanstack/react-query';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SavedCardList, WalletProvider } from 'saved-card-kit';

const cards = [
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

const client = {
  listCards: async () => cards.map((card) => ({ ...card })),
  deleteCard: async (id) => {
    cards.splice(
      cards.findIndex((card) => card.id === id),
      1,
    );
  },
};

/** Renders the saved-card list into #root. */
export function renderWallet() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const element = document.getElementById('root');
  if (!element) throw new Error('no #root');
  createRoot(element).render(
    createElement(
      StrictMode,
      null,
      createElement(WalletProvider, { client, queryClient }, createElement(SavedCardList)),
    ),
  );
}
