import { formatUk } from '../dates';
import { readRecords, matchHeader } from './read';
import { SECONDMENTS, VACANCIES } from './schema';
import type { Cell, Grid, RawWorkbook } from './types';

const SEC_HEADERS = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer'];
const SEC_ROW: Cell[] = ['S1', 'North West', 'Wirral', 'Wirral YJS', 'PO', 1, 45748, 45700, 'Y'];
const VAC_HEADERS = ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Stage 1 date'];
const VAC_ROW: Cell[] = ['V1', 'North West', 'Wirral', 'Wirral YJS', 'PSO', 0.6, 45748, 45748];

function grid(values: Cell[][], o: Partial<Grid> = {}): Grid {
  return { kind: 'table', sheet: 'Sheet', originRow: 1, originCol: 1, values, ...o };
}

function workbook(sec: Grid, vac: Grid = grid([VAC_HEADERS, VAC_ROW], { sheet: 'Vacancies' })): RawWorkbook {
  return { source: 'test.xlsx', sheetNames: ['Secondments', 'Vacancies'], grids: { Secondments: sec, Vacancies: vac } };
}

describe('records: finding the header row and matching headers', () => {
  it('matches synonyms case-insensitively, ignoring punctuation and a trailing unit', () => {
    const m = (h: string) => {
      const f = matchHeader(SECONDMENTS, h);
      return f && f !== 'ignore' ? f.key : undefined;
    };
    expect(m('SECONDMENT ID')).toBe('id');
    expect(m('Post ref')).toBe('id');
    expect(m('Youth Offending Team')).toBe('yot');
    expect(m('Hours (FTE)')).toBe('fte');
    expect(m('Start date (date)')).toBe('start');
    expect(m('start_date')).toBe('start');
    expect(m('End date (planned)')).toBe('plannedEnd');
    expect(m('6 month review')).toBe('sixMonthReview');
    expect(m('PI 31/2014')).toBe('authorised');
    expect(m('Favourite colour')).toBeUndefined();
    const v = (h: string) => {
      const f = matchHeader(VACANCIES, h);
      return f && f !== 'ignore' ? f.key : undefined;
    };
    expect(v('S4 date')).toBe('stage4Date');
    expect(v('Stage 5 reimbursement (£)')).toBe('reimbursement');
    expect(v('Date YOT manager informed')).toBe('yotInformed');
  });

  it('uses a saved mapping before synonyms, and can ignore a column', () => {
    expect(matchHeader(SECONDMENTS, 'Officer', { Officer: 'secondee' })).toMatchObject({ key: 'secondee' });
    expect(matchHeader(SECONDMENTS, 'Region', { Region: 'ignore' })).toBe('ignore');
  });

  it('finds the header row under title rows on a plain sheet, with sheet rows as Excel numbers them', () => {
    const sheet = grid([['North West – secondment register'], [], SEC_HEADERS, SEC_ROW], { kind: 'sheet', sheet: 'Secondments' });
    const { records, findings } = readRecords(workbook(sheet));
    expect(findings).toEqual([]);
    expect(records.layouts.Secondments).toMatchObject({ headerRow: 3, source: 'sheet' });
    expect(records.secondments).toHaveLength(1);
    expect(records.secondments[0]).toMatchObject({ row: 4, id: 'S1', role: 'PO', scheme: 'Probation', nation: 'England', fte: 1, authorised: true });
  });

  it('reads an Excel table, offset in the sheet, the same way', () => {
    const table = grid([SEC_HEADERS, SEC_ROW], { originRow: 5, originCol: 3, sheet: 'Register' });
    const { records } = readRecords(workbook(table));
    expect(records.secondments[0]).toMatchObject({ row: 6, id: 'S1', start: 45748 });
    expect(records.layouts.Secondments!.columns['start']).toEqual({ header: 'Start date', col: 9 });
  });

  it('reads UK text dates and Excel serials to the same day', () => {
    const text = grid([SEC_HEADERS, ['S1', 'North West', 'Wirral', 'Wirral YJS', 'PO', '1', '01/04/2025', '1 Feb 2025', 'yes']]);
    const { records, findings } = readRecords(workbook(text));
    expect(findings).toEqual([]);
    expect(formatUk(records.secondments[0]!.start!)).toBe('01/04/2025');
    expect(records.secondments[0]!.start).toBe(45748);
  });

  it('skips blank rows and keeps extra columns out of the way', () => {
    const g = grid([[...SEC_HEADERS, 'Notes'], [null, '', '  '], [...SEC_ROW, 'anything'], []]);
    const { records, findings } = readRecords(workbook(g));
    expect(findings).toEqual([]);
    expect(records.secondments).toHaveLength(1);
    expect(records.layouts.Secondments!.unmatched).toEqual([{ header: 'Notes', col: 10 }]);
  });

  it('defaults Scheme to Police for a police officer, and reports a role that does not fit its scheme', () => {
    const g = grid([[...SEC_HEADERS, 'Scheme'], ['S1', 'NW', 'P', 'Y', 'Police Officer', 1, 45748, 45700, null], ['S2', 'NW', 'P', 'Y', 'PO', 1, 45748, 45700, 'Y', 'Police']]);
    const { records, findings } = readRecords(workbook(g));
    expect(records.secondments[0]).toMatchObject({ scheme: 'Police', role: 'Police Officer' });
    expect(findings.map((f) => [f.rule, f.messageId, f.key])).toEqual([['data/invalid-value', 'roleScheme', 'S2']]);
    expect(records.secondments[1]!.invalid.has('role')).toBe(true);
  });

  it('averages deprivation factor columns into the index (6 England, 7 Wales)', () => {
    const alloc = grid([['YOT', 'Caseload', 'Deprivation 1', 'Deprivation 2', 'Deprivation 3', 'Deprivation 4', 'Deprivation 5', 'Deprivation 6'], ['Y', 12, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]]);
    const raw = { ...workbook(grid([SEC_HEADERS, SEC_ROW])), grids: { ...workbook(grid([SEC_HEADERS, SEC_ROW])).grids, Allocations: alloc } };
    const { records } = readRecords(raw);
    expect(records.allocations[0]!.deprivationIndex).toBe(0.35);
  });

  it.each([
    ['England with 3 of 6 factors', 'England', [0.1, 0.2, 0.3], '6 factor scores for an English YOT'],
    ['Wales with only 6 of 7 factors', 'Wales', [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], '7 factor scores for a Welsh YOT'],
  ])('refuses a deprivation mean of the wrong number of factors: %s', (_, nation, scores, expected) => {
    const headers = ['YOT', 'Nation', 'Caseload', ...scores.map((__, i) => `Deprivation ${i + 1}`)];
    const alloc = grid([headers, ['Y', nation, 12, ...scores]]);
    const base = workbook(grid([SEC_HEADERS, SEC_ROW]));
    const { records, findings } = readRecords({ ...base, grids: { ...base.grids, Allocations: alloc } });
    expect(records.allocations[0]!.deprivationIndex).toBeNull();
    expect(records.allocations[0]!.invalid.has('deprivationIndex')).toBe(true);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(expected);
  });

  it('reads the Board sheet: a label with its value to the right', () => {
    const board = grid([['YOS Governance Board – North West'], [], ['Region', 'North West'], ['YOGB meeting date', 45951], ['Tracker submitted', '16/10/2025'], ['As-of date', null, 45930]], { kind: 'sheet', sheet: 'Board' });
    const { records } = readRecords({ ...workbook(grid([SEC_HEADERS, SEC_ROW])), board });
    expect(records.board).toMatchObject({ region: 'North West', meetingDate: 45951, trackerSubmitted: 45946, asOf: 45930 });
    expect(records.board.cells.meetingDate).toEqual({ row: 4, col: 2, label: 'YOGB meeting date' });
  });

  it('reads Board details from defined names when there is no Board sheet', () => {
    const { records } = readRecords({ ...workbook(grid([SEC_HEADERS, SEC_ROW])), names: { YOGB_meeting_date: 45951, As_of: '30/09/2025' } });
    expect(records.board).toMatchObject({ meetingDate: 45951, asOf: 45930 });
  });
});

describe('records: Board details with a blank value', () => {
  it('still knows where the missing value belongs', () => {
    const board: Grid = { kind: 'sheet', sheet: 'Board', originRow: 1, originCol: 1, values: [['Tracker submitted'], ['YOGB meeting date', 45951]] };
    const sec: Grid = { kind: 'table', sheet: 'S', originRow: 1, originCol: 1, values: [SEC_HEADERS, SEC_ROW] };
    const { records } = readRecords({ ...workbook(sec), board });
    expect(records.board.trackerSubmitted).toBeNull();
    expect(records.board.cells.trackerSubmitted).toEqual({ row: 1, col: 2, label: 'Tracker submitted' });
  });
});
