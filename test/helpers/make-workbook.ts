/**
 * Write a regional workbook (.xlsx) for tests from plain row objects, the way
 * SPOCs' workbooks come: a Board sheet, then Secondments / Vacancies /
 * Allocations / Disputes either as Excel tables or as plain ranges under a
 * title row. Headers are the row objects' keys, in first-seen order, so a test
 * can use any synonym ("Post ref", "S1 date") or an extra column ("NI number").
 *
 * Dates: a 'dd/mm/yyyy' string is written as a real Excel date by default, or
 * left as UK text with `dates: 'text'`; a Date is always a date; anything else
 * is written as given (so '31/04/2025' with `dates: 'text'` is an invalid date).
 */
import ExcelJS from 'exceljs';
import { parseDate, toUtcDate } from '../../src/core/dates';

export type CellInput = string | number | boolean | Date | null | undefined;
export type RowInput = Readonly<Record<string, CellInput>>;

export interface BoardInput {
  readonly region?: string;
  readonly meetingDate?: CellInput;
  readonly trackerSubmitted?: CellInput;
  readonly asOf?: CellInput;
}

export type TableKey = 'Secondments' | 'Vacancies' | 'Allocations' | 'Disputes' | 'Actions';

export interface WorkbookInput {
  /** Board details; omitted: no Board sheet. */
  readonly board?: BoardInput;
  readonly secondments?: readonly RowInput[];
  readonly vacancies?: readonly RowInput[];
  readonly allocations?: readonly RowInput[];
  readonly disputes?: readonly RowInput[];
  /** The optional Actions table (the board's actions). */
  readonly actions?: readonly RowInput[];
  /** 'table' (default): an Excel table of the table's name; 'range': a plain range under a title row on a sheet of that name. */
  readonly as?: Partial<Record<TableKey, 'table' | 'range'>>;
  /** How 'dd/mm/yyyy' strings are written: 'date' (default) or 'text'. */
  readonly dates?: 'date' | 'text';
  /** Headers to use (and their order) for a table, when the rows don't have every key. */
  readonly headers?: Partial<Record<TableKey, readonly string[]>>;
}

const UK_DATE = /^\d{2}\/\d{2}\/\d{4}$/;

function cell(v: CellInput, dates: 'date' | 'text'): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'string' && dates === 'date' && UK_DATE.test(v)) {
    const p = parseDate(v);
    if (p.ok) return toUtcDate(p.day);
  }
  return v;
}

function headersOf(rows: readonly RowInput[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!out.includes(k)) out.push(k);
  return out;
}

/** The workbook in memory (for tests that read it without a file). */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  const dates = input.dates ?? 'date';
  if (input.board) {
    const ws = wb.addWorksheet('Board');
    ws.getCell('A1').value = 'YOS Governance Board return';
    const b = input.board;
    const lines: [string, CellInput][] = [
      ['Region', b.region],
      ['YOGB meeting date', b.meetingDate],
      ['Tracker submitted', b.trackerSubmitted],
      ['As-of date', b.asOf],
    ];
    let r = 3;
    for (const [label, value] of lines) {
      if (value === undefined) continue;
      ws.getCell(`A${r}`).value = label;
      ws.getCell(`B${r}`).value = cell(value, dates);
      if (value instanceof Date || (typeof value === 'string' && UK_DATE.test(value) && dates === 'date')) ws.getCell(`B${r}`).numFmt = 'dd/mm/yyyy';
      r++;
    }
  }
  const tables: [TableKey, readonly RowInput[] | undefined][] = [
    ['Secondments', input.secondments],
    ['Vacancies', input.vacancies],
    ['Allocations', input.allocations],
    ['Disputes', input.disputes],
    ['Actions', input.actions],
  ];
  for (const [name, rows] of tables) {
    if (rows === undefined) continue;
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = `${name} (test workbook)`;
    const headers = [...(input.headers?.[name] ?? headersOf(rows))];
    const data = rows.map((r) => headers.map((h) => cell(r[h], dates)));
    if ((input.as?.[name] ?? 'table') === 'table') {
      ws.addTable({
        name,
        ref: 'A3',
        headerRow: true,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: headers.map((h) => ({ name: h, filterButton: true })),
        // An Excel table needs at least one data row.
        rows: data.length > 0 ? data : [headers.map(() => null)],
      });
    } else {
      headers.forEach((h, i) => (ws.getRow(3).getCell(i + 1).value = h));
      data.forEach((r, j) => r.forEach((v, i) => (ws.getRow(4 + j).getCell(i + 1).value = v)));
    }
    for (let i = 0; i < data.length; i++) {
      data[i]!.forEach((v, c) => {
        if (v instanceof Date) ws.getRow(4 + i).getCell(c + 1).numFmt = 'dd/mm/yyyy';
      });
    }
  }
  return wb;
}

/** Write a regional workbook to `file`. */
export async function makeWorkbook(file: string, input: WorkbookInput): Promise<void> {
  await buildWorkbook(input).xlsx.writeFile(file);
}
