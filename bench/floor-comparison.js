// The kit against the floor (the same cards as plain <li>s of the same text, a click drops a
// row), measured in one run: first paint at 10 / 100 / 1,000 cards, and click → paint of a
// removal among 100 and among 1,000. Prints kit ÷ floor; never asserts.
import { firstRenders, removalLatency } from './browser-scenarios.js';

const SIZES = [10, 100, 1000];
const REMOVALS = [
  { cards: 100, count: 10 },
  { cards: 1000, count: 10 },
];

const round = (value, digits = 1) => Number(value.toFixed(digits));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1];
};

/** Runs both comparisons; `log` says what is running. */
export async function floorComparison(browser, url, { runs = 7, deleteMs = 300, log }) {
  log(`b: first render of ${SIZES.join(' / ')} cards, kit and floor taking turns`);
  const renders = await firstRenders(browser, url, { sizes: SIZES, runs });
  const firstPaint = SIZES.map((cards) => {
    const of = (variant) =>
      renders.filter((sample) => sample.cards === cards && sample.variant === variant);
    const kit = of('kit');
    const floor = of('floor');
    return {
      cards,
      runs: kit.length,
      toDomMs: round(median(kit.map((s) => s.toDomMs))),
      toPaintMs: round(median(kit.map((s) => s.toPaintMs))),
      toPaintMaxMs: round(Math.max(...kit.map((s) => s.toPaintMs))),
      floorToPaintMs: round(median(floor.map((s) => s.toPaintMs))),
      ratio: round(median(kit.map((s) => s.toPaintMs)) / median(floor.map((s) => s.toPaintMs)), 2),
      samples: renders.filter((sample) => sample.cards === cards),
    };
  });
  const removals = [];
  for (const { cards, count } of REMOVALS) {
    log(`h: remove ${count} of ${cards.toLocaleString('en')}, each click → paint, kit then floor`);
    const kit = await removalLatency(browser, url, 'optimistic', { cards, count, deleteMs });
    const floor = await removalLatency(browser, url, 'floor', { cards, count, deleteMs });
    removals.push({
      cards,
      count,
      kitToPaintMs: round(median(kit.toPaint)),
      floorToPaintMs: round(median(floor.toPaint)),
      ratio: round(median(kit.toPaint) / median(floor.toPaint), 2),
      kit: kit.toPaint,
      floor: floor.toPaint,
    });
  }
  return { firstPaint, removals };
}

/** The comparison as table rows: case, kit, floor, kit ÷ floor. */
export function floorRows({ firstPaint, removals }) {
  return [
    ...firstPaint.map((f) => [
      `first paint, ${f.cards.toLocaleString('en')} cards`,
      f.toPaintMs,
      f.floorToPaintMs,
      f.ratio,
    ]),
    ...removals.map((r) => [
      r.count === 1 || r.cards <= 100
        ? `remove 1 of ${r.cards}, click → paint`
        : `remove ${r.count} of ${r.cards.toLocaleString('en')}, each, click → paint`,
      r.kitToPaintMs,
      r.floorToPaintMs,
      r.ratio,
    ]),
  ];
}

export function printFloorTable(comparison) {
  console.log('\n  | case | kit | floor | kit ÷ floor |');
  console.log('  |---|---|---|---|');
  for (const [name, kit, floor, ratio] of floorRows(comparison)) {
    console.log(`  | ${name} | ${kit} ms | ${floor} ms | ${ratio}× |`);
  }
  console.log('  (medians; first paint of 7 mounts each, removals of 10 clicks each)');
}
