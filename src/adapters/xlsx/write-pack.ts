/**
 * The .xlsx file adapter's writing side: a laid-out pack (core/pack/layout.ts)
 * → an .xlsx file, written directly as SpreadsheetML (xlsx-writer.ts) with real
 * Excel tables, number formats, frozen headers, RAG fills with their labels,
 * the print setup each sheet states, and the Board summary's charts as
 * pictures (chart-image.ts). Writes only what the document says: the look is
 * the document's style (core/pack/style.ts), which the Office.js writer
 * (adapters/excel/write-pack.ts) translates too; the same document gives the
 * same cells (test/unit/pack-writers-parity.test.ts).
 *
 * Each sheet's XML is made row by row and compressed as it is made, straight
 * to the file in the CLI (writePackFile) or to a list of chunks for the
 * browser (packXlsxBytes): no document model, and nothing holds the pack's
 * whole XML. Strings are inline (t="inlineStr"), so no shared-string table is
 * kept either. Over 350 lines: one part of the package per function, kept
 * together because they share the sheet's numbering (tables, drawings, rIds).
 */
import { promises as fs } from 'node:fs';
import * as zlib from 'node:zlib';
import { columnLetter } from '../../core/a1';
import { headerFooterCode, NUMBER_FORMATS, TEXT_FORMAT, type CellValue, type LayoutColumn, type LayoutSheet, type LayoutTable, type PackDocument } from '../../core/pack/layout';
import { printRanges } from '../../core/pack/print';
import { COLUMN_PADDING, linePlacement, rowHeight, wrappedLines } from '../../core/pack/lines';
import type { HorizontalAlign, PackStyle, TextStyle } from '../../core/pack/style';
import { chartBlock, type ChartBlock } from './chart-image';
import {
  appProperties,
  CONTENT,
  contentTypes,
  coreProperties,
  NS_MAIN,
  NS_R,
  PackageZip,
  REL,
  relationships,
  StyleTable,
  textElement,
  THEME,
  xml,
  XML_HEAD,
  type CellFormat,
  type Compression,
  crc32,
  type EntryWriter,
  type FontSpec,
  type ZipSink,
} from './xlsx-writer';

// ---------------------------------------------------------------------------
// The document's style as cell formats

const HORIZONTAL: Readonly<Record<HorizontalAlign, 'left' | 'center' | 'right'>> = { left: 'left', centre: 'center', right: 'right' };

/** ECMA-376 ST_PaperSize codes. */
const PAPER_CODE: Readonly<Record<LayoutSheet['print']['paperSize'], number>> = { A4: 9 };

function font(style: PackStyle, t: TextStyle): FontSpec {
  return { name: style.fontName, size: t.size, bold: t.bold, italic: t.italic, colour: t.colour };
}

/** A column's horizontal alignment, with the RAG words' indent. */
function align(style: PackStyle, c: LayoutColumn): Pick<CellFormat, 'horizontal' | 'indent'> {
  return { horizontal: HORIZONTAL[style.align[c.kind]], ...(c.kind === 'rag' ? { indent: style.ragIndent } : {}) };
}

/** The chart block's words (chart-image.ts): a bold title, an italic description. */
const CHART_TITLE_FONT: FontSpec = { name: 'Arial', size: 11, bold: true };
const CHART_WORDS_FONT: FontSpec = { name: 'Arial', size: 10, italic: true };

// ---------------------------------------------------------------------------
// Cells

/** Column letters by index (0 → 'A'), made once per sheet. */
function letters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => columnLetter(i + 1));
}

function textCell(ref: string, s: number, text: string): string {
  return `<c r="${ref}" s="${s}" t="inlineStr"><is>${textElement(text)}</is></c>`;
}

function numberCell(ref: string, s: number, n: number): string {
  return Number.isFinite(n) ? `<c r="${ref}" s="${s}"><v>${n}</v></c>` : `<c r="${ref}" s="${s}"/>`;
}

function valueCell(ref: string, s: number, v: string | number | null | undefined): string {
  if (v === null || v === undefined) return `<c r="${ref}" s="${s}"/>`;
  return typeof v === 'number' ? numberCell(ref, s, v) : textCell(ref, s, v);
}

function rowXml(r: number, cells: string, height: number | undefined): string {
  const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
  return cells === '' ? `<row r="${r}"${ht}/>` : `<row r="${r}"${ht}>${cells}</row>`;
}

/** A table column's name in a structured reference: [, ], # and ' escaped with '. */
const structured = (name: string) => name.replace(/(['[\]#])/g, "'$1");

/** Table column names as Excel needs them: not empty, unique (case-insensitively) within the table. */
function columnNames(t: LayoutTable): string[] {
  const seen = new Set<string>();
  return t.columns.map((c, i) => {
    let name = c.header.replace(/[\r\n]+/g, ' ').trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${c.header.trim() || 'Column'} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

// ---------------------------------------------------------------------------
// A sheet

/** Where the sink may be let to catch up (a file being written): every this many rows. */
const DRAIN_ROWS = 2000;

export interface ByteSink {
  readonly write: ZipSink;
  /** Wait for what was written to reach its place; null when there is nothing to wait for. */
  readonly drain: () => Promise<void> | null;
}

interface Numbering {
  table: number;
  drawing: number;
  image: number;
}

interface SheetParts {
  /** The sheet's own relationships (drawing, tables), in rId order. */
  readonly rels: { type: string; target: string }[];
  /** The parts it names (tables, drawing, pictures), written once its own XML is finished: the zip takes one entry at a time. */
  readonly parts: { name: string; content: string | Uint8Array; type?: string }[];
}

/** Rows of a sheet outside its tables: lines, fields, the chart block. */
interface LooseRow {
  cells: string[];
  /** Column number of each cell, to keep them in order. */
  cols: number[];
  height?: number;
}

function looseRows(s: LayoutSheet, style: PackStyle, styles: StyleTable, block: ChartBlock | null, merges: string[]): Map<number, LooseRow> {
  const rows = new Map<number, LooseRow>();
  const at = (r: number): LooseRow => {
    let row = rows.get(r);
    if (row === undefined) {
      row = { cells: [], cols: [] };
      rows.set(r, row);
    }
    return row;
  };
  const put = (r: number, col: number, cell: string) => {
    const row = at(r);
    row.cells.push(cell);
    row.cols.push(col);
  };
  for (const l of s.lines) {
    const place = linePlacement(s, l, style);
    const fmt = styles.format({ numFmt: TEXT_FORMAT, font: font(style, style.lines[l.style]), ...(place.wrap ? { wrap: true, vertical: style.dataVertical } : {}) });
    put(l.row, 1, textCell(`A${l.row}`, fmt, l.text));
    if (place.span > 1) merges.push(`A${l.row}:${columnLetter(place.span)}${l.row}`);
    at(l.row).height = place.height;
  }
  const label = styles.format({ numFmt: TEXT_FORMAT, font: font(style, style.fieldLabel), vertical: style.dataVertical });
  for (const f of s.fields) {
    put(f.row, 1, textCell(`A${f.row}`, label, f.label));
    const fmt = styles.format({ numFmt: NUMBER_FORMATS[f.kind], font: font(style, style.body), horizontal: HORIZONTAL[style.align.text], vertical: style.dataVertical, wrap: true });
    put(f.row, 2, valueCell(`B${f.row}`, fmt, f.value));
    if (typeof f.value === 'string') {
      const lines = wrappedLines(f.value, s.columnWidths[1] ?? 10);
      if (lines > 1) at(f.row).height = rowHeight(lines, style.body);
    }
  }
  if (block !== null) {
    const title = styles.format({ font: CHART_TITLE_FONT });
    const words = styles.format({ font: CHART_WORDS_FONT, vertical: 'top', wrap: true });
    for (const e of block.entries) {
      put(e.titleRow, 1, textCell(`A${e.titleRow}`, title, e.chart.title));
      put(e.titleRow + 1, 1, textCell(`A${e.titleRow + 1}`, words, e.description));
      if (block.printColumns > 1) merges.push(`A${e.titleRow + 1}:${columnLetter(block.printColumns)}${e.titleRow + 1}`);
    }
    for (const [r, h] of block.heights) at(r).height = h;
  }
  return rows;
}

function looseXml(r: number, row: LooseRow): string {
  const order = row.cols.map((c, i) => [c, i] as const).sort((a, b) => a[0] - b[0]);
  return rowXml(r, order.map(([, i]) => row.cells[i]!).join(''), row.height);
}

/** A table's rows (header, data, totals) into the sheet XML. */
async function writeTableRows(out: EntryWriter, t: LayoutTable, names: readonly string[], style: PackStyle, styles: StyleTable, cols: readonly string[], sink: ByteSink): Promise<void> {
  const top = t.headerRow;
  let headerLines = 1;
  let header = '';
  t.columns.forEach((c, i) => {
    const s = styles.format({ numFmt: TEXT_FORMAT, font: font(style, style.header.font), wrap: true, vertical: style.header.vertical, ...align(style, c), fill: style.header.fill });
    headerLines = Math.max(headerLines, wrappedLines(c.header, c.width, style.header.font.widthFactor));
    header += textCell(`${cols[i]}${top}`, s, names[i]!);
  });
  out.write(rowXml(top, header, headerLines > 1 ? rowHeight(headerLines, style.header.font) : undefined));
  // One format per column and kind of cell, numbered once.
  const formats = t.columns.map((c) => {
    const base: CellFormat = { numFmt: NUMBER_FORMATS[c.kind], vertical: style.dataVertical, wrap: c.wrap, ...align(style, c), bottomHair: style.rowRule };
    const rag = (r: 'Red' | 'Amber' | 'Green') => styles.format({ ...base, fill: style.rag[r].fill, font: font(style, style.rag[r].font) });
    return { plain: styles.format({ ...base, font: font(style, style.body) }), total: styles.format({ ...base, font: font(style, style.totals) }), Red: rag('Red'), Amber: rag('Amber'), Green: rag('Green') };
  });
  const wraps = t.columns.map((c) => c.wrap);
  const widths = t.columns.map((c) => c.width);
  const n = t.columns.length;
  // Each cell's markup up to its row number, and from there to its value, made once per column and format:
  // a row is written straight into the entry's bytes, the same text textCell and numberCell make.
  const opens = cols.slice(0, n).map((c) => `<c r="${c}`);
  const tails = new Map<number, { empty: string; number: string; text: string }>();
  const tail = (s: number) => {
    let x = tails.get(s);
    if (x === undefined) {
      x = { empty: `" s="${s}"/>`, number: `" s="${s}"><v>`, text: `" s="${s}" t="inlineStr"><is>` };
      tails.set(s, x);
    }
    return x;
  };
  const plainTails = formats.map((f) => tail(f.plain));
  const ragTails = formats.map((f) => ({ Red: tail(f.Red), Amber: tail(f.Amber), Green: tail(f.Green) }));
  for (let k = 0; k < t.rows.length; k++) {
    const r = top + 1 + k;
    const data = t.rows[k]!;
    // The row's height first (its tallest wrapped cell), as it is an attribute of the row.
    let lines = 1;
    for (let i = 0; i < n; i++) {
      const v: CellValue | undefined = data[i];
      if (wraps[i] && v !== null && v !== undefined) lines = Math.max(lines, wrappedLines(typeof v === 'object' ? v.label : String(v), widths[i]!));
    }
    const height = lines > 1 ? rowHeight(lines, style.body) : undefined;
    if (n === 0) {
      out.write(rowXml(r, '', height));
    } else {
      out.put('<row r="');
      out.putInt(r);
      out.put(height !== undefined ? `" ht="${height}" customHeight="1">` : '">');
      for (let i = 0; i < n; i++) {
        const v: CellValue | undefined = data[i];
        out.put(opens[i]!);
        out.putInt(r);
        if (v === null || v === undefined) out.put(plainTails[i]!.empty);
        else if (typeof v === 'number') {
          if (Number.isFinite(v)) {
            out.put(plainTails[i]!.number);
            out.put(String(v));
            out.put('</v></c>');
          } else out.put(plainTails[i]!.empty);
        } else {
          const text = typeof v === 'object' ? v.label : v;
          out.put(typeof v === 'object' ? ragTails[i]![v.rag].text : plainTails[i]!.text);
          out.putText(text);
          out.put('</is></c>');
        }
      }
      out.put('</row>');
      out.endPiece();
    }
    if (k % DRAIN_ROWS === DRAIN_ROWS - 1) {
      const behind = out.behind();
      if (behind !== null) await behind;
      const wait = sink.drain();
      if (wait !== null) await wait;
    }
  }
  if (t.totals !== null) {
    const r = top + 1 + t.rows.length;
    let cells = '';
    t.columns.forEach((_c, i) => {
      const total = t.totals![i] ?? null;
      const ref = `${cols[i]}${r}`;
      const s = formats[i]!.total;
      if (i === 0) cells += textCell(ref, s, typeof total === 'string' ? total : 'Total');
      // The SUBTOTAL formula Excel writes for a "sum" total, with its value cached for readers that do not recalculate.
      else if (typeof total === 'number' && Number.isFinite(total)) cells += `<c r="${ref}" s="${s}"><f>SUBTOTAL(109,${xml(t.name)}[${xml(structured(names[i]!))}])</f><v>${total}</v></c>`;
      else cells += `<c r="${ref}" s="${s}"/>`;
    });
    out.write(rowXml(r, cells, undefined));
  }
}

/** xl/tables/tableN.xml: the table's range, filter buttons, columns (with their totals) and style. */
function tableXml(t: LayoutTable, id: number, names: readonly string[], style: PackStyle): string {
  const last = columnLetter(t.columns.length);
  const dataEnd = t.headerRow + t.rows.length;
  const end = dataEnd + (t.totals !== null ? 1 : 0);
  const columns = names
    .map((name, i) => {
      const total = t.totals?.[i] ?? null;
      const totals = t.totals === null ? '' : i === 0 ? ` totalsRowLabel="${xml(typeof total === 'string' ? total : 'Total')}"` : typeof total === 'number' && Number.isFinite(total) ? ' totalsRowFunction="sum"' : '';
      return `<tableColumn id="${i + 1}" name="${xml(name)}"${totals}/>`;
    })
    .join('');
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${xml(t.name)}" displayName="${xml(t.name)}" ref="A${t.headerRow}:${last}${end}" headerRowCount="1"${t.totals !== null ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="A${t.headerRow}:${last}${dataEnd}"/><tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xml(style.table.name)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${style.table.rowStripes ? 1 : 0}" showColumnStripes="0"/></table>`
  );
}

/** xl/drawings/drawingN.xml: each chart picture anchored at column A of its first row, its size fixed, its words as alt text. */
function drawingXml(block: ChartBlock): string {
  const EMU_PER_POINT = 12_700;
  let rId = 0;
  const anchors = block.entries
    .filter((e) => e.picture !== null)
    .map((e, i) => {
      const p = e.picture!;
      const cx = Math.round(p.widthPoints * EMU_PER_POINT);
      const cy = Math.round(p.heightPoints * EMU_PER_POINT);
      rId++;
      return (
        `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.top - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
        `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${xml(`${e.chart.title}. ${e.description}`)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
        `<xdr:blipFill><a:blip r:embed="rId${rId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
      );
    });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`;
}

/**
 * One worksheet, in CT_Worksheet's element order: sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, mergeCells, pageMargins,
 * pageSetup, headerFooter, rowBreaks, drawing, tableParts.
 */
async function writeSheet(zip: PackageZip, n: number, s: LayoutSheet, doc: PackDocument, styles: StyleTable, block: ChartBlock | null, ids: Numbering, sink: ByteSink): Promise<SheetParts> {
  const style = doc.style;
  const rels: { type: string; target: string }[] = [];
  const parts: SheetParts['parts'] = [];
  const merges: string[] = [];
  const loose = looseRows(s, style, styles, block, merges);
  const lastRow = Math.max(printRanges(s).lastRow, block?.lastRow ?? 0);
  const width = Math.max(1, s.columnWidths.length, ...s.tables.map((t) => t.columns.length), s.fields.length > 0 ? 2 : 1);
  const cols = letters(width);
  const out = zip.open(`xl/worksheets/sheet${n}.xml`);
  const fit = s.print.fitToWidth === 1;
  out.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  if (fit) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<dimension ref="A1:${cols[width - 1]}${lastRow}"/>`);
  const top = `A${s.freezeRows + 1}`;
  out.write(
    s.freezeRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${s.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>',
  );
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  // Whole widths plus Excel's cell padding.
  if (s.columnWidths.length > 0) out.write(`<cols>${s.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w + COLUMN_PADDING}" customWidth="1"/>`).join('')}</cols>`);
  out.write('<sheetData>');
  const tables = [...s.tables].sort((a, b) => a.headerRow - b.headerRow);
  const looseOrder = [...loose.keys()].sort((a, b) => a - b);
  let next = 0;
  const looseBefore = (row: number) => {
    while (next < looseOrder.length && looseOrder[next]! < row) {
      const r = looseOrder[next++]!;
      out.write(looseXml(r, loose.get(r)!));
    }
  };
  const tableNames: { table: LayoutTable; names: string[] }[] = [];
  for (const t of tables) {
    looseBefore(t.headerRow);
    const names = columnNames(t);
    tableNames.push({ table: t, names });
    await writeTableRows(out, t, names, style, styles, cols, sink);
  }
  looseBefore(Number.POSITIVE_INFINITY);
  out.write('</sheetData>');
  if (merges.length > 0) out.write(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  const m = style.margins;
  out.write(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  // Fitted to width only where the text still prints at 8 pt or more (the layout decides); else at its scale.
  out.write(`<pageSetup paperSize="${PAPER_CODE[s.print.paperSize]}" scale="${s.print.scale}" fitToWidth="${s.print.fitToWidth}" fitToHeight="${s.print.fitToHeight}" orientation="${s.print.orientation}"/>`);
  out.write(`<headerFooter><oddHeader>${xml(headerFooterCode(s.header))}</oddHeader><oddFooter>${xml(headerFooterCode(s.footer))}</oddFooter></headerFooter>`);
  if (block !== null && block.breaksAfter.length > 0) {
    out.write(`<rowBreaks count="${block.breaksAfter.length}" manualBreakCount="${block.breaksAfter.length}">${block.breaksAfter.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  }
  if (block !== null && block.entries.some((e) => e.picture !== null)) {
    const d = ++ids.drawing;
    rels.push({ type: REL.drawing, target: `../drawings/drawing${d}.xml` });
    out.write(`<drawing r:id="rId${rels.length}"/>`);
    const imageRels = block.entries.flatMap((e) => {
      if (e.picture === null) return [];
      const name = `image${++ids.image}.png`;
      parts.push({ name: `xl/media/${name}`, content: e.picture.png });
      return [{ type: REL.image, target: `../media/${name}` }];
    });
    parts.push({ name: `xl/drawings/drawing${d}.xml`, content: drawingXml(block), type: CONTENT.drawing });
    parts.push({ name: `xl/drawings/_rels/drawing${d}.xml.rels`, content: relationships(imageRels) });
  }
  if (tableNames.length > 0) {
    const tableParts = tableNames.map(({ table, names }) => {
      const id = ++ids.table;
      rels.push({ type: REL.table, target: `../tables/table${id}.xml` });
      parts.push({ name: `xl/tables/table${id}.xml`, content: tableXml(table, id, names, style), type: CONTENT.table });
      return `<tablePart r:id="rId${rels.length}"/>`;
    });
    out.write(`<tableParts count="${tableParts.length}">${tableParts.join('')}</tableParts>`);
  }
  out.write('</worksheet>');
  out.end();
  return { rels, parts };
}


// ---------------------------------------------------------------------------
// The workbook

/** A sheet name inside a formula: always quoted, a ' doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** xl/workbook.xml: the sheets, and each one's print area and print titles (absolute, as LibreOffice needs the rows). */
function workbookXml(doc: PackDocument, block: ChartBlock | null): string {
  const names: string[] = [];
  doc.sheets.forEach((s, i) => {
    const area = printRanges(s);
    const q = quoted(s.name);
    // Only the columns a board reads: where a row came from (tracker row, workbook, rule id) stays unprinted.
    const last = block !== null && block.sheet === s.name ? { col: columnLetter(block.printColumns), row: block.lastRow } : { col: area.lastColumn, row: area.lastRow };
    names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xml(`${q}!$A$1:$${last.col}$${last.row}`)}</definedName>`);
    const titles = [
      ...(area.titleColumns !== null ? [`${q}!$A:$${area.titleColumns}`] : []),
      ...(area.titleRows !== null ? [`${q}!$${area.titleRows.first}:$${area.titleRows.last}`] : []),
    ];
    if (titles.length > 0) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xml(titles.join(','))}</definedName>`);
  });
  const sheets = doc.sheets.map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`;
}

export interface RenderOptions {
  /** Workbook properties' created/modified time and the zip entries' time; defaults to the document's generatedAt (1970, shown as 1980 in the zip, without one). */
  readonly generatedAt?: Date | null;
}

function stampOf(doc: PackDocument, options: RenderOptions): Date {
  return options.generatedAt ?? (doc.generatedAt !== null ? new Date(doc.generatedAt) : new Date(0));
}

/**
 * Write the pack as an .xlsx to `sink`, part by part: the package's parts
 * first, then each sheet row by row (with its tables, drawing and pictures
 * after it), the styles last (they are numbered as the sheets use them).
 */
export async function writePack(doc: PackDocument, sink: ByteSink, options: RenderOptions = {}, compression: Compression | null = null): Promise<void> {
  const at = stampOf(doc, options);
  // The Board summary's charts as pictures (chart-image.ts): the same drawing as the PDF's.
  const block = await chartBlock(doc);
  const hasDrawing = block !== null && block.entries.some((e) => e.picture !== null);
  const tableCount = doc.sheets.reduce((n, s) => n + s.tables.length, 0);
  const zip = new PackageZip(sink.write, at, compression);
  zip.add(
    '[Content_Types].xml',
    contentTypes([
      { name: 'xl/workbook.xml', type: CONTENT.workbook },
      ...doc.sheets.map((_s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, type: CONTENT.worksheet })),
      { name: 'xl/theme/theme1.xml', type: CONTENT.theme },
      { name: 'xl/styles.xml', type: CONTENT.styles },
      ...Array.from({ length: tableCount }, (_x, i) => ({ name: `xl/tables/table${i + 1}.xml`, type: CONTENT.table })),
      ...(hasDrawing ? [{ name: 'xl/drawings/drawing1.xml', type: CONTENT.drawing }] : []),
      { name: 'docProps/core.xml', type: CONTENT.core },
      { name: 'docProps/app.xml', type: CONTENT.app },
    ]),
  );
  zip.add(
    '_rels/.rels',
    relationships([
      { type: REL.officeDocument, target: 'xl/workbook.xml' },
      { type: REL.core, target: 'docProps/core.xml' },
      { type: REL.app, target: 'docProps/app.xml' },
    ]),
  );
  const p = doc.properties;
  // A fixed time keeps the file's properties reproducible.
  zip.add('docProps/core.xml', coreProperties({ creator: p.creator, lastModifiedBy: p.creator, title: p.title, subject: p.subject, keywords: p.keywords, description: p.description, category: doc.classification, created: at, modified: at }));
  zip.add('docProps/app.xml', appProperties(doc.sheets.map((s) => s.name)));
  zip.add('xl/workbook.xml', workbookXml(doc, block));
  zip.add(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...doc.sheets.map((_s, i) => ({ type: REL.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
      { type: REL.styles, target: 'styles.xml' },
      { type: REL.theme, target: 'theme/theme1.xml' },
    ]),
  );
  zip.add('xl/theme/theme1.xml', THEME);
  const styles = new StyleTable();
  const ids: Numbering = { table: 0, drawing: 0, image: 0 };
  for (let i = 0; i < doc.sheets.length; i++) {
    const s = doc.sheets[i]!;
    const { rels, parts } = await writeSheet(zip, i + 1, s, doc, styles, block !== null && block.sheet === s.name ? block : null, ids, sink);
    if (rels.length > 0) zip.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationships(rels));
    for (const part of parts) zip.add(part.name, part.content);
  }
  zip.add('xl/styles.xml', styles.toXml());
  await zip.end();
  const wait = sink.drain();
  if (wait !== null) await wait;
}

/** The pack as .xlsx bytes (the browser's file mode, Excel's "download"), every zip entry stamped with the pack's generated time (or 1980 when it has none). */
export async function packXlsxBytes(doc: PackDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writePack(doc, { write: (c) => chunks.push(c), drain: () => null }, options);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/**
 * Node's zlib for the file the CLI writes (native, several times faster than
 * fflate's JavaScript): each piece compressed on its own on zlib's thread pool
 * (beside the main thread, which goes on making rows) and ended with a sync
 * flush, the last one finished, so the pieces make one DEFLATE stream; the
 * CRC by zlib.crc32 (Node 20.15 and later; in JavaScript otherwise).
 */
export const nodeCompression: Compression = {
  deflate: (piece, final) =>
    new Promise((resolve, reject) =>
      zlib.deflateRaw(piece, { level: 6, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }, (e, out) => (e ? reject(e) : resolve(out))),
    ),
  crc32: typeof zlib.crc32 === 'function' ? (data, running) => zlib.crc32(data, running) : crc32,
};

/** Bytes written to a file before the writer waits for them to land. */
const FILE_BUFFER = 1 << 20;

/** Write the pack to a file as it is made (the caller chooses a temporary name and renames it into place). */
export async function writePackFile(doc: PackDocument, outPath: string, options: RenderOptions = {}): Promise<void> {
  const file = await fs.open(outPath, 'w');
  let failure: unknown = null;
  let queue: Promise<void> = Promise.resolve();
  let queued = 0;
  const sink: ByteSink = {
    write: (chunk) => {
      queued += chunk.length;
      queue = queue.then(async () => {
        if (failure === null) await file.write(chunk);
      }).catch((e: unknown) => {
        failure ??= e;
      });
    },
    drain: () => {
      if (queued < FILE_BUFFER) return null;
      queued = 0;
      return queue.then(() => {
        if (failure !== null) throw failure;
      });
    },
  };
  try {
    await writePack(doc, sink, options, nodeCompression);
    await queue;
    if (failure !== null) throw failure;
  } finally {
    await file.close();
  }
}
