// @vitest-environment node
import { expect, test } from 'vitest';
import type { CardLockReason } from '../../src/server/index';
import { memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

const SAYS: Array<[CardLockReason, RegExp]> = [
  ['subscription', /subscription/],
  ['pending_payment', /payment in progress/],
  ['last_card', /keep a card on file/],
  ['other', /can't be removed right now/],
];

test.each(SAYS)('a 409 for a %s lock says its own reason', async (reason, says) => {
  const wallet = await httpWallet({
    provider: memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] }),
    lockReason: () => reason,
  });
  open.push(wallet);
  const response = await wallet.remove('c1');
  expect(response.status).toBe(409);
  const { error } = await response.json();
  expect(error).toEqual({ code: 'card_in_use', message: expect.stringMatching(says), reason });
  // No sentence borrows another reason's words.
  for (const [other, itsWords] of SAYS) {
    if (other !== reason) expect(error.message).not.toMatch(itsWords);
  }
});

test('keepAtLeast refuses with the last_card sentence', async () => {
  const wallet = await httpWallet({
    provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
    keepAtLeast: 1,
  });
  open.push(wallet);
  const { error } = await (await wallet.remove('c1')).json();
  expect(error).toMatchObject({
    reason: 'last_card',
    message: expect.stringMatching(/keep a card on file/),
  });
});
