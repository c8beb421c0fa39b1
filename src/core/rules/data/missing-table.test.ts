import { readRecords } from '../../records/read';
import type { Grid, RawWorkbook } from '../../records/types';

const SECONDMENTS: Grid = {
  kind: 'table', sheet: 'Secondments', originRow: 1, originCol: 1,
  values: [
    ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer'],
    ['S1', 'North West', 'PDU A', 'YOT A', 'PO', 1, '01/04/2024', '01/03/2024', 'Y'],
  ],
};
const VACANCIES: Grid = {
  kind: 'table', sheet: 'Vacancies', originRow: 1, originCol: 1,
  values: [
    ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from'],
    ['V1', 'North West', 'PDU A', 'YOT A', 'PO', 1, '01/01/2025'],
  ],
};

const workbook = (grids: RawWorkbook['grids'], sheetNames: string[] = Object.keys(grids)): RawWorkbook => ({ source: 'test.xlsx', sheetNames, grids });
const found = (raw: RawWorkbook) => readRecords(raw).findings.map((f) => `${f.rule} ${f.messageId} ${f.table}`);

describe('data/missing-table', () => {
  it.each<[string, RawWorkbook, string[]]>([
    ['no Vacancies', workbook({ Secondments: SECONDMENTS }), ['data/missing-table missing Vacancies']],
    ['no Secondments', workbook({ Vacancies: VACANCIES }), ['data/missing-table missing Secondments']],
    ['neither', workbook({}, ['Sheet1']), ['data/missing-table missing Secondments', 'data/missing-table missing Vacancies']],
    [
      'a Vacancies sheet with no recognisable header row',
      workbook({ Secondments: SECONDMENTS, Vacancies: { kind: 'sheet', sheet: 'Vacancies', originRow: 1, originCol: 1, values: [['Notes'], ['To follow']] } }),
      ['data/missing-table noHeader Vacancies'],
    ],
  ])('fires: %s', (_, raw, expected) => {
    expect(found(raw)).toEqual(expected);
  });

  it.each<[string, RawWorkbook]>([
    ['Secondments and Vacancies, no Allocations or Disputes (optional)', workbook({ Secondments: SECONDMENTS, Vacancies: VACANCIES })],
    [
      'a Vacancies worksheet with title rows above its header row',
      workbook({
        Secondments: SECONDMENTS,
        Vacancies: { kind: 'sheet', sheet: 'Vacancies', originRow: 1, originCol: 1, values: [['North West Vacancy Tracker'], [], ...VACANCIES.values] },
      }),
    ],
    ['an empty Vacancies table (header only)', workbook({ Secondments: SECONDMENTS, Vacancies: { ...VACANCIES, values: [VACANCIES.values[0]!] } })],
  ])('does not fire: %s', (_, raw) => {
    expect(found(raw)).toEqual([]);
  });

  it('says what was expected and found, naming the sheets the workbook has', () => {
    const { records, findings } = readRecords(workbook({ Secondments: SECONDMENTS }, ['Secondments', 'Vacancy tracker', 'Notes']));
    const [f] = findings;
    expect(f!.message).toBe(
      'Expected a table or sheet called "Vacancies" (the Vacancy Tracker); found neither an Excel table nor a worksheet of that name. Sheets in the workbook: Secondments, Vacancy tracker, Notes.',
    );
    expect(f!.row).toBeNull();
    expect(f!.cell).toBeNull();
    expect(f!.severity).toBe('error');
    expect(records.present.has('Vacancies')).toBe(false);
    expect(records.present.has('Secondments')).toBe(true);
    expect(records.vacancies).toEqual([]);
    expect(records.secondments).toHaveLength(1);
  });

  it('a workbook with no sheets says so', () => {
    const [f] = readRecords(workbook({}, [])).findings;
    expect(f!.message).toMatch(/Sheets in the workbook: none\.$/);
  });

  it('the title-row sheet is read from its real header row', () => {
    const raw = workbook({
      Secondments: SECONDMENTS,
      Vacancies: { kind: 'sheet', sheet: 'Vacancies', originRow: 1, originCol: 1, values: [['North West Vacancy Tracker'], [], ...VACANCIES.values] },
    });
    const { records } = readRecords(raw);
    expect(records.layouts.Vacancies!.headerRow).toBe(3);
    expect(records.vacancies.map((v) => [v.id, v.row])).toEqual([['V1', 4]]);
  });
});
