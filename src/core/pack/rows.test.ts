import { compareText } from '../records/region';
import { sortByKeys, textKey } from './rows';

describe('sortByKeys: the order of the comparator it stands for', () => {
  const rows = [
    { n: 2, id: 'b', place: 1 },
    { n: 1, id: 'B', place: 2 },
    { n: 1, id: 'a', place: 3 },
    { n: 1, id: 'b', place: 4 },
    { n: Number.NaN, id: 'A', place: 5 },
    { n: 1, id: null, place: 6 },
    { n: 1, id: 'b', place: 0 },
  ];
  type Row = (typeof rows)[number];
  const comparator = (a: Row, b: Row) => a.n - b.n || compareText(a.id, b.id) || a.place - b.place;

  it('gives the same order as `a - b || compareText(…) || tie-break`, NaN differences falling through', () => {
    const expected = [...rows].sort(comparator).map((r) => r.place);
    const got = sortByKeys([...rows], (r) => [r.n, textKey(r.id)], (a, b) => a.place - b.place).map((r) => r.place);
    expect(got).toEqual(expected);
  });

  it('orders text case-insensitively first, then by case, with null as empty text', () => {
    const got = sortByKeys([{ t: 'b' }, { t: 'B' }, { t: null }, { t: 'a' }], (r) => [textKey(r.t)], () => 0).map((r) => r.t);
    expect(got).toEqual([null, 'a', 'B', 'b']);
  });

  it('keeps equal rows in the order given (a stable sort)', () => {
    const got = sortByKeys([{ k: 1, i: 0 }, { k: 0, i: 1 }, { k: 1, i: 2 }, { k: 0, i: 3 }], (r) => [r.k], () => 0).map((r) => r.i);
    expect(got).toEqual([1, 3, 0, 2]);
  });
});
