import { expect, test } from 'vitest';
import { brandName } from '../../src/core/brands';

test('smoke', () => {
  expect(brandName('visa')).toBe('Visa');
});
