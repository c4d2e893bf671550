// Types for minify-styles.mjs (plain JS, so Node runs it with no build step).

/** Absolute path of src/styles.css, the readable theme. */
export declare const STYLES_SOURCE: string;
/** The theme as it ships: minified, nothing lowered. */
export declare function minifyStyles(source: string): string;
/** src/styles.css, minified. */
export declare function shippedStyles(): string;
