/**
 * The longest card id, in characters (docs/http-contract.md §1): the browser and the server
 * agree. Its own file, free of the schema library, so the server's public types name no valibot.
 */
export const MAX_CARD_ID_LENGTH = 256;
