import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

test('smoke', () => {
  render(<button type="button">Hi</button>);
  expect(screen.getByRole('button', { name: 'Hi' })).toBeVisible();
});
