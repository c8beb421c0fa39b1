/**
 * The Excel adapter's reading side, driven through office-addin-mock: the same
 * workbook shape the file adapter sees, dates as serials, and a number of
 * context.sync() calls that does not grow with rows.
 */
import { readOpenWorkbook, type ReadStats } from '../../src/adapters/excel/read';
import { validateWorkbook } from '../../src/core/validate';
import { mockReadContext as mockContext, type SheetSpec, type Values } from '../helpers/excel-mock';

const SEC_HEADERS = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer', 'Six-month review'];
const VAC_HEADERS = ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Stage 1 date', 'Stage 4 date'];

function secondments(n: number): Values {
  const rows: Values = [SEC_HEADERS];
  for (let i = 0; i < n; i++) rows.push([`S${i + 1}`, 'North West', 'Wirral', 'Wirral YJS', 'PO', 1, 45748, 45700, 'Y', i === 0 ? '31/04/2025' : null]);
  return rows;
}
function vacancies(n: number): Values {
  const rows: Values = [VAC_HEADERS];
  for (let i = 0; i < n; i++) rows.push([`V${i + 1}`, 'North West', 'Wirral', 'Wirral YJS', 'PO', 1, 45748, 45748, i === 0 ? 45750 : null]);
  return rows;
}

function workbook(n: number): SheetSpec[] {
  return [
    { name: 'Board', row: 0, col: 0, values: [['YOS Governance Board'], [null], ['As-of date', 45930]] },
    { name: 'Secondments', table: { name: 'Secondments', row: 2, col: 0 }, row: 2, col: 0, values: secondments(n) },
    // The Vacancy Tracker as a plain range under a title row, starting in column B.
    { name: 'Vacancies', row: 0, col: 1, values: [['North West – Vacancy Tracker'], [null], ...vacancies(n)] },
  ];
}

describe('Excel adapter: reading the open workbook', () => {
  it('reads tables, plain ranges and the Board sheet into the same raw shape as a file', async () => {
    const { context } = mockContext(workbook(3));
    const raw = await readOpenWorkbook(context, { web: false });
    expect(raw.sheetNames).toEqual(['Board', 'Secondments', 'Vacancies']);
    expect(raw.grids.Secondments).toMatchObject({ kind: 'table', sheet: 'Secondments', originRow: 3, originCol: 1 });
    expect(raw.grids.Vacancies).toMatchObject({ kind: 'sheet', sheet: 'Vacancies', originRow: 1, originCol: 2 });
    expect(raw.grids.Allocations).toBeUndefined();
    expect(raw.grids.Secondments!.values[1]![6]).toBe(45748); // a date arrives as its serial
    expect(raw.grids.Secondments!.values[2]![9]).toBeNull(); // '' from Office.js is blank
  });

  it('gives findings at the right sheet cells, as Excel numbers them', async () => {
    const { context } = mockContext(workbook(3));
    const raw = await readOpenWorkbook(context, { web: false });
    const result = validateWorkbook(raw, { asOf: raw.board ? 45930 : 0 });
    expect(result.records.board.asOf).toBe(45930);
    const bad = result.findings.find((f) => f.rule === 'data/invalid-date')!;
    expect(bad).toMatchObject({ sheet: 'Secondments', cell: 'J4', key: 'S1' });
    const early = result.findings.find((f) => f.rule === 'vacancy/stage4-too-early')!;
    expect(early).toMatchObject({ sheet: 'Vacancies', cell: 'J4', key: 'V1' });
  });

  it('finds a sheet or table whose name differs in case or spaces, as the file reader does (one more sync, only then)', async () => {
    const book = workbook(2).map((s) =>
      s.name === 'Vacancies' ? { ...s, name: ' vacancies ' } : s.name === 'Board' ? { ...s, name: 'BOARD' } : s.table ? { ...s, table: { ...s.table, name: 'SECONDMENTS' } } : s,
    );
    const { context, stats } = mockContext(book);
    const raw = await readOpenWorkbook(context, { web: false });
    expect(raw.grids.Vacancies).toMatchObject({ kind: 'sheet', sheet: ' vacancies ', originRow: 1, originCol: 2 });
    expect(raw.grids.Vacancies!.values).toHaveLength(5);
    expect(raw.grids.Secondments).toMatchObject({ kind: 'table', sheet: 'Secondments', originRow: 3 });
    expect(raw.board).toMatchObject({ sheet: 'BOARD' });
    expect(stats.syncs).toBe(3);
  });

  it('reads board details from defined names', async () => {
    const { context } = mockContext(workbook(1).slice(1), [{ name: 'YOGB_meeting_date', value: 45951 }]);
    const raw = await readOpenWorkbook(context, { web: false });
    expect(raw.names).toEqual({ YOGB_meeting_date: 45951 });
  });

  it.each([10, 10_000])('takes the same small number of syncs for %d rows', async (rows) => {
    const { context, stats } = mockContext(workbook(rows));
    const own: ReadStats = { syncs: 0 };
    const raw = await readOpenWorkbook(context, { web: false }, own);
    expect(raw.grids.Secondments!.values).toHaveLength(rows + 1);
    expect(stats.syncs).toBe(2);
    expect(own.syncs).toBe(2);
  });

  it('on Excel on the web, splits a large read under the 5 MB response limit and loses no row', async () => {
    const { context, stats } = mockContext(workbook(10_000));
    const raw = await readOpenWorkbook(context, { web: true, payloadLimitBytes: 1024 * 1024 });
    expect(stats.syncs).toBeGreaterThan(2);
    expect(raw.grids.Secondments!.values).toHaveLength(10_001);
    expect(raw.grids.Vacancies!.values).toHaveLength(10_003);
    expect(raw.grids.Secondments!.values[10_000]![0]).toBe('S10000');
  });
});
