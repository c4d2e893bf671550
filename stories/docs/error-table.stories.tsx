import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { defaultMessages, WALLET_ERROR_STATUS } from '../../src/index';
import { ErrorTable } from './error-table';

const meta = {
  title: 'Reference/Error codes',
  component: ErrorTable,
} satisfies Meta<typeof ErrorTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One row per code the kit knows, with its status and its default message. */
export const Table: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: /Error codes/ });
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(Object.keys(WALLET_ERROR_STATUS).length);
    const row = (code: string) =>
      rows.find((r) => within(r).getByRole('rowheader').textContent === code) as HTMLElement;
    await expect(row('provider_error')).toHaveTextContent('502');
    await expect(row('provider_error')).toHaveTextContent(defaultMessages.errors.provider_error);
    await expect(row('rate_limited')).toHaveTextContent('429');
    await expect(row('rate_limited')).toHaveTextContent('Try again in 30 seconds.');
    await expect(row('network_error')).toHaveTextContent('client-side');
  },
};
