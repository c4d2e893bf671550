// The locale entries: `saved-card-kit/locales/<tag>`, built from src/locales/<tag, lower case>.ts,
// each exporting one set named `<tag without the dash>Messages` (hiINMessages); and beside each,
// the strings of the wallet's actions (`saved-card-kit/wallet`) as
// `saved-card-kit/locales/actions/<tag>`, from src/locales/actions/<tag, lower case>.ts, named
// `<tag without the dash>ActionMessages` (hiINActionMessages). One list for the build, the size
// check, the API reports and the snippet check; package.json names each too
// (test/unit/locale-sets.test.ts keeps the two in step).
export const LOCALES = [
  'en',
  'hi-IN',
  'ar',
  'bn',
  'ta',
  'te',
  'mr',
  'es',
  'pt-BR',
  'fr',
  'de',
  'ja',
  'zh-CN',
  'id',
  'en-XA',
];

/** src/locales/hi-in.ts for "hi-IN". */
export const localeSource = (tag) => `src/locales/${tag.toLowerCase()}.ts`;

/** "hiINMessages" for "hi-IN". */
export const localeExport = (tag) => `${tag.replace('-', '')}Messages`;

/** src/locales/actions/hi-in.ts for "hi-IN". */
export const actionLocaleSource = (tag) => `src/locales/actions/${tag.toLowerCase()}.ts`;

/** "hiINActionMessages" for "hi-IN". */
export const actionLocaleExport = (tag) => `${tag.replace('-', '')}ActionMessages`;
