import { readRecords } from '../../records/read';
import type { Cell, RawWorkbook } from '../../records/types';
import { d } from '../testing';

const SECONDMENT_HEADERS = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer'];
const SECONDMENT_ROW: Cell[] = ['S1', 'North West', 'PDU A', 'YOT A', 'PO', 1, '01/04/2024', '01/03/2024', 'Y'];
const VACANCY_HEADERS = ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Stage 1 date', 'Filled date'];
const VACANCY_ROW: Cell[] = ['V1', 'North West', 'PDU A', 'YOT A', 'PO', 1, '01/01/2025', null, null];

/** A workbook whose Vacancies table starts at B3 (header) with one row (sheet row 4); column H is "Vacant from". */
function withVacancy(cells: Record<string, Cell>, extra: Partial<RawWorkbook> = {}): RawWorkbook {
  const row = VACANCY_HEADERS.map((h, i) => (h in cells ? cells[h]! : VACANCY_ROW[i]!));
  return {
    source: 'test.xlsx',
    sheetNames: ['Secondments', 'Vacancies'],
    grids: {
      Secondments: { kind: 'table', sheet: 'Secondments', originRow: 1, originCol: 1, values: [SECONDMENT_HEADERS, SECONDMENT_ROW] },
      Vacancies: { kind: 'table', sheet: 'Vacancies', originRow: 3, originCol: 2, values: [VACANCY_HEADERS, row] },
    },
    ...extra,
  };
}

const read = (raw: RawWorkbook) => readRecords(raw);
const dateFindings = (raw: RawWorkbook) => read(raw).findings.filter((f) => f.rule === 'data/invalid-date').map((f) => f.messageId);

describe('data/invalid-date', () => {
  it.each<[string, Cell, string]>([
    ['31/04/2025: April has 30 days', '31/04/2025', 'impossible'],
    ['04/13/2025: US month-first order is never assumed', '04/13/2025', 'impossible'],
    ['29/02/2025: not a leap year', '29/02/2025', 'impossible'],
    ['2025-02-30 (ISO)', '2025-02-30', 'impossible'],
    ['TBC', 'TBC', 'unrecognised'],
    ['"next week"', 'next week', 'unrecognised'],
    ['1 Smarch 2025', '1 Smarch 2025', 'unrecognised'],
    ['a TRUE/FALSE cell', true, 'unrecognised'],
    ['serial 0 (before 01/03/1900)', 0, 'outOfRange'],
    ['serial 60 (Excel\'s 29/02/1900, which never was)', 60, 'outOfRange'],
    ['a negative serial', -5, 'outOfRange'],
    ['a serial after 31/12/9999', 3_000_000, 'outOfRange'],
  ])('fires: %s', (_, cell, messageId) => {
    expect(dateFindings(withVacancy({ 'Vacant from': cell }))).toEqual([messageId]);
  });

  it.each<[string, Cell, string]>([
    ['an Excel serial number', 45748, '01/04/2025'],
    ['a serial with a time of day', 45748.75, '01/04/2025'],
    ['the first serial accepted, 61', 61, '01/03/1900'],
    ['UK text', '01/04/2025', '01/04/2025'],
    ['UK text, one-digit day and month, two-digit year', '1/4/25', '01/04/2025'],
    ['ISO text', '2025-04-01', '01/04/2025'],
    ['day and month name', '1 Apr 2025', '01/04/2025'],
    ['29/02/2024: a leap year', '29/02/2024', '29/02/2024'],
    ['spaces around it', '  01/04/2025 ', '01/04/2025'],
  ])('does not fire: %s', (_, cell, expected) => {
    const { records, findings } = read(withVacancy({ 'Vacant from': cell }));
    expect(findings).toEqual([]);
    expect(records.vacancies[0]!.vacantFrom).toBe(d(expected));
  });

  it('does not fire for a blank optional date', () => {
    expect(read(withVacancy({ 'Filled date': null, 'Stage 1 date': '   ' })).findings).toEqual([]);
  });

  it('says what was expected and found, points at the cell, and marks the field unreadable', () => {
    const { records, findings } = read(withVacancy({ 'Vacant from': '31/04/2025' }));
    const [f] = findings;
    expect(f!.message).toBe('Vacant from should be a date (dd/mm/yyyy); found "31/04/2025", which is not a day in the calendar.');
    expect(f!.table).toBe('Vacancies');
    expect(f!.sheet).toBe('Vacancies');
    expect(f!.row).toBe(4);
    expect(f!.cell).toBe('H4');
    expect(f!.column).toBe('Vacant from');
    expect(f!.key).toBe('V1');
    expect(f!.severity).toBe('error');
    const v = records.vacancies[0]!;
    expect(v.vacantFrom).toBeNull();
    expect(v.invalid.has('vacantFrom')).toBe(true);
  });

  it('an unreadable required date is reported once, as invalid-date, not also as missing-field', () => {
    expect(read(withVacancy({ 'Vacant from': 'TBC' })).findings.map((f) => f.rule)).toEqual(['data/invalid-date']);
  });

  it('reads the Board sheet dates the same way', () => {
    const board = { kind: 'sheet' as const, sheet: 'Board', originRow: 1, originCol: 1, values: [['YOGB meeting date', 'TBC'], ['Tracker submitted', '08/10/2025']] };
    const { records, findings } = read(withVacancy({}, { board }));
    expect(findings.map((f) => [f.rule, f.messageId, f.table, f.cell])).toEqual([['data/invalid-date', 'unrecognised', 'Board', 'B1']]);
    expect(records.board.invalid.has('meetingDate')).toBe(true);
    expect(records.board.trackerSubmitted).toBe(d('08/10/2025'));
  });

  it('reads the Secondments dates the same way', () => {
    const raw = withVacancy({});
    const secondments = { ...raw.grids.Secondments!, values: [SECONDMENT_HEADERS, SECONDMENT_ROW.map((c, i) => (i === 6 ? '31/06/2024' : c))] };
    const { findings } = read({ ...raw, grids: { ...raw.grids, Secondments: secondments } });
    expect(findings.map((f) => [f.messageId, f.column, f.cell])).toEqual([['impossible', 'Start date', 'G2']]);
  });
});
