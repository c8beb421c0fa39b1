import { firstEarlier } from './duplicate-keys';

describe('firstEarlier', () => {
  it('finds each repeat and points at the first occurrence, ignoring case and surrounding spaces', () => {
    expect([...firstEarlier(['A', 'b', ' a ', null, 'B', '', '  ', 'c', 'A'])]).toEqual([-1, -1, 0, -1, 1, -1, -1, -1, 0]);
  });

  it('tells apart keys that differ only beyond ASCII, and matches them when equal', () => {
    expect([...firstEarlier(['Ysgol Ŵ', 'ysgol ŵ', 'Ysgol W'])]).toEqual([-1, 0, -1]);
  });

  it('agrees with a Map on a large column with collisions in the table', () => {
    const keys: (string | null)[] = [];
    for (let i = 0; i < 20_000; i++) keys.push(i % 7 === 0 ? `nw-s${i % 1000}` : `NW-S${i}`);
    const expected: number[] = [];
    const first = new Map<string, number>();
    keys.forEach((k, i) => {
      const norm = k!.trim().toUpperCase();
      expected.push(first.has(norm) ? first.get(norm)! : -1);
      if (!first.has(norm)) first.set(norm, i);
    });
    expect([...firstEarlier(keys)]).toEqual(expected);
  });
});
