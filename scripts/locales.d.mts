// Types for locales.mjs (plain JS, so Node runs it with no build step).

/** Every locale's tag: `saved-card-kit/locales/<tag>`, `saved-card-kit/locales/actions/<tag>`. */
export declare const LOCALES: readonly string[];
/** The source file of a locale entry, src/locales/<tag, lower case>.ts. */
export declare function localeSource(tag: string): string;
/** The one name a locale entry exports, "hiINMessages" for "hi-IN". */
export declare function localeExport(tag: string): string;
/** The source file of a locale's action entry, src/locales/actions/<tag, lower case>.ts. */
export declare function actionLocaleSource(tag: string): string;
/** The one name a locale's action entry exports, "hiINActionMessages" for "hi-IN". */
export declare function actionLocaleExport(tag: string): string;
