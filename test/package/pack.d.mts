// Types for pack.mjs (plain JS, so Node runs it with no build step).

/** The two packages this repo publishes. */
export type PackageName = 'browser' | 'server';

/** The folder of each package in this repo. */
export declare const PACKAGE_DIRS: Record<PackageName, string>;

/** Packs both packages into `dir` (a new temporary folder when omitted); each tarball's path. */
export declare function packTarballs(dir?: string): Record<PackageName, string>;
