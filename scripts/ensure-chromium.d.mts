// Types for ensure-chromium.mjs (plain JS, so Node runs it with no build step).
import type { ChromiumProbes, FoundChromium } from './chromium.mjs';

/** One command of an install. */
export interface InstallStep {
  command: string;
  args: string[];
  env: Record<string, string>;
}

export interface InstallPlan {
  /** The command as a person would type it. */
  display: string;
  /** What to tell them to run when the install fails. */
  manual: string;
  steps: InstallStep[];
}

export type EnsureResult =
  | { ok: true; found: FoundChromium; installed: boolean }
  | { ok: false; message: string };

export declare function installPlan(probes: ChromiumProbes): InstallPlan;
export declare function ensureChromium(options?: {
  probes?: ChromiumProbes;
  run?: (step: InstallStep, probes: ChromiumProbes) => boolean;
  log?: (line: string) => void;
}): EnsureResult;
