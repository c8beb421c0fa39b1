/**
 * The Excel (Office.js) adapter's reading side: the open workbook → RawWorkbook,
 * the same shape the .xlsx adapter produces, so the core cannot tell them apart.
 *
 * Round trips are bounded and do not grow with rows (batched reads, one
 * context.sync() per batch, never in a loop): one sync to learn which tables, sheets and names
 * exist and how big they are, one sync to load every value (and, only for a sheet whose name
 * differs from the table's in case or spaces, one between them to learn its size). `values` gives
 * dates as serial numbers, exactly what the core wants. On Excel on the web,
 * where a response may carry at most 5 MB, the second batch is split into
 * parts under that limit (more syncs only for a workbook too big for one).
 *
 * No React here: components get these functions as props.
 */
import type { Cell, Grid, RawWorkbook, TableName } from '../../core/records/types';
import { TABLE_NAMES } from '../../core/records/types';
import { sheetNamed, sourceOf } from '../../core/records/source';

/** Excel on the web refuses a request or response over 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** A cautious size for one cell in a response (JSON number or short text, with punctuation). */
const BYTES_PER_CELL_ESTIMATE = 24;

export interface ReadOptions {
  /** True on Excel on the web: split large reads under its 5 MB response limit. */
  readonly web: boolean;
  /** Override the payload limit (tests). */
  readonly payloadLimitBytes?: number;
}

/** How many syncs the last read took: the adapter's own count, for the Rules view and the benchmark. */
export interface ReadStats {
  syncs: number;
}

interface Source {
  readonly table: TableName;
  readonly kind: 'table' | 'sheet';
  readonly sheet: string;
  readonly range: Excel.Range;
}

function isNull(o: { isNullObject: boolean }): boolean {
  return o.isNullObject;
}

/** One rectangle of values, read in row blocks under the payload limit. */
interface Pending {
  readonly source: Source;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly parts: { readonly range: Excel.Range; readonly rows: number }[];
}

/**
 * Read everything the core needs from the workbook open in Excel.
 * `context` comes from Excel.run; `mapping` from the document's settings.
 */
export async function readOpenWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions,
  stats: ReadStats = { syncs: 0 },
): Promise<RawWorkbook> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  // 'items' loads each item's scalar properties (name, type, …): a handful of small objects.
  sheets.load('items');
  const names = wb.names;
  names.load('items');
  const tableList = wb.tables;
  // 'items': each table's few scalar properties (its name among them), as for the sheets above.
  tableList.load('items');

  // Batch 1: every sheet and table name, and, for each table we need, the Excel table and the sheet
  // of exactly that name with their sizes (the usual case, so no further round trip).
  const tables = TABLE_NAMES.map((name) => {
    const t = wb.tables.getItemOrNullObject(name);
    t.load('name');
    const tRange = t.getRange();
    tRange.load('rowCount,columnCount,rowIndex,columnIndex');
    // A navigation property hands back a proxy to load in this same batch; nothing is read before the sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const tSheet = t.worksheet;
    tSheet.load('name');
    const ws = sheets.getItemOrNullObject(name);
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowCount,columnCount,rowIndex,columnIndex');
    return { name, t, tRange, tSheet, ws, used };
  });
  const boardSheet = sheets.getItemOrNullObject('Board');
  boardSheet.load('name');
  const boardUsed = boardSheet.getUsedRangeOrNullObject(true);
  boardUsed.load('values,rowIndex,columnIndex');
  await context.sync();
  stats.syncs++;

  // Which one holds each table is decided by the core (core/records/source.ts: a table of that name,
  // else a sheet, names compared as Excel compares them). Only when its choice is not the exact-name
  // candidate already loaded (a sheet called " Vacancies ") is its size asked for, in one more batch.
  const later: { name: TableName; kind: 'table' | 'sheet'; sheet: () => string; range: Excel.Range }[] = [];
  const chosen: (Source | null)[] = tables.map((x) => {
    const src = sourceOf(x.name, tableList.items, sheets.items);
    if (src === null) return null;
    if (src.kind === 'table') {
      if (!isNull(x.t)) return { table: x.name, kind: 'table', sheet: x.tSheet.name, range: x.tRange };
      const t = tableList.getItem(src.table.name);
      const range = t.getRange();
      range.load('rowCount,columnCount,rowIndex,columnIndex');
      // A navigation property: a proxy loaded in this same batch, read only after its sync.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const ws = t.worksheet;
      ws.load('name');
      later.push({ name: x.name, kind: 'table', sheet: () => ws.name, range });
      return null;
    }
    if (!isNull(x.ws) && x.ws.name === src.sheet.name) return isNull(x.used) ? null : { table: x.name, kind: 'sheet', sheet: x.ws.name, range: x.used };
    const used = sheets.getItem(src.sheet.name).getUsedRangeOrNullObject(true);
    used.load('rowCount,columnCount,rowIndex,columnIndex');
    later.push({ name: x.name, kind: 'sheet', sheet: () => src.sheet.name, range: used });
    return null;
  });
  const boardNamed = sheetNamed(sheets.items, 'Board');
  let board: { sheet: string; used: Excel.Range } | null = !isNull(boardSheet) && !isNull(boardUsed) ? { sheet: boardSheet.name, used: boardUsed } : null;
  const boardLater = boardNamed !== undefined && isNull(boardSheet) ? sheets.getItem(boardNamed.name).getUsedRangeOrNullObject(true) : null;
  boardLater?.load('values,rowIndex,columnIndex');
  if (later.length > 0 || boardLater !== null) {
    await context.sync();
    stats.syncs++;
    for (const l of later) {
      const i = TABLE_NAMES.indexOf(l.name);
      if (!isNull(l.range)) chosen[i] = { table: l.name, kind: l.kind, sheet: l.sheet(), range: l.range };
    }
    if (boardLater !== null && boardNamed !== undefined && !isNull(boardLater)) board = { sheet: boardNamed.name, used: boardLater };
  }

  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES;
  const maxCells = options.web ? Math.max(1, Math.floor(limit / BYTES_PER_CELL_ESTIMATE)) : Infinity;

  // Batch 2 (split on the web only when over the limit): every value, plus single-cell names.
  const pending: Pending[] = [];
  for (const source of chosen) {
    if (!source) continue;
    const rows = source.range.rowCount;
    const cols = Math.max(1, source.range.columnCount);
    const rowsPerPart = Math.max(1, Math.min(rows, Math.floor(maxCells / cols)));
    const parts: { range: Excel.Range; rows: number }[] = [];
    for (let r = 0; r < rows; r += rowsPerPart) {
      const n = Math.min(rowsPerPart, rows - r);
      parts.push({ range: rows === n ? source.range : source.range.getCell(r, 0).getResizedRange(n - 1, cols - 1), rows: n });
    }
    pending.push({ source, rowIndex: source.range.rowIndex, columnIndex: source.range.columnIndex, parts });
  }
  const nameRanges = names.items
    .filter((n) => n.type === 'Range')
    .map((n) => {
      const r = n.getRangeOrNullObject();
      r.load('values,cellCount');
      return { name: n.name, range: r };
    });

  // Group the parts into syncs of at most maxCells each (one sync when not on the web).
  let cellsInBatch = 0;
  let loadedAny = nameRanges.length > 0;
  for (const p of pending) {
    const cols = Math.max(1, p.source.range.columnCount);
    for (const part of p.parts) {
      const cells = part.rows * cols;
      if (cellsInBatch > 0 && cellsInBatch + cells > maxCells) {
        // Deliberate: Excel on the web refuses a response over 5 MB, so a register too big for one
        // response is read in parts, one sync per part. Off the web (maxCells Infinity) this never runs.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        stats.syncs++;
        cellsInBatch = 0;
      }
      part.range.load('values');
      cellsInBatch += cells;
      loadedAny = true;
    }
  }
  if (loadedAny) {
    await context.sync();
    stats.syncs++;
  }

  const grids: Partial<Record<TableName, Grid>> = {};
  for (const p of pending) {
    const values: Cell[][] = [];
    for (const part of p.parts) for (const row of part.range.values as Cell[][]) values.push(row);
    grids[p.source.table] = {
      kind: p.source.kind,
      sheet: p.source.sheet,
      originRow: p.rowIndex + 1,
      originCol: p.columnIndex + 1,
      values: values.map((row) => row.map(normaliseCell)),
    };
  }
  const nameValues: Record<string, Cell> = {};
  for (const n of nameRanges) {
    if (!isNull(n.range) && n.range.cellCount === 1) nameValues[n.name] = normaliseCell((n.range.values as Cell[][])[0]?.[0] ?? null);
  }
  return {
    source: 'this workbook',
    sheetNames: sheets.items.map((s) => s.name),
    grids,
    ...(board !== null
      ? { board: { kind: 'sheet', sheet: board.sheet, originRow: board.used.rowIndex + 1, originCol: board.used.columnIndex + 1, values: (board.used.values as Cell[][]).map((r) => r.map(normaliseCell)) } }
      : {}),
    names: nameValues,
  };
}

/** Office.js gives '' for an empty cell; the core's blank is null. */
function normaliseCell(c: unknown): Cell {
  if (c === '' || c === undefined || c === null) return null;
  if (typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean') return c;
  return String(c);
}
