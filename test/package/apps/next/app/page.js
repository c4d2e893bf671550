'use client';

import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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

export default function Page() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <WalletProvider client={client} queryClient={queryClient}>
      <SavedCardList />
    </WalletProvider>
  );
}
