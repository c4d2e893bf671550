/** One way a word can be written where it must not be. */
export interface LeakForm {
  /** e.g. `base64`, `URL-encoded`, `hex`; `as is` for the word itself. */
  form: string;
  text: string;
}

// An encoded fragment shorter than this matches too much by chance to mean anything.
const MIN_ENCODED = 8;

/**
 * `word` as is, and as the encodings a header or a log line might carry it in: base64
 * (standard and URL-safe, at each of the three byte offsets a prefix such as `user:` leaves
 * it, so `base64("user:" + word)` is found too), URL-encoded and hex.
 */
export function leakForms(word: string): LeakForm[] {
  if (word === '') return [];
  const bytes = new TextEncoder().encode(word);
  const forms: LeakForm[] = [{ form: 'as is', text: word }];
  for (let offset = 0; offset < 3; offset += 1) {
    const core = base64Core(bytes, offset);
    forms.push({ form: 'base64', text: core });
    forms.push({ form: 'base64 (URL-safe)', text: core.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  const url = encodeURIComponent(word);
  forms.push({ form: 'URL-encoded', text: url });
  forms.push({ form: 'URL-encoded', text: url.replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase()) });
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  forms.push({ form: 'hex', text: hex }, { form: 'hex', text: hex.toUpperCase() });
  const seen = new Set<string>();
  return forms.filter(({ form, text }) => {
    if (seen.has(text) || (form !== 'as is' && (text === word || text.length < MIN_ENCODED))) {
      return false;
    }
    seen.add(text);
    return true;
  });
}

// The base64 characters that depend on `bytes` alone when they follow `offset` bytes of
// anything and precede anything: whole 3-byte groups, no padding.
function base64Core(bytes: Uint8Array, offset: number): string {
  const skip = (3 - offset) % 3;
  const whole = Math.floor((bytes.length - skip) / 3) * 3;
  if (whole <= 0) return '';
  let binary = '';
  for (const byte of bytes.subarray(skip, skip + whole)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
