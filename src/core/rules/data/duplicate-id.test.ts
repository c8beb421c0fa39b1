import rule from './duplicate-id';
import { allocation, dispute, ids, records, run, secondment, vacancy } from '../testing';

type Parts = Parameters<typeof records>[0];
const at = (parts: Parts) => run(rule, records(parts), '30/09/2025');

describe('data/duplicate-id', () => {
  it.each<[string, Parts, string[]]>([
    ['two secondments with one ID', { secondments: [secondment({ id: 'S1' }), secondment({ id: 'S1' })] }, ['duplicate']],
    ['three vacancies with one ID: the second and third reported', { vacancies: [vacancy({ id: 'V1' }), vacancy({ id: 'V1' }), vacancy({ id: 'V1' })] }, ['duplicate', 'duplicate']],
    ['IDs differing only in case and spaces', { vacancies: [vacancy({ id: 'V-01' }), vacancy({ id: ' v-01 ' })] }, ['duplicate']],
    ['two disputes with one ID', { disputes: [dispute({ id: 'D1' }), dispute({ id: 'D1' })] }, ['duplicate']],
    ['a YOT listed twice in Allocations', { allocations: [allocation({ yot: 'YOT A' }), allocation({ yot: 'yot a' })] }, ['duplicateYot']],
  ])('fires: %s', (_, parts, expected) => {
    expect(ids(at(parts))).toEqual(expected);
  });

  it.each<[string, Parts]>([
    ['distinct IDs', { secondments: [secondment({ id: 'S1' }), secondment({ id: 'S2' })], vacancies: [vacancy({ id: 'V1' }), vacancy({ id: 'V2' })] }],
    ['the same ID in two different tables', { secondments: [secondment({ id: 'X1' })], vacancies: [vacancy({ id: 'X1' })], disputes: [dispute({ id: 'X1' })] }],
    ['blank IDs (a data/missing-field finding, not a duplicate)', { vacancies: [vacancy({ id: null }), vacancy({ id: null })] }],
    ['one allocation row per YOT', { allocations: [allocation({ yot: 'YOT A' }), allocation({ yot: 'YOT B' })] }],
    ['an empty workbook', {}],
  ])('does not fire: %s', (_, parts) => {
    expect(at(parts)).toEqual([]);
  });

  it('names the first row, and points at the later row', () => {
    const first = vacancy({ id: 'V7' });
    const second = vacancy({ id: 'v7' });
    const [f] = at({ vacancies: [first, second] });
    expect(f!.message).toBe(`Vacancy ID "v7" should identify one row only; found it already on row ${first.row}.`);
    expect(f!.row).toBe(second.row);
    expect(f!.column).toBe('Vacancy ID');
    expect(f!.table).toBe('Vacancies');
    expect(f!.key).toBe('v7');
    expect(f!.severity).toBe('error');
    const a1 = allocation({ yot: 'YOT A' });
    const [g] = at({ allocations: [a1, allocation({ yot: 'YOT A' })] });
    expect(g!.message).toBe(`The Allocations table should have one row per YOT; found "YOT A" already on row ${a1.row}.`);
    expect(g!.column).toBe('YOT');
  });
});
