// Types for locales.mjs (plain JS, so Node runs it with no build step).

/** Every locale entry's tag, `saved-card-kit/locales/<tag>`. */
export declare const LOCALES: readonly string[];
/** The source file of a locale entry, src/locales/<tag, lower case>.ts. */
export declare function localeSource(tag: string): string;
/** The one name a locale entry exports, "hiINMessages" for "hi-IN". */
export declare function localeExport(tag: string): string;
