// Types for chromium.mjs (plain JS, so Node runs it with no build step).

/** What the resolver asks of the machine; tests pass their own. */
export interface ChromiumProbes {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** True for an existing file this process may run. */
  isExecutable(path: string): boolean;
  /** Where Playwright's own Chromium is or would be installed. */
  playwrightPath(): string | undefined;
  /** The text of /etc/os-release, '' when there is none. */
  osRelease(): string;
}

/** A Chromium found, and which rule found it. */
export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

export declare const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>>;
export declare const SYSTEM_NAMES: string[];
export declare class ChromiumPathError extends Error {}
export declare function systemProbes(): ChromiumProbes;
export declare function which(name: string, probes: ChromiumProbes): string | null;
export declare function findChromium(probes?: ChromiumProbes): FoundChromium | null;
export declare function chromiumExecutable(probes?: ChromiumProbes): string | undefined;
