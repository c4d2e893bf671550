import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  AmexMark,
  brandMarks,
  CardMark,
  renderBrandMark,
  VisaMark,
} from '../../src/brand-marks/index';
import { CARD_BRANDS, type CardBrand, SavedCardList } from '../../src/index';
import { card } from '../helpers/cards';
import { createFakeBackend } from '../helpers/fake-backend';
import { renderWallet } from '../helpers/render-wallet';

// docs/browser-api.md, docs/look-and-feel.md: recognisable artwork for every brand, decorative, sharp at any zoom, legible
// in dark, never a data: URI or an inline style (checkout pages run a strict CSP); the text
// badge stays when a host passes no renderBrandMark (or it returns nothing for a brand).

const LAST4: Record<CardBrand, string> = {
  visa: '4242',
  mastercard: '4444',
  amex: '0005',
  rupay: '6011',
  maestro: '0604',
  discover: '1117',
  diners: '3237',
  jcb: '0000',
  unionpay: '0005',
  unknown: '9999',
};
const everyBrand = () =>
  CARD_BRANDS.map((brand) => card({ id: `card_${brand}`, brand, last4: LAST4[brand] }));

async function listWith(renderMark?: (brand: CardBrand) => React.ReactNode) {
  renderWallet(createFakeBackend(everyBrand()), {
    ui: <SavedCardList renderBrandMark={renderMark} />,
  });
  await screen.findByRole('button', { name: 'Remove Visa ending in 4242' });
  return within(screen.getByRole('list', { name: 'Saved cards' })).getAllByRole('listitem');
}

const markOf = (row: HTMLElement) => row.querySelector('[data-slot="brand-mark"]') as HTMLElement;

describe('brand marks (docs/look-and-feel.md)', () => {
  test('every brand has its own artwork: inline SVG, decorative, no data: URI or inline style', async () => {
    const rows = await listWith(renderBrandMark);
    expect(rows).toHaveLength(CARD_BRANDS.length);
    const drawings = new Set<string>();
    for (const row of rows) {
      const mark = markOf(row);
      const svg = mark.querySelector('svg') as SVGSVGElement;
      expect(svg, row.textContent ?? '').not.toBeNull();
      expect(mark).toHaveAttribute('aria-hidden', 'true');
      expect(svg).toHaveAttribute('aria-hidden', 'true');
      // Vector shapes only: sharp at 2× and 400 %, nothing a CSP without data: would block.
      expect(svg.getAttribute('viewBox')).toBe('0 0 780 500');
      expect(mark.querySelector('image, img, use, style, script, text, foreignObject')).toBeNull();
      expect(mark.innerHTML).not.toMatch(/data:|style=|url\(/);
      expect(svg.querySelectorAll('path, rect').length).toBeGreaterThan(0);
      drawings.add(svg.innerHTML);
      // Big enough to recognise: the kit draws it 48 CSS px wide.
      const box = svg.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(40);
      expect(box.height).toBeGreaterThanOrEqual(25);
      // The row's name is the text, never the picture.
      const button = within(row).getByRole('button');
      expect(button.getAttribute('aria-label')).toMatch(/^Remove .+ ending in \d{4}$/);
    }
    expect(drawings.size).toBe(CARD_BRANDS.length);
  });

  test('without renderBrandMark, or when it returns nothing for a brand, the text badge shows', async () => {
    const rows = await listWith((brand) => (brand === 'visa' ? <VisaMark /> : null));
    const [visa, mastercard] = rows as [HTMLElement, HTMLElement];
    expect(markOf(visa).querySelector('svg')).not.toBeNull();
    expect(markOf(mastercard).querySelector('svg')).toBeNull();
    expect(markOf(mastercard)).toHaveTextContent('MC');
    expect(markOf(mastercard)).toHaveAttribute('data-variant', 'text');
    expect(markOf(visa)).toHaveAttribute('data-variant', 'artwork');
  });

  test('legible in dark: plates are opaque, the generic card takes the text colour', async () => {
    document.documentElement.dataset.theme = 'dark';
    try {
      const rows = await listWith(renderBrandMark);
      for (const row of rows) {
        const svg = markOf(row).querySelector('svg') as SVGSVGElement;
        if (row.dataset.brand === 'unknown') {
          // Drawn in currentColor: the row's own text colour, light on the dark surface.
          const colour = getComputedStyle(svg).color;
          expect(colour).toBe(getComputedStyle(row).color);
          expect(colour).not.toBe(getComputedStyle(row).backgroundColor);
          continue;
        }
        // The first shape is a plate covering the whole mark, so the brand's colours sit on
        // the brand's own background whatever the row's.
        const plate = svg.querySelector('path, rect') as SVGGraphicsElement;
        const { width, height } = plate.getBBox();
        expect(width).toBeGreaterThanOrEqual(779);
        expect(height).toBeGreaterThanOrEqual(499);
        expect(plate.getAttribute('fill')).toMatch(/^#[0-9a-f]{3,6}$/i);
      }
    } finally {
      delete document.documentElement.dataset.theme;
    }
  });

  test('marks work standalone: sized in em, any svg prop passes through', () => {
    render(
      <p style={{ fontSize: 20 }}>
        <AmexMark data-testid="amex" className="mine" />
        <CardMark data-testid="card" aria-hidden={false} role="img" aria-label="Card" />
      </p>,
    );
    const amex = screen.getByTestId('amex');
    expect(amex).toHaveClass('mine');
    expect(amex.getBoundingClientRect().height).toBeCloseTo(20, 0);
    expect(amex.getBoundingClientRect().width).toBeCloseTo(31.2, 0);
    expect(screen.getByRole('img', { name: 'Card' })).toBe(screen.getByTestId('card'));
    expect(Object.keys(brandMarks).sort()).toEqual([...CARD_BRANDS].sort());
  });
});

describe('the artwork on its plate', () => {
  // Issue 20: Amex's wordmark ran from edge to edge of its 780-wide box, so the plate's edge
  // cut its first and last letters at every size. What sits on a plate keeps clear of it.
  test.each([48, 96, 320])(
    'at %i px wide, the Amex wordmark keeps a margin at both edges of its plate',
    (width) => {
      render(<AmexMark width={width} height={(width * 500) / 780} />);
      const svg = document.querySelector('svg') as SVGSVGElement;
      const [plate, ...art] = [...svg.querySelectorAll('path')];
      const box = (plate as SVGPathElement).getBoundingClientRect();
      expect(box.width).toBeCloseTo(width, 0);
      const left = Math.min(...art.map((shape) => shape.getBoundingClientRect().left));
      const right = Math.max(...art.map((shape) => shape.getBoundingClientRect().right));
      // At least 5 % of the plate's width clear on each side (2.4 px at the list's 48 px).
      expect(left - box.left).toBeGreaterThanOrEqual(width * 0.05);
      expect(box.right - right).toBeGreaterThanOrEqual(width * 0.05);
    },
  );
});
