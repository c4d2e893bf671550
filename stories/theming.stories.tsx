import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { renderBrandMark } from '../src/brand-marks/index';
import { SavedCardList } from '../src/index';
import { deleteHandler, listHandler, mockApi, SAMPLE_NAMES, sampleCards } from './mocks';
import { confirmRemoval, findList, liveRegion, openDialog, settle } from './play-helpers';
import { StoryWallet, type StoryWalletProps } from './wallet-decorator';

const [VISA, MASTERCARD] = SAMPLE_NAMES;

/** The kit's provider over the MSW backend, with a story's `parameters.wallet` props. */
const withProvider: Decorator = (Story, { parameters }) => (
  <StoryWallet {...(parameters.wallet as StoryWalletProps | undefined)}>
    <Story />
  </StoryWallet>
);

// A purple brand with round corners. Set on the document root: the dialog and toasts are
// portalled to <body>, outside any wrapper. data-theme pins light so the colours are known.
const BRAND = {
  'data-theme': 'light',
  '--wallet-primary': 'light-dark(#6d28d9, #c4b5fd)',
  '--wallet-primary-foreground': 'light-dark(#ffffff, #1e1033)',
  '--wallet-danger': 'light-dark(#86198f, #f0abfc)',
  '--wallet-danger-foreground': 'light-dark(#ffffff, #2a0430)',
  '--wallet-ring': 'light-dark(#6d28d9, #c4b5fd)',
  '--wallet-surface': 'light-dark(#faf5ff, #1e1033)',
  '--wallet-secondary': 'light-dark(#f3e8ff, #2e1065)',
  '--wallet-border': 'light-dark(#a78bfa, #7c3aed)',
  '--wallet-radius': '1rem',
  '--wallet-space': '1rem',
} as const;

function brandOnRoot() {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(BRAND)) {
    if (name.startsWith('--')) root.style.setProperty(name, value);
    else root.setAttribute(name, value);
  }
  return () => {
    for (const name of Object.keys(BRAND)) {
      if (name.startsWith('--')) root.style.removeProperty(name);
      else root.removeAttribute(name);
    }
  };
}

const walletClasses = () =>
  [...document.querySelectorAll('[class]')].filter((el) => /\bwallet-/.test(el.className));

const meta = {
  title: 'SavedCardList/Theming',
  component: SavedCardList,
  args: { renderBrandMark },
  decorators: [withProvider],
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler()]),
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A brand theme: only `--wallet-*` variables change; every part, the dialog included, follows. */
export const BrandTheme: Story = {
  beforeEach: brandOnRoot,
  play: async () => {
    const [row] = within(await findList()).getAllByRole('listitem');
    await expect(getComputedStyle(row as HTMLElement).borderTopLeftRadius).toBe('16px');
    await expect(getComputedStyle(row as HTMLElement).backgroundColor).toBe('rgb(250, 245, 255)');
    const remove = screen.getByRole('button', { name: `Remove ${VISA}` });
    await expect(getComputedStyle(remove).color).toBe('rgb(134, 25, 143)');
    const dialog = await openDialog(VISA);
    const confirm = within(dialog).getByRole('button', { name: 'Remove card' });
    await expect(getComputedStyle(confirm).backgroundColor).toBe('rgb(134, 25, 143)');
    await expect(getComputedStyle(dialog).borderTopLeftRadius).toBe('16px');
    await settle();
  },
};

/**
 * `<WalletProvider unstyled>`: no `wallet-*` class anywhere (style it yourself through the
 * `data-slot` / `data-state` attributes); roles, names, focus and the live region are the kit's.
 */
export const Unstyled: Story = {
  parameters: { wallet: { unstyled: true } satisfies Partial<StoryWalletProps> },
  play: async () => {
    const list = await findList();
    await expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await expect(walletClasses()).toEqual([]);
    await confirmRemoval(VISA);
    await expect(screen.queryByRole('button', { name: `Remove ${VISA}` })).toBeNull();
    await expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
    await waitFor(() => expect(liveRegion()).toHaveTextContent(`${VISA} removed`));
    await expect(walletClasses()).toEqual([]);
  },
};

/** The remove-button slot: the host's own button, given the kit's name, click, ref and state. */
export const CustomRemoveButton: Story = {
  args: {
    renderRemoveButton: (props) => (
      <button
        {...props}
        style={{
          display: 'inline-flex',
          gap: '0.25rem',
          padding: '0.375rem 0.75rem',
          borderRadius: '999px',
          border: '1px solid currentColor',
          background: 'transparent',
          color: '#86198f',
          font: 'inherit',
          cursor: 'pointer',
        }}
      >
        <span aria-hidden="true">🗑</span>
        {props.children}
      </button>
    ),
  },
  play: async () => {
    await findList();
    const button = screen.getByRole('button', { name: `Remove ${VISA}` });
    await expect(button).toHaveAttribute('data-slot', 'remove-button');
    button.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: `Remove ${VISA}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(button).toHaveFocus());
    await confirmRemoval(VISA);
    await expect(screen.getByRole('button', { name: `Remove ${MASTERCARD}` })).toHaveFocus();
  },
};

/** The empty-state slot: the host's own content instead of "No saved cards". */
export const CustomEmptyState: Story = {
  beforeEach: mockApi(() => [listHandler([])]),
  args: {
    emptyState: (
      <div data-slot="empty" style={{ padding: '1.5rem', border: '1px dashed', borderRadius: 8 }}>
        <p style={{ margin: 0, fontWeight: 600 }}>Nothing saved yet</p>
        <p style={{ margin: 0 }}>Tick “Save this card” at checkout to pay faster next time.</p>
      </div>
    ),
  },
  play: async () => {
    await expect(await screen.findByText('Nothing saved yet')).toBeVisible();
    await expect(screen.queryByText('No saved cards')).toBeNull();
    await expect(screen.getByRole('heading', { name: 'Saved cards' })).toBeVisible();
  },
};
