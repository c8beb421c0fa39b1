import { formatPounds, plural } from './text';

describe('text', () => {
  it.each([
    [0, '£0'], [5000, '£5,000'], [6200.5, '£6,200.50'], [1234567.891, '£1,234,567.89'], [0.05, '£0.05'], [-2500, '-£2,500'], [999.999, '£1,000'],
  ])('formatPounds(%p) = %p', (n, text) => {
    expect(formatPounds(n)).toBe(text);
  });
  it('plural', () => {
    expect([plural(1, 'month'), plural(6, 'month'), plural(2, 'day')]).toEqual(['1 month', '6 months', '2 days']);
  });
});
