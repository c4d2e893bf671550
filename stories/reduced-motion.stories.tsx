import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen } from 'storybook/test';
import { SavedCardList } from '../src/index';
import { listMetaDefaults } from './list-meta-defaults';
import { deleteHandler, listHandler, mockApi, SAMPLE_NAMES, sampleCards } from './mocks';
import { confirmRemoval, findList, findToast, openDialog, settle } from './play-helpers';

const [VISA, MASTERCARD] = SAMPLE_NAMES;
const REDUCE = '(prefers-reduced-motion: reduce)';
const NO_PREFERENCE = 'prefers-reduced-motion: no-preference';

/** Every kit rule that starts an animation, with the media conditions it sits under. */
function animatedKitRules(): { selector: string; media: string[] }[] {
  const found: { selector: string; media: string[] }[] = [];
  const walk = (rules: CSSRuleList, media: string[]) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) walk(rule.cssRules, [...media, rule.conditionText]);
      else if (
        rule instanceof CSSStyleRule &&
        rule.selectorText.includes('.wallet-') &&
        !['', 'none'].includes(rule.style.animationName)
      ) {
        found.push({ selector: rule.selectorText, media });
      }
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      walk(sheet.cssRules, []);
    } catch {
      // A cross-origin sheet (none of ours) cannot be read; skip it.
    }
  }
  return found;
}

/** Says, on the canvas, which motion setting the browser reports. */
function MotionSetting() {
  const reduce = matchMedia(REDUCE).matches;
  return (
    <p>
      This browser reports <code>{reduce ? 'prefers-reduced-motion: reduce' : NO_PREFERENCE}</code>:
      the dialog and toasts {reduce ? 'appear without animation' : 'fade in'}. Turn on "Reduce
      motion" in the operating system (or emulate it in DevTools → Rendering) to see the other.
    </p>
  );
}

const meta = {
  title: 'SavedCardList/Reduced motion',
  component: SavedCardList,
  ...listMetaDefaults,
  beforeEach: mockApi(() => [listHandler(sampleCards), deleteHandler('provider_error')]),
  decorators: [
    ...listMetaDefaults.decorators,
    (Story) => (
      <>
        <MotionSetting />
        <Story />
      </>
    ),
  ],
} satisfies Meta<typeof SavedCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The open dialog and a failure toast animate only when the shopper has not asked for reduced
 * motion: under `prefers-reduced-motion: reduce` their computed `animation-name` is `none`.
 * (`npm run e2e` emulates both settings with Playwright and checks each.)
 */
export const DialogAndToast: Story = {
  play: async () => {
    // The rule itself: every animation of the kit is gated on `no-preference`, so under
    // `reduce` none of them can apply, whatever this browser's setting is.
    const rules = animatedKitRules();
    await expect(rules.map((rule) => rule.selector)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('.wallet-dialog'),
        expect.stringContaining('.wallet-toast'),
      ]),
    );
    for (const rule of rules) {
      await expect(rule.media.join(' and ')).toContain(NO_PREFERENCE);
    }

    // And in this browser, right now: what the media query says is what the parts do.
    await findList();
    await confirmRemoval(MASTERCARD);
    const toast = await findToast("We couldn't remove the card.");
    const dialog = await openDialog(VISA);
    const expected = matchMedia(REDUCE).matches ? 'none' : 'wallet-fade-in';
    await expect(getComputedStyle(dialog).animationName).toBe(expected);
    await expect(getComputedStyle(toast).animationName).toBe(expected);
    await expect(screen.getByText(/prefers-reduced-motion/)).toBeVisible();
    await settle();
  },
};
