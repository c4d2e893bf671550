// docs/security.md "Card numbers": card numbers are 12–19 digits; a longer run may hold one.
// No Luhn test: a mistyped number fails it and is still a card number someone typed.
const DIGIT_RUN = /[0-9]{12}/;
// Everything but letters and digits (by then all ASCII) separates digit groups: spaces,
// `_ / , | * · – : + ~ = @`, marks, zero-width characters, U+FFFD from a broken escape.
const SEPARATORS = /[^\p{L}0-9]+/gu;
// Any script's decimal digit counts as a digit; which one does not matter without a checksum.
const ANY_DIGIT = /\p{Nd}/gu;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
// `%2534` is `%34` is `4`: a few rounds of decoding cover any encoding a client would stack.
const DECODE_ROUNDS = 3;
// Not fatal: a byte that is no UTF-8 becomes U+FFFD, which separates like any other mark.
const utf8 = new TextDecoder();

/**
 * True when `text` may hold a card number: after NFKC, with every decimal digit of any script
 * read as a digit and every run of non-alphanumeric characters removed, it has 12 or
 * more digits in a row, as it is or once percent-decoded (up to three times). The one rule for
 * ids, the audit trail, the logger and the cards shown (docs/security.md).
 */
export function mayHoldCardNumber(text: string): boolean {
  const plain = plainAsciiVerdict(text);
  if (plain !== undefined) return plain;
  let current = text;
  for (let round = 0; ; round += 1) {
    const normal = current.normalize('NFKC');
    if (DIGIT_RUN.test(normal.replace(ANY_DIGIT, '0').replace(SEPARATORS, ''))) return true;
    if (round === DECODE_ROUNDS) return false;
    const decoded = normal.replace(PERCENT_RUN, decodePercentRun);
    if (decoded === normal) return false;
    current = decoded;
  }
}

const DIGIT_RUN_LENGTH = 12;

/**
 * The same rule without regexes for plain ASCII with no `%`, which is what card text almost
 * always is: NFKC leaves it as it is, its only digits are 0–9, its only letters A–Z and a–z,
 * and there is nothing to decode. Undefined for any other text: the full rule judges it.
 */
function plainAsciiVerdict(text: string): boolean | undefined {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x25) return undefined;
    if (c >= 0x30 && c <= 0x39) {
      run += 1;
      if (run >= DIGIT_RUN_LENGTH) return true;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
      // A letter ends a run; anything else separates digit groups and is skipped.
      run = 0;
    }
  }
  return false;
}

// `%E0%A5%AA` is one Devanagari digit: runs of escapes decode as UTF-8 together.
function decodePercentRun(run: string): string {
  const bytes = new Uint8Array(run.length / 3);
  for (let i = 0; i < bytes.length; i += 1) {
    bytes[i] = Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
  }
  return utf8.decode(bytes);
}
