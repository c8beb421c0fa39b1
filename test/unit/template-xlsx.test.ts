/**
 * The tracker template (issue #13), written by exceljs and read back by exceljs:
 * every table and canonical column, each validation on its column, the
 * conditional formats, frozen headers, the hidden Lists sheet; and an empty
 * template passes the add-in's own checks with no findings.
 */
import ExcelJS from 'exceljs';
import { buildTemplate, CALCULATED, extensionColumn, formulaAt, TEMPLATE_ROWS, type TemplateDocument } from '../../src/core/template';
import { templateXlsxBytes } from '../../src/adapters/xlsx/write-template';
import { loadWorkbookBytes } from '../../src/adapters/xlsx/read';
import { readRecords } from '../../src/core/records/read';
import { TABLE_SPECS } from '../../src/core/records/schema';
import { NPF_2021, RULEBOOKS } from '../../src/core/rulebook';
import { validateRecords } from '../../src/core/validate';
import { fromYmd } from '../../src/core/dates';

const PDUS = ['Liverpool', 'Wirral'];
const YOTS = ['Liverpool YJS', 'Wirral YJS'];

// Writing and reading a whole workbook with exceljs takes seconds on a busy machine.
jest.setTimeout(60_000);

async function written(doc: TemplateDocument): Promise<ExcelJS.Workbook> {
  const bytes = await templateXlsxBytes(doc);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function tableOf(ws: ExcelJS.Worksheet): { name: string; columns: string[]; ref: string } {
  // exceljs types getTables() loosely; each entry carries the table model under `table`.
  const t = (ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string; columns: { name: string }[] } }[])[0]!.table;
  return { name: t.name, columns: t.columns.map((c) => c.name), ref: t.tableRef ?? t.ref ?? '' };
}

function headerCol(ws: ExcelJS.Worksheet, header: string): number {
  const values = ws.getRow(1).values as unknown[];
  const i = values.indexOf(header);
  if (i < 1) throw new Error(`no column ${header} on ${ws.name}`);
  return i;
}

function validationAt(ws: ExcelJS.Worksheet, header: string, row = 2): ExcelJS.DataValidation | undefined {
  return ws.getCell(row, headerCol(ws, header)).dataValidation;
}

describe('the tracker template, written and read back', () => {
  const doc = buildTemplate({ region: 'North West', rulebook: NPF_2021, pdus: PDUS, yots: YOTS });
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await written(doc);
  });

  it('has the sheets in order, with Lists hidden and nothing protected', () => {
    const names: string[] = [];
    wb.eachSheet((ws) => names.push(ws.name));
    expect(names).toEqual(['How to fill this in', 'Board', 'Secondments', 'Vacancies', 'Allocations', 'Disputes', 'Actions', 'Lists']);
    expect(wb.getWorksheet('Lists')!.state).toBe('hidden');
    wb.eachSheet((ws) => expect((ws as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull());
  });

  it.each(['Secondments', 'Vacancies', 'Allocations', 'Disputes'] as const)('%s is an Excel table with every schema field under its canonical header', (name) => {
    const ws = wb.getWorksheet(name)!;
    const t = tableOf(ws);
    expect(t.name).toBe(name);
    expect(t.ref).toMatch(new RegExp(`^A1:[A-Z]+${TEMPLATE_ROWS + 1}$`));
    // The extension column's header names its unit ("Extension years" or "Extension months"): see docs/workbook-format.md.
    const ext = extensionColumn()!;
    const expected = TABLE_SPECS[name].fields.filter((f) => !/^deprivation\d$/.test(f.key)).map((f) => (f.key === ext.field.key ? ext.header : f.label));
    expect(t.columns.slice(0, expected.length)).toEqual(expected);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('Actions has the columns of docs/workbook-format.md', () => {
    expect(tableOf(wb.getWorksheet('Actions')!).columns).toEqual(['Action ID', 'Action', 'Owner', 'Due', 'Status', 'Raised at', 'Closed']);
  });

  it('puts the calculated columns after the input columns', () => {
    expect(tableOf(wb.getWorksheet('Secondments')!).columns.slice(-5)).toEqual([CALCULATED.lastDay, CALCULATED.exitDue, CALCULATED.reviewDue, CALCULATED.ppdaDue, CALCULATED.attention]);
    expect(tableOf(wb.getWorksheet('Vacancies')!).columns.slice(-3)).toEqual([CALCULATED.stage4, CALCULATED.stage5, CALCULATED.daysVacant]);
  });

  it('gives each drop-down its list from the Lists sheet', () => {
    const lists = wb.getWorksheet('Lists')!;
    const listValues = (formula: string): unknown[] => {
      const m = /^Lists!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula)!;
      const out: unknown[] = [];
      for (let r = Number(m[2]); r <= Number(m[4]); r++) out.push(lists.getCell(`${m[1]}${r}`).value);
      return out;
    };
    const sec = wb.getWorksheet('Secondments')!;
    const vac = wb.getWorksheet('Vacancies')!;
    const cases: [ExcelJS.Worksheet, string, unknown[]][] = [
      [sec, 'Scheme', ['Probation', 'Police']],
      [sec, 'Role', ['PO', 'PSO', 'Police Officer']],
      [sec, 'Band', ['Band 3', 'Band 4']],
      [sec, 'Nation', ['England', 'Wales']],
      [sec, 'Authorised officer', ['Y', 'N']],
      [sec, 'PDU', PDUS],
      [sec, 'YOT', YOTS],
      [vac, 'Role', ['PO', 'PSO']],
      [vac, 'Reason', ['Leaver', 'End of secondment', 'Maternity', 'Long-term sickness', 'Cover', 'New post']],
      [vac, 'Filled by', ['Probation', 'Agency temp', 'YOT temp', 'YOT permanent']],
      [vac, 'YOT', YOTS],
      [wb.getWorksheet('Actions')!, 'Status', ['Open', 'Closed']],
    ];
    for (const [ws, header, values] of cases) {
      const v = validationAt(ws, header, TEMPLATE_ROWS + 1)!;
      expect({ sheet: ws.name, header, type: v.type }).toEqual({ sheet: ws.name, header, type: 'list' });
      expect(listValues(v.formulae[0] as string)).toEqual(values);
    }
  });

  it('has date rules with a UK input message, and number rules, on the right columns', () => {
    const sec = wb.getWorksheet('Secondments')!;
    for (const header of ['Start date', 'Planned end date', 'Actual end date', 'Vetting cleared', 'PPDA agreed', 'Six-month review', 'Last three-way review', 'Exit planning meeting']) {
      const v = validationAt(sec, header)!;
      expect({ header, type: v.type, operator: v.operator }).toEqual({ header, type: 'date', operator: 'between' });
      expect((v.formulae as Date[]).map((d) => new Date(d).toISOString().slice(0, 10))).toEqual(['2000-01-01', '2100-12-31']);
      expect(v.prompt).toContain('dd/mm/yyyy');
      expect(sec.getCell(2, headerCol(sec, header)).numFmt).toBe('dd/mm/yyyy');
    }
    expect(validationAt(sec, 'FTE')).toMatchObject({ type: 'decimal', formulae: [0.01, 1] });
    const ext = extensionColumn()!;
    expect(validationAt(sec, ext.header)).toMatchObject({ type: 'whole', formulae: [0, ext.unit === 'months' ? 36 : 3] });
    expect(validationAt(wb.getWorksheet('Vacancies')!, 'Current stage')).toMatchObject({ type: 'whole', formulae: [1, 5] });
    expect(validationAt(wb.getWorksheet('Vacancies')!, 'Vacant from')).toMatchObject({ type: 'date' });
    const board = wb.getWorksheet('Board')!;
    expect(board.getCell('A6').value).toBe('As-of date');
    expect(board.getCell('B6').dataValidation).toMatchObject({ type: 'date' });
  });

  it('has the calculated columns as plain Excel formulas, with the rulebook numbers', () => {
    const sec = wb.getWorksheet('Secondments')!;
    const f = (ws: ExcelJS.Worksheet, h: string, row = 2) => (ws.getCell(row, headerCol(ws, h)).value as { formula: string }).formula;
    const L = (ws: ExcelJS.Worksheet, h: string) => ws.getColumn(headerCol(ws, h)).letter;
    const start = L(sec, 'Start date');
    expect(f(sec, CALCULATED.lastDay)).toContain(`IF(DAY(EDATE(${start}2,(12*IF(${L(sec, 'Scheme')}2="Police",2,2)+`);
    expect(f(sec, CALCULATED.exitDue)).toContain(`EDATE(${L(sec, CALCULATED.lastDay)}2,-6)`);
    expect(f(sec, CALCULATED.ppdaDue, 50)).toContain(`EDATE(${start}50,1)`);
    expect(f(sec, CALCULATED.reviewDue)).toContain(`EDATE(${start}2,6)`);
    const vac = wb.getWorksheet('Vacancies')!;
    const from = L(vac, 'Vacant from');
    expect(f(vac, CALCULATED.stage4)).toBe(`IF(ISNUMBER(${from}2),EDATE(${from}2,3),"")`);
    expect(f(vac, CALCULATED.daysVacant)).toContain('Board!$B$6');
    expect(f(vac, CALCULATED.daysVacant)).not.toMatch(/TODAY/i);
    // Another rulebook, other numbers: none is typed into the formulas.
    const e3 = buildTemplate({ region: 'X', rulebook: RULEBOOKS['e3-yos']! });
    const t = e3.tables[0]!;
    const scheme = String.fromCharCode(65 + t.columns.findIndex((c) => c.header === 'Scheme'));
    expect(formulaAt(t, t.columns.find((c) => c.header === CALCULATED.lastDay)!, 2)).toContain(`(12*IF(${scheme}2="Police",2,3)`);
  });

  it('marks overdue dates red and due-soon dates amber relative to the Board As-of date, with the words in Attention', () => {
    const sec = wb.getWorksheet('Secondments')! as ExcelJS.Worksheet & { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] };
    const refs = sec.conditionalFormattings.map((c) => c.ref);
    for (const h of [CALCULATED.lastDay, CALCULATED.exitDue, CALCULATED.reviewDue, CALCULATED.ppdaDue]) {
      const col = sec.getColumn(headerCol(sec, h)).letter;
      expect(refs).toContain(`${col}2:${col}${TEMPLATE_ROWS + 1}`);
    }
    for (const cf of sec.conditionalFormattings) {
      expect(cf.rules.map((r) => r.type)).toEqual(['expression', 'expression']);
      expect(cf.rules[0]!.formulae[0]).toContain('<Board!$B$6');
      expect(cf.rules[1]!.formulae[0]).toContain('Board!$B$6+30');
      expect(cf.rules.map((r) => r.style.fill.bgColor.argb)).toEqual(['FFF4CCCC', 'FFFFEB9C']);
    }
    const attention = (sec.getCell(2, headerCol(sec, CALCULATED.attention)).value as { formula: string }).formula;
    expect(attention).toContain('overdue');
    expect(attention).toContain('due within 30 days');
    const cfCount = (name: string) => (wb.getWorksheet(name) as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length;
    expect(cfCount('Actions')).toBe(1);
    expect(cfCount('Disputes')).toBe(1);
  });

  it('cites the framework on the How to fill this in sheet', () => {
    const text = (wb.getWorksheet('How to fill this in')!.getColumn(1).values as unknown[]).filter((v) => typeof v === 'string').join('\n');
    for (const s of ['NPF 2021 §5.4', 'NPF 2021 §5.5', 'London Protocol 2010 §2', 'NPF 2021 §9', 'NPF 2021 §5.1']) expect(text).toContain(s);
  });

  it('reads back as an empty tracker that passes every check', async () => {
    const { raw } = await loadWorkbookBytes(await templateXlsxBytes(doc), 'tracker.xlsx');
    const { records, findings } = readRecords(raw);
    expect(records.present).toEqual(new Set(['Secondments', 'Vacancies', 'Allocations', 'Disputes', 'Actions']));
    expect(records.secondments).toHaveLength(0);
    expect(records.actions).toHaveLength(0);
    expect(records.board.region).toBe('North West');
    const result = validateRecords(records, findings, fromYmd(2025, 9, 30), NPF_2021);
    expect(result.findings).toEqual([]);
  });

  it('holds upgraded rows under their headers, dates as real dates', async () => {
    const d = buildTemplate({
      region: 'North West', rulebook: NPF_2021, board: { asOf: fromYmd(2025, 9, 30) },
      data: { Secondments: [{ 'Secondment ID': 'S1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Start date': fromYmd(2024, 2, 29), 'Vetting cleared': fromYmd(2024, 1, 2), 'Authorised officer': 'Y' }] },
    });
    const { raw } = await loadWorkbookBytes(await templateXlsxBytes(d), 'tracker.xlsx');
    const { records } = readRecords(raw);
    expect(records.secondments).toHaveLength(1);
    expect(records.secondments[0]).toMatchObject({ id: 'S1', start: fromYmd(2024, 2, 29), role: 'PO', authorised: true });
    expect(records.board.asOf).toBe(fromYmd(2025, 9, 30));
  });
});
