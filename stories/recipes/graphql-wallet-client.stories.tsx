import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, graphql, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { expect, screen, waitFor } from 'storybook/test';
import { renderBrandMark } from '../../src/brand-marks/index';
import { type SavedCard, SavedCardList } from '../../src/index';
import { mockApi, requestsSent, SAMPLE_NAMES, sampleCards } from '../mocks';
import { confirmRemoval, findList, findToast, settle, shownCards } from '../play-helpers';
import { StoryWallet } from '../wallet-decorator';
import { createGraphqlWalletClient } from './graphql-wallet-client';

const [VISA, MASTERCARD, RUPAY, AMEX] = SAMPLE_NAMES;

// The GraphQL server of this story: its cards and the operations it received.
const server: { cards: SavedCard[]; operations: string[] } = { cards: [], operations: [] };

/** `query SavedCards` and `mutation DeleteSavedCard`; `refuse` names cards it will not delete. */
function graphqlApi(refuse: Readonly<Record<string, string>> = {}) {
  server.cards = [...sampleCards];
  server.operations = [];
  return [
    graphql.query('SavedCards', () => {
      server.operations.push('SavedCards');
      // GraphQL sends `null` for absent optional fields; the client must cope.
      const savedCards = server.cards.map((card) => ({ nickname: null, issuer: null, ...card }));
      return HttpResponse.json({ data: { savedCards } });
    }),
    graphql.mutation<{ deleteSavedCard: { id: string } | null }, { id: string }>(
      'DeleteSavedCard',
      async ({ variables }) => {
        server.operations.push(`DeleteSavedCard(${variables.id})`);
        await delay(200);
        const code = refuse[variables.id];
        if (code) {
          return HttpResponse.json({
            data: { deleteSavedCard: null },
            errors: [{ message: 'Payment pending on this card', extensions: { code } }],
          });
        }
        server.cards = server.cards.filter((card) => card.id !== variables.id);
        return HttpResponse.json({ data: { deleteSavedCard: { id: variables.id } } });
      },
    ),
  ];
}

const client = createGraphqlWalletClient({ endpoint: '/graphql' });

function GraphqlWallet({ children }: { children: ReactNode }) {
  return <StoryWallet client={client}>{children}</StoryWallet>;
}

const meta = {
  title: 'Recipes/GraphQL client',
  component: SavedCardList,
  args: { renderBrandMark },
  decorators: [
    (Story) => (
      <GraphqlWallet>
        <Story />
      </GraphqlWallet>
    ),
  ],
  beforeEach: mockApi(() => graphqlApi({ card_mc: 'CARD_IN_USE' })),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The same list and optimistic removal, over a GraphQL query and mutation (no REST at all). */
export const ListAndRemove: Story = {
  play: async () => {
    await findList();
    await expect(shownCards()).toEqual([...SAMPLE_NAMES]);
    await confirmRemoval(AMEX);
    await expect(shownCards()).toEqual([VISA, MASTERCARD, RUPAY]);
    await waitFor(() =>
      expect(server.operations).toEqual(['SavedCards', 'DeleteSavedCard(card_amex)', 'SavedCards']),
    );
    await expect(shownCards()).toEqual([VISA, MASTERCARD, RUPAY]);
    await expect(requestsSent()).toHaveLength(0);
  },
};

/**
 * The mutation answers a GraphQL error `CARD_IN_USE`: the client maps it to `card_in_use`,
 * so the card comes back and the toast says why, in the kit's words, not the server's.
 */
export const MutationError: Story = {
  play: async () => {
    await findList();
    await confirmRemoval(MASTERCARD);
    await expect(shownCards()).toEqual([VISA, RUPAY, AMEX]);
    const toast = await findToast('This card is being used for a payment in progress.');
    await expect(toast).not.toHaveTextContent('Payment pending');
    await expect(toast).toHaveTextContent(MASTERCARD);
    await waitFor(() => expect(shownCards()).toEqual([...SAMPLE_NAMES]));
    await expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await settle();
  },
};
