// Twelve or more digits, with or without spaces, dots or dashes between them, may be a card
// number someone typed or pasted; docs/http-contract.md §1 forbids more of the PAN than the last four.
const POSSIBLE_PAN = /\d(?:[\s.-]*\d){11,}/;
const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/g;
// `%2534` is `%34` is `4`: a few rounds of decoding cover any encoding a client would stack.
const DECODE_ROUNDS = 3;

/**
 * True when `text` may hold a card number, raw or percent-encoded. The one rule for ids,
 * the audit trail, the logger and the cards shown (docs/server.md).
 */
export function mayHoldCardNumber(text: string): boolean {
  let current = text;
  for (let round = 0; round <= DECODE_ROUNDS; round += 1) {
    if (POSSIBLE_PAN.test(current)) return true;
    const decoded = current.replace(PERCENT_ESCAPE, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (decoded === current) return false;
    current = decoded;
  }
  return false;
}
