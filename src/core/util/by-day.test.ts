import { BY_DAY_LIMIT, ByDay } from './by-day';

describe('ByDay', () => {
  it('keeps one value per day, across blocks, and nothing for a day never set', () => {
    const c = new ByDay<string>();
    expect(c.get(45_000)).toBeUndefined();
    for (const d of [0, 1, 1023, 1024, 45_000, 45_001, BY_DAY_LIMIT - 1]) c.set(d, `day ${d}`);
    for (const d of [0, 1, 1023, 1024, 45_000, 45_001, BY_DAY_LIMIT - 1]) expect(c.get(d)).toBe(`day ${d}`);
    expect(c.get(2)).toBeUndefined();
    expect(c.get(45_002)).toBeUndefined();
  });

  it('keeps nothing for a number that is not a day in range, so the caller makes it afresh', () => {
    const c = new ByDay<string>();
    for (const d of [-1, 0.5, Number.NaN, BY_DAY_LIMIT, Infinity]) {
      c.set(d, 'x');
      expect(c.get(d)).toBeUndefined();
    }
    expect(ByDay.keeps(45_000)).toBe(true);
    expect(ByDay.keeps(45_000.5)).toBe(false);
  });
});
