/**
 * "Create a tracker" inside Excel, through office-addin-mock: the same tables,
 * headers, formulas, values, drop-downs and conditional formats as the .xlsx
 * writer puts in a file, in two syncs whatever the size; a workbook that holds
 * anything is left exactly as it was.
 */
import ExcelJS from 'exceljs';
import { fromYmd } from '../../src/core/dates';
import { NPF_2021 } from '../../src/core/rulebook';
import { buildTemplate, type TemplateDocument } from '../../src/core/template';
import { renderTemplateXlsx } from '../../src/adapters/xlsx/write-template';
import { WorkbookNotEmptyError, writeTemplateSheets } from '../../src/adapters/excel/write-template';
import { fakeWorkbook, mockWorkbook, snapshotSheet } from '../helpers/excel-mock';

// Writing and reading a whole workbook with exceljs takes seconds on a busy machine.
jest.setTimeout(60_000);

async function roundTrip(doc: TemplateDocument): Promise<ExcelJS.Workbook> {
  const buf = await renderTemplateXlsx(doc).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return wb;
}

function tableModel(ws: ExcelJS.Worksheet): { name: string; ref: string } {
  // exceljs types getTables() loosely; each entry carries the table model under `table`.
  const t = (ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string } }[])[0]!.table;
  return { name: t.name, ref: t.tableRef ?? t.ref ?? '' };
}

/** Every non-blank cell of an exceljs sheet as the mock stores it: formulas as '=…', dates as serials. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (v === null || v === undefined || v === '') return;
      if (typeof v === 'object' && 'formula' in v) out.set(cell.address, `=${v.formula}`);
      else if (v instanceof Date) out.set(cell.address, Math.round(v.getTime() / 86_400_000) + 25569);
      else out.set(cell.address, v as string | number | boolean);
    }),
  );
  return out;
}

const upgraded = buildTemplate({
  region: 'North West',
  rulebook: NPF_2021,
  pdus: ['Wirral'],
  yots: ['Wirral YJS'],
  board: { meetingDate: fromYmd(2025, 10, 21), asOf: fromYmd(2025, 9, 30) },
  data: {
    Secondments: [{ 'Secondment ID': 'S1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Start date': fromYmd(2024, 2, 29), 'Vetting cleared': fromYmd(2024, 1, 2), 'Authorised officer': 'Y' }],
    Vacancies: [{ 'Vacancy ID': 'V1', Region: 'North West', YOT: 'Wirral YJS', Role: 'PSO', FTE: 0.6, 'Vacant from': fromYmd(2025, 1, 31) }],
  },
});

describe('Create a tracker in Excel', () => {
  it('writes the same tables, cells and formulas as the .xlsx file, in two syncs', async () => {
    const state = fakeWorkbook([{ name: 'Sheet1' }]);
    const mock = mockWorkbook(state);
    const stats = { syncs: 0 };
    const result = await writeTemplateSheets(mock.context, upgraded, stats);
    expect(stats.syncs).toBe(2);
    expect(mock.stats.syncs).toBe(2);

    const file = await roundTrip(upgraded);
    const fileSheets: string[] = [];
    file.eachSheet((ws) => fileSheets.push(ws.name));
    expect(state.sheets.map((s) => s.name)).toEqual(fileSheets);
    expect(result.sheets).toEqual(fileSheets);

    for (const t of upgraded.tables) {
      const ws = file.getWorksheet(t.sheet)!;
      const model = tableModel(ws);
      const table = state.tables.find((x) => x.name === t.name)!;
      const sheet = state.sheets.find((s) => s.id === table.sheetId)!;
      expect({ name: table.name, address: table.address, sheet: sheet.name }).toEqual({ name: model.name, address: model.ref, sheet: t.sheet });
      expect(sheet.cells).toEqual(cellsOf(ws));
      expect(sheet.frozenRows).toBe(1);
      // One conditional format per colour per watched date column, as in the file.
      const fileRules = (ws as unknown as { conditionalFormattings: { rules: unknown[] }[] }).conditionalFormattings.reduce((n, c) => n + c.rules.length, 0);
      expect(sheet.conditionalFormats.length).toBe(fileRules);
    }
    const board = state.sheets.find((s) => s.name === 'Board')!;
    expect(board.cells).toEqual(cellsOf(file.getWorksheet('Board')!));
    const lists = state.sheets.find((s) => s.name === 'Lists')!;
    expect(lists.visibility).toBe('Hidden');
    expect(lists.cells).toEqual(cellsOf(file.getWorksheet('Lists')!));
    expect(state.active).toBe('Board');
  });

  it('puts each drop-down and date rule on its column', async () => {
    const state = fakeWorkbook([{ name: 'Sheet1' }]);
    await writeTemplateSheets(mockWorkbook(state).context, upgraded);
    const sec = state.sheets.find((s) => s.name === 'Secondments')!;
    const rules = new Map(sec.formats.filter(([, p]) => p === 'dataValidation.rule').map(([a, , v]) => [a.replace(/\d+/g, ''), v]));
    const col = (h: string) => String.fromCharCode(64 + upgraded.tables[0]!.columns.findIndex((c) => c.header === h) + 1);
    expect(rules.get(`${col('Start date')}:${col('Start date')}`)).toEqual({ date: { formula1: 36526, formula2: 73415, operator: 'Between' } });
    expect(rules.get(`${col('Role')}:${col('Role')}`)).toMatchObject({ list: { inCellDropDown: true, source: expect.stringMatching(/^=Lists!\$[A-Z]+\$2:\$[A-Z]+\$4$/) } });
    expect(rules.get(`${col('FTE')}:${col('FTE')}`)).toEqual({ decimal: { formula1: 0.01, formula2: 1, operator: 'Between' } });
    const cf = sec.conditionalFormats[0]!;
    expect(cf.type).toBe('Custom');
    expect(cf.settings.find(([p]) => p === 'custom.rule.formula')?.[1]).toMatch(/^=AND\(ISNUMBER\(Board!\$B\$6\)/);
  });

  it('takes the same two syncs for a large tracker', async () => {
    const big = buildTemplate({
      region: 'North West',
      rulebook: NPF_2021,
      data: { Secondments: Array.from({ length: 2000 }, (_, i) => ({ 'Secondment ID': `S${i}`, 'Start date': fromYmd(2024, 1 + (i % 12), 1 + (i % 28)) })) },
    });
    const state = fakeWorkbook([{ name: 'Sheet1' }]);
    const mock = mockWorkbook(state);
    await writeTemplateSheets(mock.context, big);
    expect(mock.stats.syncs).toBe(2);
    expect(state.sheets.find((s) => s.name === 'Secondments')!.cells.get('A2001')).toBe('S1999');
  });

  it('never writes into a workbook that holds anything', async () => {
    for (const state of [
      fakeWorkbook([{ name: 'Sheet1', cells: { A1: 'my notes' } }]),
      fakeWorkbook([{ name: 'Sheet1' }, { name: 'Sheet2' }]),
      fakeWorkbook([{ name: 'Sheet1' }], { tables: [{ name: 'Mine', sheet: 'Sheet1' }] }),
    ]) {
      const before = state.sheets.map(snapshotSheet);
      const mock = mockWorkbook(state);
      await expect(writeTemplateSheets(mock.context, upgraded)).rejects.toBeInstanceOf(WorkbookNotEmptyError);
      expect(mock.stats.syncs).toBe(1);
      expect(state.sheets.map(snapshotSheet)).toEqual(before);
    }
  });
});
