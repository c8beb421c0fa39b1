/**
 * The .xlsx file adapter's writing side: a laid-out pack (core/pack/layout.ts)
 * → an exceljs workbook, with real Excel tables, number formats, frozen
 * headers, RAG fills with their labels, and A4 landscape print setup. Writes
 * only what the layout says: the same document gives the same cells.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { columnLetter } from '../../core/a1';
import { toUtcDate } from '../../core/dates';
import {
  headerFooterCode,
  NUMBER_FORMATS,
  RAG_COLOURS,
  type CellValue,
  type LayoutColumn,
  type LayoutSheet,
  type LayoutTable,
  type PackDocument,
  type Rag,
  WIDTH_PER_CHAR,
  columnPoints,
  PRINTABLE_WIDTH_POINTS,
} from '../../core/pack/layout';

const HEADER_FILL = '1F4E78';
const BORDER_COLOUR = 'BFBFBF';
/** One font throughout (Arial: the usual government choice; LibreOffice substitutes a metric twin). */
const FONT_NAME = 'Arial';
const FONT_SIZE = 10;
/** Points per line of 10pt text, for rows whose text wraps. */
const LINE_HEIGHT = 13;

function font(extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size: FONT_SIZE, ...extra };
}

/**
 * Lines a text takes when wrapped in a column `width` characters wide (greedy,
 * by word). Excel and LibreOffice don't both grow rows to fit wrapped text in a
 * file, so the writer sets the height itself; a little generous rather than cut off.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 1) / WIDTH_PER_CHAR / (bold ? 1.1 : 1)));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    let n = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word.length;
      if (used > 0 && used + 1 + w > perLine) {
        n++;
        used = 0;
      }
      while (w > perLine) {
        n++;
        w -= perLine;
      }
      used += (used > 0 ? 1 : 0) + w;
    }
    lines += n;
  }
  return Math.max(1, lines);
}

function fitHeight(row: ExcelJS.Row, lines: number): void {
  if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
}

/** A layout cell as exceljs stores it: dates as JS Dates at UTC midnight (no drift), RAG values as their label. */
function excelValue(v: CellValue, column: LayoutColumn): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return v.label;
  if (typeof v === 'number' && column.kind === 'date') return toUtcDate(v);
  return v;
}

/** Text left, numbers right, dates centred (so a date never runs into the text beside it). */
function align(c: LayoutColumn): 'left' | 'right' | 'center' {
  if (c.kind === 'text' || c.kind === 'rag') return 'left';
  return c.kind === 'date' ? 'center' : 'right';
}

function writeTable(ws: ExcelJS.Worksheet, t: LayoutTable): void {
  const top = t.headerRow;
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: t.totals !== null,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: t.columns.map((c, i) => {
      const total = t.totals?.[i] ?? null;
      const col: ExcelJS.TableColumnProperties & { totalsRowResult?: number } = { name: c.header, filterButton: true };
      if (i === 0) col.totalsRowLabel = typeof total === 'string' ? total : 'Total';
      else if (typeof total === 'number') {
        col.totalsRowFunction = 'sum';
        // exceljs writes the SUBTOTAL formula with this as its cached result, so readers that don't recalculate still show it.
        col.totalsRowResult = total;
      }
      return col;
    }),
    rows: t.rows.map((r) => r.map((v, i) => excelValue(v, t.columns[i]!))),
  });
  // (addTable also stores the cells; formats, fills and alignment are set on them here.)
  const header = ws.getRow(top);
  let headerLines = 1;
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
    headerLines = Math.max(headerLines, wrappedLines(c.header, c.width, true));
    cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: align(c), ...(c.kind === 'rag' ? { indent: 1 } : {}) };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL}` } };
  });
  fitHeight(header, headerLines);
  // One style object per column and kind of cell, shared by every cell that uses it: exceljs then
  // works out each style once (it caches by object), which keeps a national pack quick to write.
  type Styles = { plain: Partial<ExcelJS.Style>; total: Partial<ExcelJS.Style>; rag: Record<Rag, Partial<ExcelJS.Style>> };
  const border: Partial<ExcelJS.Borders> = { bottom: { style: 'hair', color: { argb: `FF${BORDER_COLOUR}` } } };
  const styles: Styles[] = t.columns.map((c) => {
    // RAG words are indented, so a number in the column before never runs into them ("0Green").
    const base = { numFmt: NUMBER_FORMATS[c.kind], alignment: { vertical: 'top', wrapText: c.wrap, horizontal: align(c), ...(c.kind === 'rag' ? { indent: 1 } : {}) } as Partial<ExcelJS.Alignment>, border };
    const ragStyle = (r: Rag): Partial<ExcelJS.Style> => ({
      ...base,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${RAG_COLOURS[r].fill}` } },
      font: font({ color: { argb: `FF${RAG_COLOURS[r].font}` }, bold: r === 'Red' }),
    });
    return { plain: { ...base, font: font() }, total: { ...base, font: font({ bold: true }) }, rag: { Red: ragStyle('Red'), Amber: ragStyle('Amber'), Green: ragStyle('Green') } };
  });
  const last = top + t.rows.length + (t.totals !== null ? 1 : 0);
  for (let r = top + 1; r <= last; r++) {
    const row = ws.getRow(r);
    // The totals row has no data.
    const data = t.rows[r - top - 1];
    let lines = 1;
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = data?.[i];
      const st = styles[i]!;
      cell.style = data === undefined ? st.total : v !== null && v !== undefined && typeof v === 'object' ? st.rag[v.rag] : st.plain;
      if (c.wrap && v !== null && v !== undefined) lines = Math.max(lines, wrappedLines(typeof v === 'object' ? v.label : String(v), c.width));
    });
    fitHeight(row, lines);
  }
}

function writeSheet(wb: ExcelJS.Workbook, s: LayoutSheet): void {
  const ws = wb.addWorksheet(s.name, {
    views: s.freezeRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: s.freezeRows, topLeftCell: `A${s.freezeRows + 1}`, activeCell: `A${s.freezeRows + 1}` }] : [{ state: 'normal', activeCell: 'A1' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: s.print.orientation,
      // Fitted to width only where the text still prints at 8 pt or more (the layout decides); else at its scale.
      fitToPage: s.print.fitToWidth === 1,
      fitToWidth: s.print.fitToWidth,
      fitToHeight: s.print.fitToHeight,
      scale: s.print.scale,
      horizontalCentered: false,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      ...(s.print.repeatRows ? { printTitlesRow: `${s.print.repeatRows.first}:${s.print.repeatRows.last}` } : {}),
      ...(s.print.repeatColumns !== null ? { printTitlesColumn: `A:${columnLetter(s.print.repeatColumns)}` } : {}),
    },
    headerFooter: { oddHeader: headerFooterCode(s.header), oddFooter: headerFooterCode(s.footer) },
  });
  s.columnWidths.forEach((w, i) => {
    // Whole widths plus Excel's cell padding; this also keeps exceljs from dropping a width of exactly 9 as its default.
    ws.getColumn(i + 1).width = w + 0.7;
  });
  // Title lines wrap within the first printed page's width (merged across its columns), so print never cuts them off.
  const pageCols = firstPageColumns(s);
  const pageWidth = s.columnWidths.slice(0, pageCols).reduce((n, w) => n + w + 0.7, 0);
  for (const l of s.lines) {
    const cell = ws.getCell(`A${l.row}`);
    cell.value = l.text;
    cell.font = l.style === 'title' ? font({ bold: true, size: 14 }) : l.style === 'subtitle' ? font({ bold: true, size: 11 }) : font({ italic: true });
    if (l.style === 'title') {
      ws.getRow(l.row).height = 20;
      continue;
    }
    if (pageCols > 1 && s.fields.length === 0) ws.mergeCells(l.row, 1, l.row, pageCols);
    cell.alignment = { wrapText: true, vertical: 'top' };
    // Bold 11 pt subtitles take about 1.2 times the room of 10 pt text.
    const lines = wrappedLines(l.text, pageWidth / (l.style === 'subtitle' ? 1.2 : 1));
    ws.getRow(l.row).height = lines * (l.style === 'subtitle' ? 15 : LINE_HEIGHT) + 2;
  }
  for (const f of s.fields) {
    const label = ws.getCell(`A${f.row}`);
    label.value = f.label;
    label.font = font({ bold: true });
    label.alignment = { vertical: 'top' };
    const value = ws.getCell(`B${f.row}`);
    value.value = f.value === null ? null : f.kind === 'date' && typeof f.value === 'number' ? toUtcDate(f.value) : f.value;
    value.numFmt = NUMBER_FORMATS[f.kind];
    value.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    value.font = font();
    if (typeof f.value === 'string') fitHeight(ws.getRow(f.row), wrappedLines(f.value, s.columnWidths[1] ?? 10));
  }
  for (const t of s.tables) writeTable(ws, t);
  if (s.tables.length > 0) {
    // Every table of the sheet (the Board summary has two), to the widest of them.
    const lastRow = Math.max(...s.tables.map((t) => t.headerRow + t.rows.length + (t.totals !== null ? 1 : 0)));
    // Only the columns a board reads: where a row came from (tracker row, workbook, rule id) stays unprinted.
    // Absolute rows: exceljs adds the $ before the columns, and LibreOffice ignores a print area whose rows are relative.
    ws.pageSetup.printArea = `A$1:${columnLetter(s.print.printColumns)}$${lastRow}`;
  }
}

/** How many columns print on the first page across: all the printed ones when fitted to width, else as many as fit at the sheet's scale. */
function firstPageColumns(s: LayoutSheet): number {
  if (s.print.fitToWidth === 1) return s.print.printColumns;
  const room = PRINTABLE_WIDTH_POINTS / (s.print.scale / 100);
  let used = 0;
  let n = 0;
  for (const w of s.columnWidths.slice(0, s.print.printColumns)) {
    used += columnPoints(w);
    if (used > room) break;
    n++;
  }
  return Math.max(1, n);
}

export interface RenderOptions {
  /** Workbook properties' created/modified time; defaults to the document's generatedAt. */
  readonly generatedAt?: Date | null;
}

/** The pack as an exceljs workbook, ready to write. */
export function renderPackXlsx(doc: PackDocument, options: RenderOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const at = options.generatedAt ?? (doc.generatedAt !== null ? new Date(doc.generatedAt) : null);
  wb.creator = doc.properties.creator;
  wb.lastModifiedBy = doc.properties.creator;
  wb.title = doc.properties.title;
  wb.subject = doc.properties.subject;
  wb.keywords = doc.properties.keywords;
  wb.description = doc.properties.description;
  wb.category = doc.classification;
  // exceljs stamps "now" unless told otherwise; a fixed time keeps the file's properties reproducible.
  const stamp = at ?? new Date(0);
  wb.created = stamp;
  wb.modified = stamp;
  for (const s of doc.sheets) writeSheet(wb, s);
  return wb;
}

/**
 * Set every entry's modification time in a zip (local headers and central
 * directory) to `at`: the zip library stamps "now", so without this two packs
 * of the same inputs differ in their bytes. DOS times have a 2-second grain and
 * start in 1980; they are written from the UTC fields, so no time zone leaks in.
 */
export function stampZipTimes(zip: Uint8Array, at: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const y = Math.min(2107, Math.max(1980, at.getUTCFullYear()));
  const early = at.getUTCFullYear() < 1980;
  const dosDate = ((y - 1980) << 9) | ((early ? 1 : at.getUTCMonth() + 1) << 5) | (early ? 1 : at.getUTCDate());
  const dosTime = early ? 0 : (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const count = view.getUint16(eocd + 10, true);
  let at2 = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count && at2 + 46 <= zip.length && view.getUint32(at2, true) === 0x02014b50; n++) {
    view.setUint16(at2 + 12, dosTime, true);
    view.setUint16(at2 + 14, dosDate, true);
    const local = view.getUint32(at2 + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at2 += 46 + view.getUint16(at2 + 28, true) + view.getUint16(at2 + 30, true) + view.getUint16(at2 + 32, true);
  }
  return zip;
}

/** The pack as .xlsx bytes, every zip entry stamped with the pack's generated time (or 1980 when it has none). */
export async function packXlsxBytes(doc: PackDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const wb = renderPackXlsx(doc, options);
  const at = options.generatedAt ?? (doc.generatedAt !== null ? new Date(doc.generatedAt) : new Date(0));
  return stampZipTimes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), at);
}

/** Write the pack to a file (the caller chooses a temporary name and renames it into place). */
export async function writePackFile(doc: PackDocument, outPath: string, options: RenderOptions = {}): Promise<void> {
  await fs.writeFile(outPath, await packXlsxBytes(doc, options));
}
