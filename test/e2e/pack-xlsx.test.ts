/**
 * `yot pack` end to end, in-process: hand-made regional workbooks in, a pack
 * out, opened again with exceljs to check what a reader gets: sheets, tables,
 * formats, print setup, footer, personal data, determinism and refusals.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { makeWorkbook, type WorkbookInput } from '../helpers/make-workbook';

interface Captured extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

function captureIo(cwd: string, now = new Date('2025-10-20T09:30:00Z')): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => now, colour: false, cwd };
}

/** A North West workbook with one deliberate error (a start date of 31/04/2025) and a National Insurance number column. */
function northWest(): WorkbookInput {
  const s = (o: Record<string, string | number | null>) => ({ Region: 'North West', Nation: 'England', Scheme: 'Probation', Role: 'PO', FTE: 1, 'Vetting cleared': '01/03/2024', 'Authorised officer': 'Y', ...o });
  const stageCols = (dates: (string | null)[]) => {
    const o: Record<string, string | null> = {};
    dates.forEach((dt, i) => {
      o[`Stage ${i + 1} date`] = dt;
      o[`Stage ${i + 1} evidence`] = dt === null ? null : `EV-${i + 1}`;
    });
    return o;
  };
  return {
    board: { region: 'North West', meetingDate: '21/10/2025', trackerSubmitted: '10/10/2025', asOf: '15/10/2025' },
    secondments: [
      s({ 'Secondment ID': 'NW-S1', PDU: 'Liverpool North', YOT: 'Liverpool YJS', Secondee: 'Amira Patel', 'NI number': 'QQ123456C', 'Start date': '01/04/2024', 'PPDA agreed': '20/04/2024', 'Six-month review': '01/10/2024', 'Last three-way review': '01/09/2025' }),
      s({ 'Secondment ID': 'NW-S2', PDU: 'Liverpool North', YOT: 'Liverpool YJS', Secondee: 'Tom Hargreaves', 'NI number': 'AB123456D', FTE: 0.5, 'Start date': '31/03/2024', 'PPDA agreed': '20/04/2024', 'Six-month review': '01/09/2024', 'Last three-way review': '01/08/2025' }),
      s({ 'Secondment ID': 'NW-S3', PDU: 'Wirral', YOT: 'Wirral YJS', Secondee: 'Priya Shah', Role: 'PSO', FTE: 0.6, 'Start date': '01/09/2024', 'Vetting cleared': '01/08/2024' }),
      s({ 'Secondment ID': 'NW-S4', PDU: 'Wirral', YOT: 'Wirral YJS', Secondee: 'Dan Moss', Scheme: 'Police', Role: 'Police Officer', 'Start date': '01/06/2024', 'Authorised officer': null }),
      s({ 'Secondment ID': 'NW-S5', PDU: 'Wirral', YOT: 'Wirral YJS', Secondee: 'Lee Ward', 'Start date': '01/04/2023', 'Actual end date': '15/03/2025', 'Vetting cleared': '01/03/2023' }),
      s({ 'Secondment ID': 'NW-S6', PDU: 'Liverpool North', YOT: 'Liverpool YJS', Secondee: 'Jo Bell', 'Start date': '31/04/2025' }),
    ],
    vacancies: [
      { 'Vacancy ID': 'NW-V1', Region: 'North West', PDU: 'Liverpool North', YOT: 'Liverpool YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/03/2025', Reason: 'Leaver', ...stageCols(['01/03/2025', null, null, null, null]), 'YOT informed': null, 'Temp invoice': null, 'Reimbursement claimed': null, 'Filled date': '01/06/2025', 'Filled by': 'Probation' },
      { 'Vacancy ID': 'NW-V2', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/01/2025', Reason: 'End of secondment', ...stageCols(['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025']), 'YOT informed': '01/04/2025', 'Temp invoice': 4000, 'Reimbursement claimed': 5000 },
      { 'Vacancy ID': 'NW-V3', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PSO', FTE: 0.4, 'Vacant from': '01/08/2025', Reason: 'Leaver', ...stageCols(['01/08/2025', null, null, null, null]) },
    ],
    allocations: [
      { YOT: 'Liverpool YJS', PDU: 'Liverpool North', Region: 'North West', Nation: 'England', Caseload: 24 },
      { YOT: 'Wirral YJS', PDU: 'Wirral', Region: 'North West', Nation: 'England', Caseload: 12 },
    ],
    disputes: [{ 'Dispute ID': 'NW-D1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'Desk space for Amira Patel' }],
    as: { Allocations: 'range' },
  };
}

function wales(): WorkbookInput {
  return {
    board: { region: 'Wales', meetingDate: '23/10/2025', asOf: '30/09/2025' },
    secondments: [
      { 'Secondment ID': 'NW-S1', Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Nation: 'Wales', Role: 'PO', FTE: 1, 'Start date': '01/05/2024', 'Vetting cleared': '01/04/2024', 'Authorised officer': 'Y' },
      { 'Secondment ID': 'W-S2', Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Nation: 'Wales', Role: 'PO', FTE: 1, 'Start date': '01/05/2024', 'Vetting cleared': '01/04/2024', 'Authorised officer': 'Y' },
    ],
    vacancies: [{ 'Vacancy ID': 'W-V1', Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/07/2025', 'Stage 1 date': '01/07/2025', 'Stage 1 evidence': 'EOI' }],
    // UK text dates, as some regions keep them.
    dates: 'text',
  };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell's value and number format, by sheet, optionally skipping rows. */
function cells(wb: ExcelJS.Workbook, skip: (sheet: string, row: number, values: unknown[]) => boolean = () => false): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values = (row.values as unknown[]).map((v) => (v instanceof Date ? v.toISOString() : v));
      if (skip(ws.name, n, values)) return;
      const formats: string[] = [];
      row.eachCell((c) => formats.push(c.numFmt ?? ''));
      rows.push([n, values, formats]);
    });
    out[ws.name] = rows;
  });
  return out;
}

function allText(wb: ExcelJS.Workbook): string {
  return JSON.stringify(cells(wb));
}

type TableModel = { name: string; tableRef: string; columns: { name: string }[] };
function tables(ws: ExcelJS.Worksheet): TableModel[] {
  // exceljs types getTables() loosely; each entry carries the table model under `table`.
  return (ws.getTables() as unknown as { table: TableModel }[]).map((t) => t.table);
}

/** A table's column: header row, column number and the data rows' range. */
function column(ws: ExcelJS.Worksheet, header: string): { col: number; top: number; bottom: number } {
  const t = tables(ws)[0]!;
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.tableRef)!;
  const col = t.columns.findIndex((c) => c.name === header) + 1;
  if (col === 0) throw new Error(`no column ${header} in ${ws.name}`);
  return { col, top: Number(m[2]), bottom: Number(m[4]) };
}

let dir: string;
let nwFile: string;
let walesFile: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-pack-'));
  nwFile = path.join(dir, 'north-west.xlsx');
  walesFile = path.join(dir, 'wales.xlsx');
  await makeWorkbook(nwFile, northWest());
  await makeWorkbook(walesFile, wales());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('yot pack (one region)', () => {
  let wb: ExcelJS.Workbook;
  let io: Captured;
  let code: number;
  const out = () => path.join(dir, 'nw-pack.xlsx');

  beforeAll(async () => {
    io = captureIo(dir);
    code = await main(['pack', 'north-west.xlsx', '--out', 'nw-pack.xlsx'], io);
    wb = await open(out());
  });

  it('writes the pack (exit 0) even though the workbook has an error, and says what it wrote', () => {
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain(`Wrote ${out()}`);
    expect(text).toContain('as of 30/09/2025');
    expect(text).toContain('Sheets: Cover, Board summary, Summary, Vacancies, Secondments, Allocation, Finance, Disputes, Data quality.');
    expect(text).toMatch(/Findings: [1-9]\d* errors?, .* Every one is in the Data quality appendix\./);
  });

  it('has the nine sheets, each with real Excel tables of unique names', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Cover', 'Board summary', 'Summary', 'Vacancies', 'Secondments', 'Allocation', 'Finance', 'Disputes', 'Data quality']);
    const names = wb.worksheets.flatMap((ws) => tables(ws).map((t) => t.name));
    expect(names).toEqual(['PackContents', 'PackBoardFigures', 'PackBoardDecisions', 'PackSummary', 'PackVacancies', 'PackSecondments', 'PackAllocation', 'PackFinance', 'PackDisputes', 'PackDataQuality']);
    // One region: the Region column is kept, after the printed columns (it says the same on every row).
    for (const ws of wb.worksheets.slice(2)) {
      const cols = tables(ws)[0]!.columns.map((c) => c.name);
      expect(cols.includes('Region') ? cols.indexOf('Region') > cols.indexOf('YOT') : ws.name === 'Data quality').toBe(true);
    }
  });

  it('writes dates as dates (dd/mm/yyyy, no drift) and money as £#,##0', () => {
    const ws = wb.getWorksheet('Vacancies')!;
    const vf = column(ws, 'Vacant from');
    const idCol = column(ws, 'Vacancy ID').col;
    const row = [...Array(vf.bottom - vf.top).keys()].map((i) => ws.getRow(vf.top + 1 + i)).find((r) => r.getCell(idCol).value === 'NW-V2')!;
    expect(row.getCell(vf.col).value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(row.getCell(vf.col).numFmt).toBe('dd/mm/yyyy');
    const fin = wb.getWorksheet('Finance')!;
    const amount = column(fin, 'Amount');
    expect(fin.getRow(amount.top + 1).getCell(amount.col).numFmt).toBe('£#,##0');
    const fte = column(wb.getWorksheet('Allocation')!, 'Formula PO FTE');
    expect(wb.getWorksheet('Allocation')!.getRow(fte.top + 1).getCell(fte.col).numFmt).toBe('0.00');
  });

  it('sets up every sheet to print: A4 landscape, one page wide at 8 pt or more (else 85% across pages), header row repeated and frozen, classification and page numbers', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToHeight: 0 });
      if (ws.pageSetup.fitToPage) expect(ws.pageSetup.fitToWidth).toBe(1);
      else expect(ws.pageSetup).toMatchObject({ scale: 85, fitToWidth: 0, printTitlesColumn: expect.stringMatching(/^A:[A-C]$/) });
      expect(ws.headerFooter.oddFooter).toBe('&LOFFICIAL-SENSITIVE&CPage &P of &N&RYOGB quarterly pack: North West, 2025/26 Q2');
      expect(ws.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
      if (ws.name === 'Cover' || ws.name === 'Board summary') continue;
      const header = Number(/^[A-Z]+(\d+)/.exec(tables(ws)[0]!.tableRef)![1]);
      expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
      // The print area stops before the columns that only trace a row (tracker row, workbook, rule id, the one region).
      const printed = /^\$?A\$?1:\$?([A-Z]+)/.exec(ws.pageSetup.printArea ?? '')![1]!;
      const names = tables(ws)[0]!.columns.map((c) => c.name);
      const lastPrinted = printed.charCodeAt(0) - 64;
      expect(names.slice(lastPrinted).every((n) => ['Tracker row', 'Workbook', 'Rule', 'Region'].includes(n))).toBe(true);
      expect(names.slice(0, lastPrinted).some((n) => ['Tracker row', 'Workbook', 'Rule', 'Region'].includes(n))).toBe(false);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    }
  });

  it('colours RAG cells and labels them in words, compliance apart from data quality', () => {
    const ws = wb.getWorksheet('Summary')!;
    for (const header of ['Compliance', 'Data quality']) {
      const rag = column(ws, header);
      for (let r = rag.top + 1; r < rag.bottom; r++) {
        const c = ws.getRow(r).getCell(rag.col);
        expect(String(c.value)).toMatch(header === 'Compliance' ? /^(Red|Amber|Green): / : /^(Amber|Green): /);
        expect((c.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF(FFC7CE|FFEB9C|C6EFCE)$/);
      }
    }
    // Liverpool's only error is NW-S6's start date 31/04/2025, which can't be read: a data-quality entry, not a breach.
    const yot = column(ws, 'YOT');
    const row = [...Array(yot.bottom - yot.top).keys()].map((i) => ws.getRow(yot.top + 1 + i)).find((r) => r.getCell(yot.col).value === 'Liverpool YJS')!;
    expect(String(row.getCell(column(ws, 'Data quality').col).value)).toMatch(/^Amber: \d+ entr(y|ies) to correct$/);
    expect(String(row.getCell(column(ws, 'Compliance').col).value)).not.toMatch(/^Red/);
  });

  it('counts the errors on the Cover and lists each with its cell and citation on Data quality', () => {
    const cover = wb.getWorksheet('Cover')!;
    let errors: unknown = null;
    cover.eachRow((row) => {
      if (row.getCell(1).value === 'Errors') errors = row.getCell(2).value;
    });
    expect(errors).toBeGreaterThanOrEqual(1);
    const dq = wb.getWorksheet('Data quality')!;
    const rule = column(dq, 'Rule');
    const found = [...Array(rule.bottom - rule.top).keys()].map((i) => dq.getRow(rule.top + 1 + i)).find((r) => r.getCell(rule.col).value === 'data/invalid-date')!;
    expect(found).toBeDefined();
    expect(found.getCell(column(dq, 'Cell').col).value).toMatch(/^[A-Z]+\d+$/);
    expect(found.getCell(column(dq, 'Citation').col).value).toMatch(/^NPF 2021/);
    expect(found.getCell(column(dq, 'Severity').col).value).toBe('Red: error');
  });

  it('leaves secondee names out without --names, and National Insurance numbers out always', async () => {
    const text = allText(wb);
    for (const name of ['Amira Patel', 'Tom Hargreaves', 'Priya Shah']) expect(text).not.toContain(name);
    expect(text).not.toContain('QQ123456C');
    expect(text).toContain('[name withheld]');

    const named = captureIo(dir);
    expect(await main(['pack', nwFile, '--out', path.join(dir, 'named.xlsx'), '--names'], named)).toBe(0);
    const namedText = allText(await open(path.join(dir, 'named.xlsx')));
    expect(namedText).toContain('Amira Patel');
    expect(namedText).toContain('Secondee');
    expect(namedText).not.toContain('QQ123456C');
    expect(namedText).not.toContain('AB123456D');
  });

  it('gives the same pack for the same inputs, apart from the generation time on the Cover and in the properties', async () => {
    const later = captureIo(dir, new Date('2026-02-01T12:00:00Z'));
    expect(await main(['pack', nwFile, '--out', path.join(dir, 'again.xlsx')], later)).toBe(0);
    const again = await open(path.join(dir, 'again.xlsx'));
    const notGenerated = (sheet: string, _row: number, values: unknown[]) => sheet === 'Cover' && values[1] === 'Generated';
    expect(cells(again, notGenerated)).toEqual(cells(wb, notGenerated));
    expect(cells(again)).not.toEqual(cells(wb));
    expect(again.created).not.toEqual(wb.created);
    expect(again.title).toBe(wb.title);
  });

  it('prints the figures as JSON with --json', async () => {
    const j = captureIo(dir);
    expect(await main(['pack', nwFile, '--out', path.join(dir, 'json.xlsx'), '--json'], j)).toBe(0);
    const figures = JSON.parse(j.out.join(''));
    expect(Object.keys(figures)).toEqual(['asOf', 'quarter', 'financialYear', 'managementFees', 'vacancies', 'secondments', 'allocation', 'psoAllocation', 'findings']);
    expect(figures).toMatchObject({
      asOf: '2025-09-30',
      quarter: '2025/26 Q2',
      financialYear: '2025/26',
      // Liverpool: NW-S1, NW-S2 in post and NW-V1 vacant on 01/04/2025; Wirral: NW-V2 vacant (PSO, police and the ended NW-S5 at £0).
      managementFees: { total: 20000, byYot: { 'Liverpool YJS': 15000, 'Wirral YJS': 5000 } },
      vacancies: { open: 2, byStage: { '1': 1, '2': 0, '3': 0, '4': 0, '5': 1 } },
      secondments: { active: 4, endingWithin6Months: 1 },
      allocation: [
        { yot: 'Liverpool YJS', formulaFte: 1.2, activePoFte: 1.5 },
        { yot: 'Wirral YJS', formulaFte: 0.6, activePoFte: 0 },
      ],
    });
    expect(figures.findings.error).toBeGreaterThanOrEqual(1);
  });

  it('takes --as-of and --meeting over the Board', async () => {
    const j = captureIo(dir);
    expect(await main(['pack', nwFile, '--out', path.join(dir, 'q1.xlsx'), '--as-of', '30/06/2025', '--meeting', '2025-07-15', '--json'], j)).toBe(0);
    expect(JSON.parse(j.out.join(''))).toMatchObject({ asOf: '2025-06-30', quarter: '2025/26 Q1' });
    const cover = (await open(path.join(dir, 'q1.xlsx'))).getWorksheet('Cover')!;
    let meeting: unknown = null;
    cover.eachRow((row) => {
      if (row.getCell(1).value === 'YOGB meeting date') meeting = row.getCell(2).value;
    });
    expect(meeting).toEqual(new Date(Date.UTC(2025, 6, 15)));
  });
});

describe('yot pack refuses, in one sentence and exit 2', () => {
  it('to write over an input workbook, even with --force', async () => {
    const io = captureIo(dir);
    const before = await fs.readFile(nwFile);
    expect(await main(['pack', nwFile, '--out', path.join(dir, '.', 'north-west.xlsx'), '--force'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^yot: --out names the input workbook/);
    expect(await fs.readFile(nwFile)).toEqual(before);
  });

  it('to replace an existing file without --force, and replaces it with --force', async () => {
    const target = path.join(dir, 'existing.xlsx');
    await fs.writeFile(target, 'not a pack');
    const io = captureIo(dir);
    expect(await main(['pack', nwFile, '--out', target], io)).toBe(2);
    expect(io.err.join('')).toContain('already exists; add --force');
    expect(await fs.readFile(target, 'utf8')).toBe('not a pack');
    expect(await main(['pack', nwFile, '--out', target, '--force'], captureIo(dir))).toBe(0);
    expect((await fs.readFile(target)).subarray(0, 2).toString()).toBe('PK');
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('without --out, or with --out that is not .xlsx', async () => {
    const a = captureIo(dir);
    expect(await main(['pack', nwFile], a)).toBe(2);
    expect(a.err.join('')).toContain('--out');
    const b = captureIo(dir);
    expect(await main(['pack', nwFile, '--out', 'pack.pdf'], b)).toBe(2);
    expect(b.err.join('')).toContain('.xlsx');
  });

  it('a workbook that is missing', async () => {
    const io = captureIo(dir);
    expect(await main(['pack', 'nowhere.xlsx', '--out', 'x.xlsx'], io)).toBe(2);
    expect(io.err.join('')).toContain('There is no file called');
  });
});

describe('yot pack (national roll-up)', () => {
  let wb: ExcelJS.Workbook;
  let figures: { secondments: { active: number }; managementFees: { total: number; byYot: Record<string, number> }; findings: { error: number } };

  beforeAll(async () => {
    const io = captureIo(dir);
    expect(await main(['pack', nwFile, walesFile, '--out', 'national.xlsx', '--json'], io)).toBe(0);
    figures = JSON.parse(io.out.join(''));
    wb = await open(path.join(dir, 'national.xlsx'));
  });

  it('adds up the regions, keeping both rows of an ID found in two workbooks', () => {
    expect(figures.secondments.active).toBe(6);
    // Cardiff: NW-S1 (Wales's own), W-S2 in post on 01/04/2025.
    expect(figures.managementFees.byYot).toEqual({ 'Cardiff YJS': 10000, 'Liverpool YJS': 15000, 'Wirral YJS': 5000 });
  });

  it('reports the duplicate ID on Data quality against the second workbook', () => {
    const dq = wb.getWorksheet('Data quality')!;
    const rule = column(dq, 'Rule');
    const rows = [...Array(rule.bottom - rule.top).keys()].map((i) => dq.getRow(rule.top + 1 + i)).filter((r) => r.getCell(rule.col).value === 'data/duplicate-across-workbooks');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.getCell(column(dq, 'Region').col).value).toBe('Wales');
    expect(rows[0]!.getCell(column(dq, 'ID').col).value).toBe('NW-S1');
    expect(String(rows[0]!.getCell(column(dq, 'What was found').col).value)).toContain('north-west.xlsx');
  });

  it('breaks every detail sheet down by region', () => {
    // The Board summary is the nation's page (its decisions name their region).
    for (const ws of wb.worksheets.filter((w) => w.name !== 'Cover' && w.name !== 'Board summary')) {
      const lines: string[] = [];
      ws.eachRow((row, n) => {
        if (n < Number(/^[A-Z]+(\d+)/.exec(tables(ws)[0]!.tableRef)![1])) lines.push(String(row.getCell(1).value ?? ''));
      });
      expect(lines.some((l) => l.startsWith('North West: '))).toBe(true);
      expect(lines.some((l) => l.startsWith('Wales: '))).toBe(true);
      expect(tables(ws)[0]!.columns.some((c) => c.name === 'Region')).toBe(true);
    }
    const summary = wb.getWorksheet('Summary')!;
    const region = column(summary, 'Region');
    const regions = new Set<unknown>();
    for (let r = region.top + 1; r < region.bottom; r++) regions.add(summary.getRow(r).getCell(region.col).value);
    expect([...regions]).toEqual(['North West', 'Wales']);
  });

  it('names both regions on the Cover', () => {
    const title = wb.getWorksheet('Cover')!.getCell('A2').value;
    expect(title).toBe('National roll-up (North West, Wales): 2025/26 Q2, as of 30/09/2025');
  });
});
