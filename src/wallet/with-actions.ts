import type { WalletActionMessages } from '../core/action-messages';
import type { WalletMessages } from '../core/messages';
import { defaultActionMessages } from './action-messages';

export type WalletAndActionMessages = WalletMessages & WalletActionMessages;

// One merged set per messages object: rows and hooks ask on every render.
const merged = new WeakMap<WalletMessages, WalletAndActionMessages>();

/**
 * The list's messages with the wallet actions' strings: the host's (passed with the list's,
 * e.g. `{ ...teMessages, ...teActionMessages }`), else English.
 */
export function withActions(messages: WalletMessages): WalletAndActionMessages {
  let all = merged.get(messages);
  if (!all) {
    all = { ...defaultActionMessages, ...messages };
    merged.set(messages, all);
  }
  return all;
}
