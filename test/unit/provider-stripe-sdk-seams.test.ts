// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { sendGate } from '../../src/server/providers/stripe-send-gate';
import { streamsAnswers } from '../../src/server/providers/stripe-stream';

describe('what the Stripe adapter asks of the SDK instance', () => {
  test.each([
    ['17.0.0', false],
    ['18.0.0', false],
    ['18.1.0', false],
    ['18.1.1', true],
    ['18.2.0', true],
    ['23.1.0', true],
    ['24.0.0-beta.1', true],
    ['not a version', false],
    [undefined, false],
  ])('an SDK at %s streams answers: %s', (version, expected) => {
    expect(streamsAnswers({ VERSION: version })).toBe(expected);
  });

  test('no gate without the instance’s own authenticator, so the adapter waits for the SDK', () => {
    expect(sendGate({}, new AbortController().signal)).toBeNull();
  });

  test('the gate authenticates while the budget lasts and holds the attempt back after', async () => {
    const seen: object[] = [];
    const stripe = { _authenticator: async (request: object) => void seen.push(request) };
    const controller = new AbortController();
    const gate = sendGate(stripe, controller.signal);
    await gate?.({ id: 1 });
    expect(seen).toEqual([{ id: 1 }]);
    controller.abort();
    const held = await Promise.race([
      gate?.({ id: 2 }).then(() => 'sent'),
      new Promise((resolve) => setTimeout(() => resolve('held'), 100)),
    ]);
    expect(held).toBe('held');
    expect(seen).toEqual([{ id: 1 }]);
  });
});
