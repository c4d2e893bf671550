/**
 * The numbering system a locale tag asks for itself ("deva" for `hi-IN-u-nu-deva`), or
 * undefined. A tag that names one is the host choosing digits on purpose, so it wins over a
 * message set's own. An invalid tag throws RangeError, as Intl's constructors do.
 */
export function requestedNumberingSystem(locale: string | undefined): string | undefined {
  return locale && new Intl.Locale(locale).numberingSystem;
}
