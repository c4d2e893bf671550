// @vitest-environment node
import { transform } from 'lightningcss';
import { describe, expect, test } from 'vitest';
import { shippedStyles } from '../../scripts/minify-styles.mjs';

// Hosts minify our stylesheet again with their own targets: Vite 7+ (and so Storybook's
// builder) through Lightning CSS at "baseline widely available". Chrome has :dir() only
// since 120, so for those targets Lightning CSS rewrites `:dir(rtl)` as `:lang(ar, he, …)`,
// which misses a dir="rtl" page in English (issue 20). No rule of ours may depend on :dir().
// Lightning CSS encodes a version as major << 16 | minor << 8.
const VITE_DEFAULT_TARGETS = {
  // vite's ESBUILD_BASELINE_WIDELY_AVAILABLE_TARGET: chrome111, edge111, firefox114, safari16.4.
  chrome: 111 << 16,
  edge: 111 << 16,
  firefox: 114 << 16,
  safari: (16 << 16) | (4 << 8),
  ios_saf: (16 << 16) | (4 << 8),
};

describe("the shipped stylesheet through a host's CSS pipeline", () => {
  test("lowered for Vite's default targets, it selects nothing by :lang()", () => {
    const { code } = transform({
      filename: 'styles.css',
      code: Buffer.from(shippedStyles()),
      minify: true,
      targets: VITE_DEFAULT_TARGETS,
    });
    const lowered = code.toString();
    expect(lowered).toContain('.wallet-card-nickname');
    expect(lowered).not.toContain(':lang(');
    expect(lowered).not.toContain(':dir(');
  });
});
