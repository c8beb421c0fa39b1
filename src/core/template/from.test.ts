import { fromYmd } from '../dates';
import { readRecords } from '../records/read';
import type { RawWorkbook } from '../records/types';
import { upgradeRows } from './from';
import { extensionColumn } from './index';

const ext = extensionColumn()!;

/** An old-style tracker: a title row, synonym headers, text dates, an extra column, a bad date on the Board. */
const raw: RawWorkbook = {
  source: 'old.xlsx',
  sheetNames: ['Board', 'Secondments', 'Vacancies'],
  grids: {
    Secondments: {
      kind: 'sheet', sheet: 'Secondments', originRow: 1, originCol: 1,
      values: [
        ['North West register'],
        [],
        ['Ref', 'Region', 'PDU', 'YOS', 'Post', 'Grade', 'FTE', 'Started', 'Extension years', 'Vetting date', 'Authorised', 'SPDR', '6 month review', 'Notes'],
        ['S1', 'North West', 'Wirral', 'Wirral YJS', 'Probation Officer', 'B4', '1', '29/02/2024', 1, '2 Jan 2024', 'yes', '31/04/2024', null, 'on leave'],
      ],
    },
    Vacancies: {
      kind: 'sheet', sheet: 'Vacancies', originRow: 1, originCol: 1,
      values: [
        ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Filled by'],
        ['V1', 'North West', 'Sefton', 'Sefton YJS', 'PSO', 0.6, '31/01/2025', 'YOS permanent'],
      ],
    },
  },
  board: { kind: 'sheet', sheet: 'Board', originRow: 1, originCol: 1, values: [['Region', 'North West'], ['As-of date', '31/13/2025']] },
  names: {},
};

describe('upgradeRows', () => {
  const { records } = readRecords(raw);
  const up = upgradeRows(raw, records);

  it('carries each record under the canonical headers, text dates as days and drop-down values in their canonical spelling', () => {
    expect(up.data.Secondments).toEqual([
      {
        'Secondment ID': 'S1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', Band: 'Band 4', FTE: 1,
        'Start date': fromYmd(2024, 2, 29), [ext.header]: ext.unit === 'months' ? 12 : 1, 'Vetting cleared': fromYmd(2024, 1, 2), 'Authorised officer': 'Y',
        'PPDA agreed': '31/04/2024',
      },
    ]);
    expect(up.data.Vacancies).toEqual([
      { 'Vacancy ID': 'V1', Region: 'North West', PDU: 'Sefton', YOT: 'Sefton YJS', Role: 'PSO', FTE: 0.6, 'Vacant from': fromYmd(2025, 1, 31), 'Filled by': 'YOT permanent' },
    ]);
    expect(up.counts).toEqual({ Secondments: 1, Vacancies: 1 });
    expect(up.pdus).toEqual(['Sefton', 'Wirral']);
    expect(up.yots).toEqual(['Sefton YJS', 'Wirral YJS']);
    expect(up.region).toBe('North West');
  });

  it('keeps what it cannot read as written, and says so one sentence per cell', () => {
    expect(up.notes).toEqual([
      'Secondments row 4 (S1), PPDA agreed: "31/04/2024" is not a date, so it was copied as written; correct it in the new tracker.',
      'Secondments row 4 (S1), column "Notes": "on leave" was not carried over, because the template has no such column; add the column to the new tracker if you need it.',
      'Board, As-of date: "31/13/2025" is not a date, so it was copied as written; correct it in the new tracker.',
    ]);
    expect(up.board).toEqual({ meetingDate: null, trackerSubmitted: null, asOf: '31/13/2025' });
  });
});
