// The locale entries: `saved-card-kit/locales/<tag>`, built from src/locales/<tag, lower case>.ts,
// each exporting one set named `<tag without the dash>Messages` (hiINMessages). One list for the
// build, the size check, the API reports and the snippet check; package.json names each too
// (test/unit/locale-entries.test.ts keeps the two in step).
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
