/**
 * The task pane's choices, without a browser: the as-of and meeting dates are
 * chosen as the command line chooses them, dates typed in either form are read,
 * and a column mapping can be changed and undone.
 */
import { fromYmd } from '../../src/core/dates';
import type { RawWorkbook } from '../../src/core/records/types';
import { choosePackAsOf, packFileName, planPack } from '../../src/taskpane/pack-plan';
import { UserFacingError } from '../../src/adapters/host';
import { checkWorkbook, chooseCheckAsOf } from '../../src/taskpane/check';
import { locationOf, readDateInput, summaryText, withMapping } from '../../src/taskpane/input-and-words';
import { readRecords } from '../../src/core/records/read';

const TODAY = fromYmd(2025, 11, 24);

function raw(boardAsOf: number | null, extra: Partial<RawWorkbook> = {}): RawWorkbook {
  return {
    source: 'this workbook',
    sheetNames: ['Board', 'Secondments', 'Vacancies'],
    grids: {
      Secondments: {
        kind: 'table',
        sheet: 'Secondments',
        originRow: 1,
        originCol: 1,
        values: [
          ['ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer', 'Officer'],
          ['S1', 'North West', 'Wirral', 'Wirral YJS', 'PO', 1, fromYmd(2025, 4, 1), fromYmd(2025, 3, 1), 'Y', 'Amira Patel'],
        ],
      },
      Vacancies: { kind: 'table', sheet: 'Vacancies', originRow: 1, originCol: 1, values: [['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from']] },
    },
    board: { kind: 'sheet', sheet: 'Board', originRow: 1, originCol: 1, values: [['Region', 'North West'], ['YOGB meeting date', fromYmd(2025, 10, 21)], ...(boardAsOf !== null ? [['As-of date', boardAsOf]] : [])] },
    names: {},
    ...extra,
  };
}

describe('task pane workflow', () => {
  it('reads dates from the date picker (ISO) or typed the UK way; blank is "not given"', () => {
    expect(readDateInput('2025-09-30', 'as-of date')).toBe(fromYmd(2025, 9, 30));
    expect(readDateInput(' 30/09/2025 ', 'as-of date')).toBe(fromYmd(2025, 9, 30));
    expect(readDateInput('', 'as-of date')).toBeNull();
    expect(() => readDateInput('31/04/2025', 'meeting date')).toThrow(UserFacingError);
    expect(() => readDateInput('31/04/2025', 'meeting date')).toThrow('The meeting date "31/04/2025" is not a date');
  });

  it('checks as on the date given, else the Board sheet’s As-of date, else today (as yot validate)', () => {
    const records = readRecords(raw(fromYmd(2025, 9, 30))).records;
    expect(chooseCheckAsOf(fromYmd(2025, 6, 30), records, TODAY)).toEqual({ asOf: fromYmd(2025, 6, 30), how: 'the date you gave' });
    expect(chooseCheckAsOf(null, records, TODAY)).toEqual({ asOf: fromYmd(2025, 9, 30), how: 'the As-of date on the Board sheet' });
    expect(chooseCheckAsOf(null, readRecords(raw(null)).records, TODAY)).toEqual({ asOf: TODAY, how: 'today' });
  });

  it('packs as on the end of the last complete quarter (as yot pack)', () => {
    expect(choosePackAsOf(null, readRecords(raw(fromYmd(2025, 10, 15))).records, TODAY).asOf).toBe(fromYmd(2025, 9, 30));
    expect(choosePackAsOf(null, readRecords(raw(null)).records, TODAY).asOf).toBe(fromYmd(2025, 9, 30));
    // A quarter's last day is itself complete, for the Board date; "today" is not over yet.
    expect(choosePackAsOf(null, readRecords(raw(fromYmd(2025, 12, 31))).records, TODAY).asOf).toBe(fromYmd(2025, 12, 31));
    expect(choosePackAsOf(null, readRecords(raw(null)).records, fromYmd(2025, 12, 31)).asOf).toBe(fromYmd(2025, 9, 30));
  });

  it('lays out the pack with the Board’s meeting date unless one is given, and names left out', () => {
    const plan = planPack(raw(fromYmd(2025, 10, 15)), { asOf: null, meetingDate: null, includeNames: false, today: TODAY, now: new Date('2025-11-24T10:00:00Z') });
    expect(plan.model.asOf).toBe(fromYmd(2025, 9, 30));
    expect(plan.model.meetingDate).toBe(fromYmd(2025, 10, 21));
    expect(plan.model.includeNames).toBe(false);
    expect(plan.fileName).toBe('yogb-pack-north-west-2025-26-q2.xlsx');
    expect(packFileName(plan.model)).toBe(plan.fileName);
    const given = planPack(raw(null), { asOf: fromYmd(2025, 6, 30), meetingDate: fromYmd(2025, 7, 15), includeNames: true, today: TODAY, now: new Date() });
    expect(given.model.meetingDate).toBe(fromYmd(2025, 7, 15));
    expect(given.doc.title).toContain('2025/26 Q1');
  });

  it('refuses a pack from a workbook with neither table', () => {
    const empty: RawWorkbook = { source: 'notes.xlsx', sheetNames: ['Notes'], grids: {}, names: {} };
    expect(() => planPack(empty, { asOf: null, meetingDate: null, includeNames: false, today: TODAY, now: new Date() })).toThrow('"notes.xlsx" has neither a Secondments nor a Vacancies table');
  });

  it('applies a column mapping, and undoes it', () => {
    const r = raw(fromYmd(2025, 9, 30));
    const before = checkWorkbook(r, { asOf: null, today: TODAY });
    expect(before.result.records.layouts.Secondments!.columns['secondee']).toEqual({ header: 'Officer', col: 10 });
    let mapping = withMapping({}, 'Secondments', 'Officer', 'ignore');
    expect(mapping).toEqual({ Secondments: { Officer: 'ignore' } });
    const after = checkWorkbook(r, { asOf: null, today: TODAY, mapping });
    expect(after.result.records.layouts.Secondments!.columns['secondee']).toBeUndefined();
    mapping = withMapping(mapping, 'Secondments', 'Officer', null);
    expect(mapping).toEqual({});
  });

  it('says where a finding is, and counts in words', () => {
    const base = { sheet: 'Secondments', cell: 'L13', table: 'Secondments' as const };
    expect(locationOf(base as never)).toBe('Secondments!L13');
    expect(locationOf({ ...base, cell: null } as never)).toBe('Secondments sheet');
    expect(locationOf({ sheet: null, cell: null, table: null } as never)).toBe('Whole workbook');
    expect(summaryText({ error: 1, warning: 0, info: 2 })).toBe('1 error, 0 warnings and 2 for information');
  });
});
