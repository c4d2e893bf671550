// Run with: node --test conformance.node-test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryProvider } from 'saved-card-kit/server';
import { checkCardProvider, formatReport } from 'saved-card-kit/server/testing';

const card = (id, last4) => ({
  id,
  brand: 'visa',
  last4,
  expiryMonth: 7,
  expiryYear: 2031,
  expired: false,
});
const cards = {
  shopper_1: [card('card_1', '4242'), card('card_2', '4444')],
  // One card of each shopper ends in 4242: a delete must remove the right one.
  shopper_2: [card('card_3', '4242')],
};

// Your adapter goes here; called once per scenario, it must start from `cards` each time.
const makeProvider = () => memoryProvider(cards);

test('my card provider passes the saved-card-kit conformance checks', async () => {
  const report = await checkCardProvider(makeProvider, {
    customerId: 'shopper_1',
    otherCustomerId: 'shopper_2',
    cards,
  });
  // Skipped checks (no fault hook, no request tap here) are listed with what they need.
  console.log(formatReport(report));
  assert.deepEqual(report.failures, []);
});
