// Twelve or more digits, spaced or dashed, may be a card number someone typed into free text;
// DESIGN §2 forbids sending more of the PAN than the last four.
const POSSIBLE_PAN = /\d(?:[ -]?\d){11,}/;

/** True when the text holds a digit run long enough to be a card number. */
export function mayHoldCardNumber(text: string): boolean {
  return POSSIBLE_PAN.test(text);
}
