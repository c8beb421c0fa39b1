/**
 * The .xlsx file adapter's reading side: an .xlsx file → RawWorkbook. The
 * file is only ever read (into memory), never written: the user's workbook is
 * theirs. The cells are read by ./ooxml.ts, which reads only the cells that
 * exist; `rawFromWorkbook` (exceljs) is kept for the benchmark's comparison
 * and for workbooks already open in exceljs.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { fromUtcDate } from '../../core/dates';
import type { Cell, Grid, RawWorkbook, TableName } from '../../core/records/types';
import { TABLE_NAMES } from '../../core/records/types';
import { sheetNamed, tableNamed } from '../../core/records/source';
import { parseRange } from '../../core/a1';
import { OoxmlError, readXlsx } from './ooxml';

/** A workbook that can't be read at all: the message is one plain sentence for the user. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) .xlsx, or an old-style .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** A cell value from exceljs as the core's Cell: dates become Excel serials. */
export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return fromUtcDate(value) ?? null;
  if (typeof value === 'object') {
    if ('result' in value) return toCell(value.result as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return typeof value.text === 'string' ? value.text : toCell(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return null;
}

function readRange(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): Cell[][] {
  const out: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r);
    const cells: Cell[] = [];
    if (row) {
      const values = row.values as ExcelJS.CellValue[];
      for (let c = left; c <= right; c++) cells.push(toCell(values[c]));
    }
    out.push(cells);
  }
  return out;
}

function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const bottom = ws.rowCount;
  const right = ws.columnCount;
  return { kind: 'sheet', sheet: ws.name, originRow: 1, originCol: 1, values: readRange(ws, 1, 1, bottom, right) };
}

interface TableInfo {
  ws: ExcelJS.Worksheet;
  name: string;
  ref: string;
}

function listTables(wb: ExcelJS.Workbook): TableInfo[] {
  const out: TableInfo[] = [];
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string } }[]) {
      // exceljs types getTables() loosely; each entry carries the table model under `table`.
      const ref = t.table.tableRef ?? t.table.ref;
      if (ref) out.push({ ws, name: t.table.name, ref });
    }
  });
  return out;
}

/** Read an exceljs workbook already in memory into the core's raw form. */
export function rawFromWorkbook(wb: ExcelJS.Workbook, source: string): RawWorkbook {
  const sheets: ExcelJS.Worksheet[] = [];
  wb.eachSheet((ws) => sheets.push(ws));
  const byName = (name: string) => sheetNamed(sheets, name);
  const tables = listTables(wb);
  const grids: Partial<Record<TableName, Grid>> = {};
  for (const name of TABLE_NAMES) {
    // Workbook-format.md: prefer an Excel table of that name, else a worksheet of that name (core/records/source.ts).
    const t = tableNamed(tables, name);
    const b = t ? parseRange(t.ref) : null;
    if (t && b) {
      grids[name] = { kind: 'table', sheet: t.ws.name, originRow: b.top, originCol: b.left, values: readRange(t.ws, b.top, b.left, b.bottom, b.right) };
      continue;
    }
    const ws = byName(name);
    if (ws) grids[name] = sheetGrid(ws);
  }
  const boardSheet = byName('Board');
  const names: Record<string, Cell> = {};
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  // exceljs keeps defined names as a model of { name, ranges }; only single-cell names are read.
  for (const dn of model) {
    const range = dn.ranges[0];
    if (!range || dn.ranges.length !== 1) continue;
    const m = /^'?(.+?)'?!(.+)$/.exec(range);
    const ws = m ? byName(m[1]!) : undefined;
    const b = m ? parseRange(m[2]!) : null;
    if (ws && b && b.top === b.bottom && b.left === b.right) names[dn.name] = toCell(ws.getCell(b.top, b.left).value);
  }
  return {
    source,
    sheetNames: sheets.map((s) => s.name),
    grids,
    ...(boardSheet ? { board: sheetGrid(boardSheet) } : {}),
    names,
  };
}

/** Files larger than this many MB are refused before reading unless the user raises the limit (`--max-size`). */
export const DEFAULT_MAX_FILE_MB = 50;

export interface ReadOptions {
  /** The largest file read, in MB (default DEFAULT_MAX_FILE_MB). */
  readonly maxFileMb?: number;
}

/**
 * Read an .xlsx file. Throws WorkbookReadError with one plain sentence when the
 * file is missing, not a regular file (a folder, a device, a named pipe), over
 * the size limit, not an .xlsx, password-protected or damaged. Only the bytes of
 * a regular file are read: never the input's size as declared inside the file.
 */
export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<{ raw: RawWorkbook }> {
  const name = path.basename(file);
  const maxMb = options.maxFileMb ?? DEFAULT_MAX_FILE_MB;
  let buf: Buffer;
  try {
    // stat follows symlinks: a link to /dev/zero is a device, not a workbook. Checked before opening,
    // since opening a named pipe waits for a writer that may never come.
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new WorkbookReadError(`"${name}" is a folder, not an .xlsx workbook.`);
    if (!st.isFile()) throw new WorkbookReadError(`"${name}" is not an ordinary file (it is a device, a named pipe or a socket), so it can't be an .xlsx workbook.`);
    if (st.size > maxMb * 1024 * 1024) {
      throw new WorkbookReadError(`"${name}" is ${Math.ceil(st.size / 1048576)} MB, more than the ${maxMb} MB limit for a workbook; if it really is a tracker, run again with --max-size ${Math.ceil(st.size / 1048576)}.`);
    }
    const fh = await fs.open(file, 'r');
    try {
      // Read at most one byte past the limit: a file that grows while being read is still refused.
      const cap = Math.min(st.size, maxMb * 1024 * 1024) + 1;
      const chunk = Buffer.alloc(cap);
      const { bytesRead } = await fh.read(chunk, 0, cap, 0);
      if (bytesRead > maxMb * 1024 * 1024) throw new WorkbookReadError(`"${name}" is more than the ${maxMb} MB limit for a workbook; run again with a larger --max-size if it really is a tracker.`);
      buf = chunk.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError(`There is no file called "${name}". Check the name and the folder.`);
    if (code === 'EISDIR') throw new WorkbookReadError(`"${name}" is a folder, not an .xlsx workbook.`);
    if (code === 'EACCES' || code === 'EPERM') throw new WorkbookReadError(`"${name}" can't be opened: you don't have permission to read it.`);
    if (code === 'ELOOP') throw new WorkbookReadError(`"${name}" is a link that leads round in a circle, not a workbook.`);
    if (code === 'ENAMETOOLONG') throw new WorkbookReadError('The workbook\'s name is too long for this computer to open.');
    throw new WorkbookReadError(`"${name}" can't be read (${code ?? 'unknown error'}).`);
  }
  return loadWorkbookBytes(buf, name);
}

/**
 * Open .xlsx bytes already in memory (a file the CLI read, or one a user opened
 * in the browser). Throws WorkbookReadError with one plain sentence when the bytes
 * are an encrypted workbook, an old .xls, not a workbook at all, damaged, or
 * unpack to more than the reader's limits.
 */
export async function loadWorkbookBytes(bytes: Uint8Array | ArrayBuffer, name: string): Promise<{ raw: RawWorkbook }> {
  const buf = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (startsWith(buf, OLE_MAGIC)) {
    throw new WorkbookReadError(
      /\.xls$/i.test(name)
        ? `"${name}" is an old-style .xls workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`
        : `"${name}" is password-protected (encrypted). Open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and check that copy.`,
    );
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    throw new WorkbookReadError(`"${name}" is not an Excel workbook (.xlsx). Save it from Excel as an Excel Workbook (.xlsx) and try again.`);
  }
  // Yield once so a caller's "opening…" can paint before the (synchronous) read.
  await Promise.resolve();
  try {
    return { raw: readXlsx(buf, name) };
  } catch (e) {
    if (e instanceof OoxmlError && e.reason === 'too-big') {
      throw new WorkbookReadError(`"${name}" can't be opened: ${e.message}, more than a tracker ever needs. Open it in Excel, remove what is not needed and save it again.`);
    }
    throw new WorkbookReadError(`"${name}" looks like an .xlsx file but can't be opened: it may be damaged or only partly downloaded. Open it in Excel and save it again.`);
  }
}
