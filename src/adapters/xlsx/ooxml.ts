/**
 * An .xlsx reader that reads only the cells that exist: the zip is opened with
 * fflate, each worksheet's XML goes through a SAX parser (saxes) in slices, and
 * nothing is ever allocated by a size a file *declares* (a `<dimension>`, a
 * table's `ref="A1:T2000000000"`, a `<row r="2000000000">`). exceljs walks or
 * pads to such sizes (a row numbered 2,000,000,000 never finishes loading),
 * which is why the reading side does not use it.
 *
 * What it reads, as the core expects (docs/workbook-format.md): sheet names,
 * Excel tables (name, sheet, range; a totals row is left out), every cell's
 * value (shared, inline and rich text; numbers; booleans; errors as their
 * text; a formula's cached result, or the formula itself when the file has no
 * result), merged cells (each cell of a merge shows the top-left cell's value,
 * as exceljs did), and single-cell defined names. Dates arrive as Excel serials
 * (a 1904-based workbook's date cells are moved to the 1900 system).
 *
 * Limits: cells beyond Excel's own grid (1,048,576 rows × 16,384 columns) are
 * not part of any sheet Excel can open and are skipped; each part of the zip
 * may unpack to at most `maxPartBytes`, and the parts read together to at most
 * `maxTotalBytes`, judged by the sizes the zip declares before anything is
 * unpacked (fflate then never writes past a declared size).
 *
 * Longer than most modules (about 560 lines) because the zip limits, the part
 * lookup and the SAX passes over workbook, sheet and table XML share one set of
 * limits and one shared-strings table; split, each piece would need them passed in.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, parseAddress, parseRange } from '../../core/a1';
import { fromYmd, isValidYmd, MAX_SERIAL, MIN_SERIAL } from '../../core/dates';
import type { Cell, Grid, RawWorkbook, TableName } from '../../core/records/types';
import { TABLE_NAMES } from '../../core/records/types';
import { sheetNamed, sourceOf } from '../../core/records/source';

export interface OoxmlLimits {
  /** Most bytes one part of the zip (a sheet's XML, the shared strings) may unpack to. */
  readonly maxPartBytes: number;
  /** Most bytes all the parts read may unpack to together. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_OOXML_LIMITS: OoxmlLimits = { maxPartBytes: 400 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 };

/** Why a workbook's contents can't be read: `damaged` (not a well-formed .xlsx) or `too-big` (past a limit). */
export class OoxmlError extends Error {
  constructor(
    readonly reason: 'damaged' | 'too-big',
    message: string,
  ) {
    super(message);
    this.name = 'OoxmlError';
  }
}

/** Most cells a merge may fill with its top-left value, over the whole workbook (merges are clipped to cells in use first). */
const MAX_MERGE_FILL = 1_000_000;
/** Text is handed to the XML parser in slices of this many bytes, so no part becomes one huge string. */
const SLICE_BYTES = 1 << 20;

// ---------------------------------------------------------------------------
// Zip parts

type Parts = Record<string, Uint8Array>;

function unzipParts(zip: Uint8Array, want: (name: string) => boolean, limits: OoxmlLimits, used: { bytes: number }): Parts {
  try {
    return unzipSync(zip, {
      filter: (f: UnzipFileInfo) => {
        if (!want(f.name)) return false;
        if (f.originalSize > limits.maxPartBytes || used.bytes + f.originalSize > limits.maxTotalBytes) {
          throw new OoxmlError('too-big', `it unpacks to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB`);
        }
        used.bytes += f.originalSize;
        return true;
      },
    });
  } catch (e) {
    if (e instanceof OoxmlError) throw e;
    throw new OoxmlError('damaged', 'its zip structure is damaged');
  }
}

/** Parse XML bytes with a SAX parser, slice by slice. */
function parseXml(bytes: Uint8Array, onOpen: (tag: SaxesTagPlain) => void, onClose: (name: string) => void, onText?: (text: string) => void): void {
  const parser = new SaxesParser();
  parser.on('opentag', onOpen);
  parser.on('closetag', (t) => onClose(localName(t.name)));
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const decoder = new TextDecoder('utf-8');
  try {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      parser.write(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: at + SLICE_BYTES < bytes.length }));
    }
    parser.close();
  } catch (e) {
    if (e instanceof OoxmlError) throw e;
    throw new OoxmlError('damaged', 'part of it is not well-formed XML');
  }
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name (`r:id` → `id`). */
function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const a = tag.attributes as Record<string, string>;
  if (a[name] !== undefined) return a[name];
  for (const k of Object.keys(a)) if (localName(k) === name && !k.startsWith('xmlns')) return a[k];
  return undefined;
}

/** Resolve a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function readRels(parts: Parts, part: string): Rel[] {
  const bytes = parts[relsPathOf(part)];
  if (!bytes) return [];
  const out: Rel[] = [];
  parseXml(bytes, (t) => {
    if (localName(t.name) !== 'Relationship') return;
    const id = attr(t, 'Id');
    const target = attr(t, 'Target');
    if (id && target && attr(t, 'TargetMode') !== 'External') out.push({ id, type: attr(t, 'Type') ?? '', target: resolveTarget(part, target) });
  }, () => {});
  return out;
}

// ---------------------------------------------------------------------------
// Cell text

/** Excel's escapes for characters XML can't hold: `_x001B_` is ESC. (Control characters are removed at the output edges.) */
export function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------
// Styles: only which cell formats are dates (needed for 1904-based workbooks)

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormatCode(code: string): boolean {
  // Without quoted text, escapes and [colour]/[locale] blocks, a date format has d, m, y, h or s.
  const bare = code.slice(0, 500).replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function readDateStyles(bytes: Uint8Array | undefined): boolean[] {
  if (!bytes) return [];
  const custom = new Map<number, boolean>();
  const out: boolean[] = [];
  let inXfs = false;
  parseXml(bytes, (t) => {
    const n = localName(t.name);
    if (n === 'numFmt') custom.set(Number(attr(t, 'numFmtId')), isDateFormatCode(attr(t, 'formatCode') ?? ''));
    else if (n === 'cellXfs') inXfs = true;
    else if (n === 'xf' && inXfs) {
      const id = Number(attr(t, 'numFmtId') ?? 0);
      out.push(custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
    }
  }, (n) => {
    if (n === 'cellXfs') inXfs = false;
  });
  return out;
}

// ---------------------------------------------------------------------------
// Shared strings

function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  parseXml(bytes, (t) => {
    const n = localName(t.name);
    if (n === 'si') {
      inSi = true;
      text = '';
    } else if (n === 'rPh') phonetic++;
    else if (n === 't' && inSi && phonetic === 0) inT = true;
  }, (n) => {
    if (n === 'si') {
      out.push(decodeExcelEscapes(text));
      inSi = false;
    } else if (n === 'rPh') phonetic--;
    else if (n === 't') inT = false;
  }, (s) => {
    if (inT) text += s;
  });
  return out;
}

// ---------------------------------------------------------------------------
// Worksheets

/** One sheet's cells: by row number, each row's cells as column → value (only cells that exist). */
interface SheetCells {
  readonly rows: Map<number, Map<number, Cell>>;
  maxRow: number;
  maxCol: number;
  readonly merges: string[];
}

interface SheetContext {
  readonly shared: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

function isoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return null;
  const day = fromYmd(y, mo, d);
  return day >= MIN_SERIAL && day <= MAX_SERIAL ? day : null;
}

function readSheet(bytes: Uint8Array, ctx: SheetContext): SheetCells {
  const sheet: SheetCells = { rows: new Map(), maxRow: 0, maxCol: 0, merges: [] };
  let rowNo = 0;
  let colNo = 0;
  let row: Map<number, Cell> | null = null;
  // The cell being read.
  let inCell = false;
  let type = 'n';
  let style = 0;
  let target: 'v' | 'f' | 'is' | null = null;
  let inIsT = false;
  let phonetic = 0;
  let v = '';
  let f: string | null = null;
  let isText = '';
  let skipCell = false;

  const finishCell = (): void => {
    if (skipCell || !row) return;
    let value: Cell = null;
    const hasV = v !== '';
    switch (type) {
      case 's': {
        const s = hasV ? ctx.shared[Number(v)] : undefined;
        value = s ?? null;
        break;
      }
      case 'inlineStr':
        value = decodeExcelEscapes(isText);
        break;
      case 'str':
        value = hasV ? decodeExcelEscapes(v) : null;
        break;
      case 'b':
        value = hasV ? v.trim() === '1' || v.trim().toLowerCase() === 'true' : null;
        break;
      case 'e':
        value = hasV ? v : null;
        break;
      case 'd':
        value = hasV ? (isoDay(v) ?? v) : null;
        break;
      default: {
        if (hasV) {
          const n = Number(v);
          value = v.trim() === '' || Number.isNaN(n) ? v : n;
          // A 1904-based workbook counts dates from 1904: move its date cells to the 1900 system the core uses.
          if (typeof value === 'number' && ctx.date1904 && ctx.dateStyles[style]) value += 1462;
        }
      }
    }
    // A formula the file holds no result for: say what is there, not "a blank cell".
    if (value === null && f !== null) value = f.trim() === '' ? '=(formula with no saved result)' : `=${f.trim()}`;
    if (value === null) return;
    row.set(colNo, value);
    if (colNo > sheet.maxCol) sheet.maxCol = colNo;
    if (rowNo > sheet.maxRow) sheet.maxRow = rowNo;
  };

  parseXml(bytes, (t) => {
    const n = localName(t.name);
    if (inCell) {
      if (n === 'v') {
        target = 'v';
        v = '';
      } else if (n === 'f') {
        target = 'f';
        f = '';
      } else if (n === 'is') target = 'is';
      else if (n === 'rPh') phonetic++;
      else if (n === 't' && target === 'is' && phonetic === 0) inIsT = true;
      return;
    }
    switch (n) {
      case 'row': {
        const r = Number(attr(t, 'r') ?? rowNo + 1);
        rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
        colNo = 0;
        if (rowNo > EXCEL_MAX_ROWS) {
          row = null;
        } else {
          row = sheet.rows.get(rowNo) ?? new Map();
          sheet.rows.set(rowNo, row);
        }
        break;
      }
      case 'c': {
        inCell = true;
        const ref = attr(t, 'r');
        const a = ref ? parseAddress(ref) : null;
        colNo = a ? a.col : colNo + 1;
        if (a && a.row !== rowNo) {
          // A cell whose address names another row than its <row>: believe the address.
          rowNo = a.row;
          row = rowNo > EXCEL_MAX_ROWS ? null : (sheet.rows.get(rowNo) ?? new Map<number, Cell>());
          if (row) sheet.rows.set(rowNo, row);
        }
        skipCell = colNo < 1 || colNo > EXCEL_MAX_COLS || row === null;
        type = attr(t, 't') ?? 'n';
        style = Number(attr(t, 's') ?? 0) || 0;
        v = '';
        f = null;
        isText = '';
        target = null;
        break;
      }
      case 'mergeCell': {
        const ref = attr(t, 'ref');
        if (ref) sheet.merges.push(ref);
        break;
      }
      default:
    }
  }, (n) => {
    if (n === 'c' && inCell) {
      finishCell();
      inCell = false;
    } else if (n === 'v' || n === 'f' || n === 'is') target = null;
    else if (n === 'rPh') phonetic--;
    else if (n === 't') inIsT = false;
  }, (s) => {
    if (target === 'v') v += s;
    else if (target === 'f') f += s;
    else if (inIsT) isText += s;
  });
  applyMerges(sheet);
  return sheet;
}

let mergeBudget = MAX_MERGE_FILL;

/** Each cell of a merge shows the top-left cell's value, clipped to the cells in use. */
function applyMerges(sheet: SheetCells): void {
  for (const ref of sheet.merges) {
    const b = parseRange(ref);
    if (!b) continue;
    const master = sheet.rows.get(b.top)?.get(b.left);
    if (master === undefined || master === null) continue;
    const bottom = Math.min(b.bottom, sheet.maxRow);
    const right = Math.min(b.right, sheet.maxCol);
    for (let r = b.top; r <= bottom; r++) {
      if ((right - b.left + 1) > mergeBudget) return;
      let row = sheet.rows.get(r);
      if (!row) sheet.rows.set(r, (row = new Map()));
      for (let c = b.left; c <= right; c++) {
        if (r === b.top && c === b.left) continue;
        row.set(c, master);
        mergeBudget--;
      }
    }
  }
}

const EMPTY_ROW: readonly Cell[] = Object.freeze([]);

/** A row's cells from column `left` to `right` as an array (index 0 = `left`), built from the cells that exist. */
function rowSlice(row: Map<number, Cell> | undefined, left: number, right: number): readonly Cell[] {
  if (!row || row.size === 0) return EMPTY_ROW;
  let last = 0;
  for (const c of row.keys()) if (c >= left && c <= right && c > last) last = c;
  if (last === 0) return EMPTY_ROW;
  const width = last - left + 1;
  // Dense when the row is reasonably full; otherwise only the cells that exist (a sparse array, still indexable).
  const out: Cell[] = width <= Math.max(1024, row.size * 4) ? new Array<Cell>(width).fill(null) : [];
  for (const [c, val] of row) if (c >= left && c <= right) out[c - left] = val;
  if (out.length < width) out.length = width;
  return out;
}

function gridOf(sheetName: string, cells: SheetCells, kind: Grid['kind'], top: number, left: number, bottom: number, right: number): Grid {
  const last = Math.min(bottom, cells.maxRow);
  const values: (readonly Cell[])[] = [];
  for (let r = top; r <= last; r++) values.push(rowSlice(cells.rows.get(r), left, right));
  return { kind, sheet: sheetName, originRow: top, originCol: left, values };
}

// ---------------------------------------------------------------------------
// The workbook

interface SheetEntry {
  readonly name: string;
  readonly part: string;
}

interface TableEntry {
  readonly name: string;
  readonly displayName: string;
  readonly sheet: SheetEntry;
  readonly ref: string;
  readonly headerRows: number;
  readonly totalsRows: number;
}

/**
 * Read .xlsx bytes into the core's raw form. Throws OoxmlError when the zip or
 * its XML is damaged, or it unpacks past the limits.
 */
export function readXlsx(zip: Uint8Array, source: string, limits: OoxmlLimits = DEFAULT_OOXML_LIMITS): RawWorkbook {
  mergeBudget = MAX_MERGE_FILL;
  const used = { bytes: 0 };
  // Pass 1: the small parts that say where everything is.
  const meta = unzipParts(zip, (n) => n.endsWith('.rels') || /(^|\/)workbook\.xml$/i.test(n) || /tables\/[^/]+\.xml$/i.test(n) || /(^|\/)styles\.xml$/i.test(n), limits, used);
  const rootRels = readRels(meta, '');
  const wbPart = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbBytes = meta[wbPart];
  if (!wbBytes) throw new OoxmlError('damaged', 'it has no workbook part');
  const wbRels = readRels(meta, wbPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  const definedNames: { name: string; text: string }[] = [];
  let date1904 = false;
  let dn: { name: string; text: string } | null = null;
  parseXml(wbBytes, (t) => {
    const n = localName(t.name);
    if (n === 'sheet') {
      const rel = relById.get(attr(t, 'id') ?? '');
      // Worksheets only: chart sheets and dialog sheets have no cells.
      if (rel && rel.type.endsWith('/worksheet')) sheets.push({ name: attr(t, 'name') ?? '', part: rel.target });
    } else if (n === 'workbookPr') {
      const d = attr(t, 'date1904');
      date1904 = d === '1' || d === 'true';
    } else if (n === 'definedName') {
      dn = { name: attr(t, 'name') ?? '', text: '' };
    }
  }, (n) => {
    if (n === 'definedName' && dn) {
      definedNames.push(dn);
      dn = null;
    }
  }, (s) => {
    if (dn) dn.text += s;
  });

  const tables: TableEntry[] = [];
  for (const sheet of sheets) {
    for (const rel of readRels(meta, sheet.part)) {
      if (!rel.type.endsWith('/table')) continue;
      const bytes = meta[rel.target];
      if (!bytes) continue;
      parseXml(bytes, (t) => {
        if (localName(t.name) !== 'table') return;
        const ref = attr(t, 'ref');
        if (!ref) return;
        tables.push({
          name: attr(t, 'name') ?? '',
          displayName: attr(t, 'displayName') ?? '',
          sheet,
          ref,
          headerRows: Number(attr(t, 'headerRowCount') ?? 1) || 0,
          totalsRows: Number(attr(t, 'totalsRowCount') ?? 0) || 0,
        });
      }, () => {});
    }
  }

  // Which sheets are needed: those holding the four tables, the sheets named after them, the Board, and defined names' sheets.
  const byName = (name: string) => sheetNamed(sheets, name);
  const namedCells = definedNames
    .filter((d) => !d.name.startsWith('_xlnm.'))
    .map((d) => ({ name: d.name, at: /^'?(.+?)'?!(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(d.text.trim()) }))
    .filter((d) => d.at !== null)
    .map((d) => ({ name: d.name, sheet: byName(d.at![1]!.replace(/''/g, "'")), addr: parseAddress(d.at![2]!) }));
  const needed = new Set<SheetEntry>();
  for (const name of TABLE_NAMES) {
    const src = sourceOf(name, tables, sheets);
    if (src) needed.add(src.kind === 'table' ? src.table.sheet : src.sheet);
  }
  const board = byName('Board');
  if (board) needed.add(board);
  for (const d of namedCells) if (d.sheet) needed.add(d.sheet);

  // Pass 2: the shared strings and the sheets needed.
  const wantParts = new Set([...needed].map((s) => s.part));
  const ssPart = wbRels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const content = unzipParts(zip, (n) => wantParts.has(n) || n === ssPart, limits, used);
  const ctx: SheetContext = {
    shared: readSharedStrings(ssPart ? content[ssPart] : undefined),
    dateStyles: date1904 ? readDateStyles(meta[wbRels.find((r) => r.type.endsWith('/styles'))?.target ?? '']) : [],
    date1904,
  };
  const cellsOf = new Map<SheetEntry, SheetCells>();
  const cells = (s: SheetEntry): SheetCells => {
    let c = cellsOf.get(s);
    if (!c) {
      const bytes = content[s.part];
      c = bytes ? readSheet(bytes, ctx) : { rows: new Map(), maxRow: 0, maxCol: 0, merges: [] };
      cellsOf.set(s, c);
    }
    return c;
  };
  const sheetGrid = (s: SheetEntry): Grid => {
    const c = cells(s);
    return gridOf(s.name, c, 'sheet', 1, 1, c.maxRow, c.maxCol);
  };

  const grids: Partial<Record<TableName, Grid>> = {};
  for (const name of TABLE_NAMES) {
    // Workbook-format.md: prefer an Excel table of that name, else a worksheet of that name (core/records/source.ts).
    const src = sourceOf(name, tables, sheets);
    const b = src?.kind === 'table' ? parseRange(src.table.ref) : null;
    if (src?.kind === 'table' && b) {
      const t = src.table;
      const bottom = Math.min(b.bottom - t.totalsRows, EXCEL_MAX_ROWS);
      grids[name] = gridOf(t.sheet.name, cells(t.sheet), 'table', b.top, b.left, bottom, Math.min(b.right, EXCEL_MAX_COLS));
      continue;
    }
    // A table whose range can't be read: the sheet of that name, if there is one.
    const s = src?.kind === 'sheet' ? src.sheet : byName(name);
    if (s) grids[name] = sheetGrid(s);
  }
  const names: Record<string, Cell> = {};
  for (const d of namedCells) {
    if (!d.sheet || !d.addr) continue;
    names[d.name] = cells(d.sheet).rows.get(d.addr.row)?.get(d.addr.col) ?? null;
  }
  return {
    source,
    sheetNames: sheets.map((s) => s.name),
    grids,
    ...(board ? { board: sheetGrid(board) } : {}),
    names,
  };
}
