/**
 * The .xlsx file adapter's writing side: a laid-out pack (core/pack/layout.ts)
 * → an exceljs workbook, with real Excel tables, number formats, frozen
 * headers, RAG fills with their labels, and the print setup each sheet states.
 * Writes only what the document says, in exceljs's terms: the look is the
 * document's style (core/pack/style.ts), which the Office.js writer
 * (adapters/excel/write-pack.ts) translates too; the same document gives the
 * same cells (test/unit/pack-writers-parity.test.ts).
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { toUtcDate } from '../../core/dates';
import {
  headerFooterCode,
  NUMBER_FORMATS,
  TEXT_FORMAT,
  type CellValue,
  type LayoutColumn,
  type LayoutSheet,
  type LayoutTable,
  type PackDocument,
  type Rag,
} from '../../core/pack/layout';
import { addChartImages } from './chart-image';
import { printRanges } from '../../core/pack/print';
import { COLUMN_PADDING, linePlacement, rowHeight, wrappedLines } from '../../core/pack/lines';
import type { HorizontalAlign, PackStyle, PageMargins, TextStyle, WrappingTextStyle } from '../../core/pack/style';

// ---------------------------------------------------------------------------
// The document's style in exceljs's terms

/** An RGB colour as exceljs's ARGB. */
function argb(rgb: string): { argb: string } {
  return { argb: `FF${rgb}` };
}

function font(style: PackStyle, t: TextStyle): Partial<ExcelJS.Font> {
  return { name: style.fontName, size: t.size, ...(t.bold ? { bold: true } : {}), ...(t.italic ? { italic: true } : {}), ...(t.colour !== null ? { color: argb(t.colour) } : {}) };
}

function solid(rgb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: argb(rgb) };
}

const HORIZONTAL: Readonly<Record<HorizontalAlign, 'left' | 'center' | 'right'>> = { left: 'left', centre: 'center', right: 'right' };

/** exceljs's paper size codes (ECMA-376 ST_PaperSize). */
const PAPER_CODE: Readonly<Record<LayoutSheet['print']['paperSize'], number>> = { A4: 9 };

function margins(m: PageMargins): ExcelJS.Margins {
  return { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer };
}

function fitHeight(row: ExcelJS.Row, lines: number, t: WrappingTextStyle): void {
  if (lines > 1) row.height = rowHeight(lines, t);
}

/** A layout cell as exceljs stores it: dates as JS Dates at UTC midnight (no drift), RAG values as their label. */
function excelValue(v: CellValue, column: LayoutColumn): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return v.label;
  if (typeof v === 'number' && column.kind === 'date') return toUtcDate(v);
  return v;
}

/** A column's horizontal alignment, with the RAG words' indent. */
function align(style: PackStyle, c: LayoutColumn): Partial<ExcelJS.Alignment> {
  return { horizontal: HORIZONTAL[style.align[c.kind]], ...(c.kind === 'rag' ? { indent: style.ragIndent } : {}) };
}

function writeTable(ws: ExcelJS.Worksheet, t: LayoutTable, style: PackStyle): void {
  const top = t.headerRow;
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: t.totals !== null,
    style: { theme: style.table.name as ExcelJS.TableStyleProperties['theme'], showRowStripes: style.table.rowStripes },
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
    cell.numFmt = TEXT_FORMAT;
    cell.font = font(style, style.header.font);
    headerLines = Math.max(headerLines, wrappedLines(c.header, c.width, style.header.font.widthFactor));
    cell.alignment = { wrapText: true, vertical: style.header.vertical, ...align(style, c) };
    cell.fill = solid(style.header.fill);
  });
  fitHeight(header, headerLines, style.header.font);
  // One style object per column and kind of cell, shared by every cell that uses it: exceljs then
  // works out each style once (it caches by object), which keeps a national pack quick to write.
  type Styles = { plain: Partial<ExcelJS.Style>; total: Partial<ExcelJS.Style>; rag: Record<Rag, Partial<ExcelJS.Style>> };
  const border: Partial<ExcelJS.Borders> = { bottom: { style: 'hair', color: argb(style.rowRule) } };
  const styles: Styles[] = t.columns.map((c) => {
    const base = { numFmt: NUMBER_FORMATS[c.kind], alignment: { vertical: style.dataVertical, wrapText: c.wrap, ...align(style, c) } as Partial<ExcelJS.Alignment>, border };
    const ragStyle = (r: Rag): Partial<ExcelJS.Style> => ({ ...base, fill: solid(style.rag[r].fill), font: font(style, style.rag[r].font) });
    return { plain: { ...base, font: font(style, style.body) }, total: { ...base, font: font(style, style.totals) }, rag: { Red: ragStyle('Red'), Amber: ragStyle('Amber'), Green: ragStyle('Green') } };
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
    fitHeight(row, lines, style.body);
  }
}

function writeSheet(wb: ExcelJS.Workbook, s: LayoutSheet, style: PackStyle): void {
  const area = printRanges(s);
  const ws = wb.addWorksheet(s.name, {
    views: s.freezeRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: s.freezeRows, topLeftCell: `A${s.freezeRows + 1}`, activeCell: `A${s.freezeRows + 1}` }] : [{ state: 'normal', activeCell: 'A1' }],
    pageSetup: {
      paperSize: PAPER_CODE[s.print.paperSize],
      orientation: s.print.orientation,
      // Fitted to width only where the text still prints at 8 pt or more (the layout decides); else at its scale.
      fitToPage: s.print.fitToWidth === 1,
      fitToWidth: s.print.fitToWidth,
      fitToHeight: s.print.fitToHeight,
      scale: s.print.scale,
      horizontalCentered: false,
      margins: margins(style.margins),
      ...(area.titleRows !== null ? { printTitlesRow: `${area.titleRows.first}:${area.titleRows.last}` } : {}),
      ...(area.titleColumns !== null ? { printTitlesColumn: `A:${area.titleColumns}` } : {}),
    },
    headerFooter: { oddHeader: headerFooterCode(s.header), oddFooter: headerFooterCode(s.footer) },
  });
  s.columnWidths.forEach((w, i) => {
    // Whole widths plus Excel's cell padding; this also keeps exceljs from dropping a width of exactly 9 as its default.
    ws.getColumn(i + 1).width = w + COLUMN_PADDING;
  });
  for (const l of s.lines) {
    const cell = ws.getCell(`A${l.row}`);
    const place = linePlacement(s, l, style);
    cell.value = l.text;
    cell.numFmt = TEXT_FORMAT;
    cell.font = font(style, style.lines[l.style]);
    if (place.span > 1) ws.mergeCells(l.row, 1, l.row, place.span);
    if (place.wrap) cell.alignment = { wrapText: true, vertical: style.dataVertical };
    ws.getRow(l.row).height = place.height;
  }
  for (const f of s.fields) {
    const label = ws.getCell(`A${f.row}`);
    label.value = f.label;
    label.numFmt = TEXT_FORMAT;
    label.font = font(style, style.fieldLabel);
    label.alignment = { vertical: style.dataVertical };
    const value = ws.getCell(`B${f.row}`);
    value.value = f.value === null ? null : f.kind === 'date' && typeof f.value === 'number' ? toUtcDate(f.value) : f.value;
    value.numFmt = NUMBER_FORMATS[f.kind];
    value.alignment = { horizontal: HORIZONTAL[style.align.text], vertical: style.dataVertical, wrapText: true };
    value.font = font(style, style.body);
    if (typeof f.value === 'string') fitHeight(ws.getRow(f.row), wrappedLines(f.value, s.columnWidths[1] ?? 10), style.body);
  }
  for (const t of s.tables) writeTable(ws, t, style);
  // Only the columns a board reads: where a row came from (tracker row, workbook, rule id) stays unprinted.
  // Absolute rows: exceljs adds the $ before the columns, and LibreOffice ignores a print area whose rows are relative.
  ws.pageSetup.printArea = `A$1:${area.lastColumn}$${area.lastRow}`;
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
  for (const s of doc.sheets) writeSheet(wb, s, doc.style);
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
  // The Board summary's charts as pictures (chart-image.ts): the same drawing as the PDF's.
  await addChartImages(wb, doc);
  const at = options.generatedAt ?? (doc.generatedAt !== null ? new Date(doc.generatedAt) : new Date(0));
  return stampZipTimes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), at);
}

/** Write the pack to a file (the caller chooses a temporary name and renames it into place). */
export async function writePackFile(doc: PackDocument, outPath: string, options: RenderOptions = {}): Promise<void> {
  await fs.writeFile(outPath, await packXlsxBytes(doc, options));
}
