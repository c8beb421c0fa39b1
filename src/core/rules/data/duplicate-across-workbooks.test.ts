import rule, { crossWorkbookDuplicates } from './duplicate-across-workbooks';
import { dispute, records, secondment, vacancy } from '../testing';
import type { Records } from '../../records/types';

const wb = (source: string, recs: Records) => ({ source, region: source.replace('.xlsx', ''), records: recs });
const ids = (out: ReturnType<typeof crossWorkbookDuplicates>) => out.map((list) => list.map((f) => `${f.table}:${f.key}`));

describe('data/duplicate-across-workbooks', () => {
  it.each<[string, Records[], string[][]]>([
    ['a secondment ID in two workbooks: the later row is reported', [records({ secondments: [secondment({ id: 'S1' })] }), records({ secondments: [secondment({ id: 'S1' })] })], [[], ['Secondments:S1']]],
    ['IDs differ only in case and spaces', [records({ vacancies: [vacancy({ id: 'nw-v1' })] }), records({ vacancies: [vacancy({ id: ' NW-V1 ' })] })], [[], ['Vacancies: NW-V1 ']]],
    ['a dispute ID in three workbooks: the second and third are reported', [records({ disputes: [dispute({ id: 'D1' })] }), records({ disputes: [dispute({ id: 'D1' })] }), records({ disputes: [dispute({ id: 'D1' })] })], [[], ['Disputes:D1'], ['Disputes:D1']]],
  ])('fires: %s', (_, list, expected) => {
    expect(ids(crossWorkbookDuplicates(list.map((r, i) => wb(`w${i}.xlsx`, r))))).toEqual(expected);
  });

  it.each<[string, Records[]]>([
    ['different IDs', [records({ secondments: [secondment({ id: 'S1' })] }), records({ secondments: [secondment({ id: 'S2' })] })]],
    ['the same ID in different tables', [records({ secondments: [secondment({ id: 'X1' })] }), records({ vacancies: [vacancy({ id: 'X1' })] })]],
    ['the same ID twice in one workbook (data/duplicate-id reports that)', [records({ secondments: [secondment({ id: 'S1' }), secondment({ id: 'S1' })] })]],
    ['blank IDs (data/missing-field reports those)', [records({ secondments: [secondment({ id: null })] }), records({ secondments: [secondment({ id: null })] })]],
  ])('does not fire: %s', (_, list) => {
    expect(crossWorkbookDuplicates(list.map((r, i) => wb(`w${i}.xlsx`, r))).flat()).toEqual([]);
  });

  it('points at the ID cell and names the other workbook and row', () => {
    const first = records({ secondments: [secondment({ id: 'S1' })] });
    const second = records({ secondments: [secondment({ id: 'S1' })] });
    const [f] = crossWorkbookDuplicates([wb('north-west.xlsx', first), wb('wales.xlsx', second)])[1]!;
    expect(f).toMatchObject({ rule: rule.id, severity: 'error', messageId: 'duplicate', table: 'Secondments', row: second.secondments[0]!.row, column: 'Secondment ID', cell: `A${second.secondments[0]!.row}` });
    expect(f!.message).toBe(
      `Secondment ID S1 also appears in north-west.xlsx (north-west, Secondments row ${first.secondments[0]!.row}); expected each ID once across the workbooks in one pack. Both rows are counted separately, not merged: correct the ID in one of the workbooks.`,
    );
    expect(f!.citation).toBe('NPF 2021 §5.5 vi');
  });
});
