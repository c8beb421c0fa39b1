/**
 * The two pack writers put the same document into the same workbook: one real
 * pack (the shipped North West sample with last quarter's, through the core's
 * makePack) written by the .xlsx writer (direct SpreadsheetML; the bytes read
 * back with exceljs) and by the Office.js writer (against office-addin-mock, test/helpers/
 * excel-mock.ts). Each result is reduced to what a reader sees, sheet by sheet:
 * names, cell values, number formats, fonts, fills and font colours (header,
 * RAG, totals, lines), column widths, tables and print settings; the two must
 * be equal. Neither side is compared with the document alone: a drift in
 * either writer, or a style one of them keeps for itself, fails here.
 *
 * The charts are left out of the document compared here: they differ by design
 * (pictures under titles in the file, native charts over their figures inside
 * Excel) and each has its own tests (test/e2e/pack-chart-images.test.ts,
 * test/unit/excel-write-charts.test.ts).
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { columnLetter, columnNumber, parseRange } from '../../src/core/a1';
import { readWorkbook } from '../../src/core/check';
import { fromUtcDate, fromYmd } from '../../src/core/dates';
import { makePack } from '../../src/core/make-pack';
import type { PackDocument } from '../../src/core/pack/document';
import { NPF_2021 } from '../../src/core/rulebook';
import { readWorkbookFile } from '../../src/adapters/xlsx/read';
import { packXlsxBytes } from '../../src/adapters/xlsx/write-pack';
import { PACK_SHEET_PREFIX, writePackSheets } from '../../src/adapters/excel/write-pack';
import { NO_PACK_SHEETS } from '../../src/adapters/excel/settings';
import { fakeWorkbook, mockWorkbook, type FakeSheet, type FakeWorkbookState } from '../helpers/excel-mock';

const SAMPLES = path.resolve(__dirname, '../../samples');

/** What a reader sees of one cell. */
interface CellView {
  value: string | number;
  numFmt: string;
  font: { name: string | null; size: number | null; bold: boolean; italic: boolean; colour: string | null };
  fill: string | null;
  /** The line under the cell: 'hair:BFBFBF', or null. */
  rule: string | null;
  align: { horizontal: string | null; vertical: string | null; indent: number; wrap: boolean };
}

interface PrintView {
  orientation: string;
  paper: string;
  fit: { across: number; down: number } | null;
  scale: number | null;
  area: string | null;
  titleRows: string | null;
  titleColumns: string | null;
  margins: Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>;
  header: string;
  footer: string;
}

interface SheetView {
  name: string;
  cells: Record<string, CellView>;
  /** Column widths in Excel's characters (without the cell padding), to 0.1. */
  widths: number[];
  tables: { name: string; ref: string; style: string | null; stripes: boolean; totals: boolean }[];
  merges: string[];
  /** Row heights in points, where a writer set one. */
  rowHeights: Record<number, number>;
  frozenRows: number;
  print: PrintView;
}

const hex = (c: string | undefined | null): string | null => (c ? c.replace(/^#/, '').replace(/^FF(?=[0-9A-F]{6}$)/i, '').toUpperCase() : null);
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A header or footer's three parts as one Excel code string (what the .xlsx holds). */
const hfCode = (l: string, c: string, r: string) => `${l ? `&L${l}` : ''}${c ? `&C${c}` : ''}${r ? `&R${r}` : ''}`;

// ---------------------------------------------------------------------------
// The .xlsx writer's file, read back with exceljs

function xlsxValue(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return fromUtcDate(v);
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if ('result' in v) return xlsxValue(v.result as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

/** '$A$1:$Q$40' / 'A$1:Q$40' / "'Sheet'!$A:$C" → 'A1:Q40' / 'A:C' (no sheet, no $). */
const plain = (ref: string | undefined): string | null => (ref ? ref.replace(/^.*!/, '').replace(/\$/g, '') : null);

function xlsxSheet(ws: ExcelJS.Worksheet): SheetView {
  const cells: Record<string, CellView> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = xlsxValue(cell.value);
      if (value === null) return;
      const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? hex(cell.fill.fgColor?.argb) : null;
      const bottom = cell.border?.bottom;
      cells[cell.address] = {
        value,
        numFmt: cell.numFmt || 'General',
        font: { name: cell.font?.name ?? null, size: cell.font?.size ?? null, bold: cell.font?.bold === true, italic: cell.font?.italic === true, colour: hex(cell.font?.color?.argb) },
        fill,
        rule: bottom?.style ? `${bottom.style}:${hex(bottom.color?.argb)}` : null,
        align: { horizontal: cell.alignment?.horizontal ?? null, vertical: cell.alignment?.vertical ?? null, indent: cell.alignment?.indent ?? 0, wrap: cell.alignment?.wrapText === true },
      };
    });
  });
  const widths: number[] = [];
  for (let i = 1; i <= ws.columnCount; i++) {
    const w = ws.getColumn(i).width;
    if (w !== undefined) widths[i - 1] = round1(w - 0.7);
  }
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined) rowHeights[n] = round1(row.height);
  });
  const p = ws.pageSetup;
  const fit = p.fitToPage === true;
  // exceljs reads the print titles back as one defined name ('$A:$C,$5:$5'); columns first, as Excel writes them.
  const titles = (p.printTitlesRow ?? '').split(',').concat((p.printTitlesColumn ?? '').split(',')).map((t) => plain(t.trim())).filter((t): t is string => !!t);
  return {
    name: ws.name,
    cells,
    widths,
    tables: ws.getTables().map((entry) => {
      const t = (entry as unknown as { table: ExcelJS.TableProperties & { tableRef?: string } }).table;
      return { name: t.name, ref: plain(t.tableRef ?? t.ref)!, style: t.style?.theme ?? null, stripes: t.style?.showRowStripes === true, totals: t.totalsRow === true };
    }),
    merges: [...(ws.model as unknown as { merges: string[] }).merges].sort(),
    rowHeights,
    frozenRows: ws.views[0]?.state === 'frozen' ? (ws.views[0].ySplit ?? 0) : 0,
    print: {
      orientation: p.orientation ?? 'portrait',
      paper: p.paperSize === 9 ? 'A4' : String(p.paperSize),
      fit: fit ? { across: p.fitToWidth ?? 1, down: p.fitToHeight ?? 1 } : null,
      scale: fit ? null : (p.scale ?? 100),
      area: plain(p.printArea),
      titleRows: titles.find((t) => /^\d+:\d+$/.test(t)) ?? null,
      titleColumns: titles.find((t) => /^[A-Z]+:[A-Z]+$/.test(t)) ?? null,
      margins: { left: p.margins!.left, right: p.margins!.right, top: p.margins!.top, bottom: p.margins!.bottom, header: p.margins!.header, footer: p.margins!.footer },
      header: ws.headerFooter.oddHeader ?? '',
      footer: ws.headerFooter.oddFooter ?? '',
    },
  };
}

// ---------------------------------------------------------------------------
// The Office.js writer's workbook, as the mock holds it

function cellsIn(address: string, within: ReadonlySet<string>): string[] {
  if (address === '(sheet)') return [...within];
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
  const b = whole ? { top: 1, bottom: 1_048_576, left: columnNumber(whole[1]!), right: columnNumber(whole[2]!) } : parseRange(address)!;
  return [...within].filter((a) => {
    const c = parseRange(a)!;
    return c.top >= b.top && c.top <= b.bottom && c.left >= b.left && c.left <= b.right;
  });
}

function officeSheet(fake: FakeSheet, state: FakeWorkbookState): SheetView {
  const filled = new Set([...fake.cells.keys()]);
  const cells: Record<string, CellView> = {};
  for (const [a, v] of fake.cells) {
    cells[a] = { value: typeof v === 'boolean' ? String(v) : v, numFmt: fake.numberFormats.get(a) ?? 'General', font: { name: null, size: null, bold: false, italic: false, colour: null }, fill: null, rule: null, align: { horizontal: null, vertical: null, indent: 0, wrap: false } };
  }
  // Borders: a hairline between the rows of a range (InsideHorizontal) and under it (EdgeBottom), per setting.
  const borders = new Map<string, Map<string, unknown>>();
  const widths: number[] = [];
  const rowHeights: Record<number, number> = {};
  // Formats in the order they were queued, each on every filled cell of its range.
  for (const [address, prop, value] of fake.formats) {
    if (prop === 'rowHeight') {
      rowHeights[parseRange(address)!.top] = round1(value as number);
      continue;
    }
    if (prop === 'columnWidth') {
      // Points back to characters: widthInPoints(w) = (7w + 5) × 0.75.
      widths[columnNumber(address.split(':')[0]!) - 1] = round1(((value as number) / 0.75 - 5) / 7);
      continue;
    }
    const border = /^borders\.getItem\("(\w+)"\)\.(style|weight|color)$/.exec(prop);
    if (border) {
      const key = `${address}|${border[1]}`;
      if (!borders.has(key)) borders.set(key, new Map());
      borders.get(key)!.set(border[2]!, value);
      continue;
    }
    for (const a of cellsIn(address, filled)) {
      const c = cells[a]!;
      if (prop === 'font.name') c.font.name = value as string;
      else if (prop === 'font.size') c.font.size = value as number;
      else if (prop === 'font.bold') c.font.bold = value as boolean;
      else if (prop === 'font.italic') c.font.italic = value as boolean;
      else if (prop === 'font.color') c.font.colour = hex(value as string);
      else if (prop === 'fill.color') c.fill = hex(value as string);
      else if (prop === 'horizontalAlignment') c.align.horizontal = (value as string).toLowerCase();
      else if (prop === 'verticalAlignment') c.align.vertical = (value as string).toLowerCase();
      else if (prop === 'indentLevel') c.align.indent = value as number;
      else if (prop === 'wrapText') c.align.wrap = value as boolean;
    }
  }
  for (const [key, settings] of borders) {
    const [address, edge] = key.split('|') as [string, string];
    const b = parseRange(address)!;
    const rule = settings.get('style') === 'Continuous' && settings.get('weight') === 'Hairline' ? `hair:${hex(settings.get('color') as string)}` : `${String(settings.get('style'))}:${String(settings.get('weight'))}`;
    for (const a of cellsIn(address, filled)) {
      const row = parseRange(a)!.top;
      if ((edge === 'EdgeBottom' && row === b.bottom) || (edge === 'InsideHorizontal' && row < b.bottom)) cells[a]!.rule = rule;
    }
  }
  // Conditional formats: a "begins with" rule colours the cells whose text begins so.
  for (const cf of fake.conditionalFormats) {
    const settings = new Map(cf.settings);
    const rule = settings.get('textComparison.rule') as { operator: string; text: string };
    expect(rule.operator).toBe('BeginsWith');
    for (const a of cellsIn(cf.address, filled)) {
      const c = cells[a]!;
      if (typeof c.value !== 'string' || !c.value.startsWith(rule.text)) continue;
      if (settings.has('textComparison.format.fill.color')) c.fill = hex(settings.get('textComparison.format.fill.color') as string);
      if (settings.has('textComparison.format.font.color')) c.font.colour = hex(settings.get('textComparison.format.font.color') as string);
      if (settings.has('textComparison.format.font.bold')) c.font.bold = settings.get('textComparison.format.font.bold') as boolean;
    }
  }
  const page = new Map(fake.pageLayout);
  const zoom = page.get('zoom') as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  const hf = (k: string) => (page.get(`headersFooters.defaultForAllPages.${k}`) as string | undefined) ?? '';
  const one = (k: string) => plain((page.get(k) as string[] | undefined)?.[0]);
  const inches = (k: string) => round2((page.get(k) as number) / 72);
  return {
    name: fake.name.slice(PACK_SHEET_PREFIX.length),
    cells,
    widths,
    tables: state.tables
      .filter((t) => t.sheetId === fake.id)
      .map((t) => {
        // Office.js's table range is header and data; with a totals row shown, the table takes the row below too.
        const b = parseRange(t.address)!;
        const ref = `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom + (t.showTotals ? 1 : 0)}`;
        return { name: t.name, ref, style: t.style ?? null, stripes: t.showBandedRows ?? true, totals: t.showTotals === true };
      }),
    merges: [...fake.merges].sort(),
    rowHeights,
    frozenRows: fake.frozenRows,
    print: {
      orientation: (page.get('orientation') as string).toLowerCase(),
      paper: page.get('paperSize') as string,
      fit: zoom.scale === undefined ? { across: zoom.horizontalFitToPages!, down: zoom.verticalFitToPages! } : null,
      scale: zoom.scale ?? null,
      area: one('setPrintArea()'),
      titleRows: one('setPrintTitleRows()'),
      titleColumns: one('setPrintTitleColumns()'),
      margins: { left: inches('leftMargin'), right: inches('rightMargin'), top: inches('topMargin'), bottom: inches('bottomMargin'), header: inches('headerMargin'), footer: inches('footerMargin') },
      header: hfCode(hf('leftHeader'), hf('centerHeader'), hf('rightHeader')),
      footer: hfCode(hf('leftFooter'), hf('centerFooter'), hf('rightFooter')),
    },
  };
}

/** Font name and size as a cell shows them: Office.js sets them on the whole sheet, exceljs on each cell. */
function resolveFonts(views: SheetView[]): SheetView[] {
  return views.map((v) => ({ ...v, cells: Object.fromEntries(Object.entries(v.cells).map(([a, c]) => [a, { ...c, font: { ...c.font, name: c.font.name ?? 'Calibri', size: c.font.size ?? 11 } }])) }));
}

// ---------------------------------------------------------------------------

async function samplePack(): Promise<PackDocument> {
  const thisQuarter = await readWorkbookFile(path.join(SAMPLES, 'north-west-tracker.xlsx'));
  const lastQuarter = await readWorkbookFile(path.join(SAMPLES, 'north-west-tracker-previous.xlsx'));
  return makePack([readWorkbook(thisQuarter.raw)], {
    today: fromYmd(2025, 11, 24),
    rulebook: NPF_2021,
    names: false,
    previous: [readWorkbook(lastQuarter.raw)],
    generatedAt: new Date('2025-11-24T10:00:00Z'),
  }).doc;
}

async function viaXlsx(doc: PackDocument): Promise<SheetView[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await packXlsxBytes(doc)) as unknown as ExcelJS.Buffer);
  return resolveFonts(wb.worksheets.map(xlsxSheet));
}

async function viaOffice(doc: PackDocument): Promise<SheetView[]> {
  const state = fakeWorkbook([{ name: 'Sheet1' }]);
  const mock = mockWorkbook(state);
  const result = await writePackSheets(mock.context, doc, { web: false, previous: NO_PACK_SHEETS, support: { conditionalFormats: true, freezePanes: true, printSetup: true, indent: true }, remember: async () => {} });
  expect(result.printSetupApplied).toBe(true);
  return resolveFonts(state.sheets.filter((s) => s.name.startsWith(PACK_SHEET_PREFIX)).map((s) => officeSheet(s, state)));
}

describe('the .xlsx and Office.js pack writers', () => {
  let doc: PackDocument;
  let file: SheetView[];
  let excel: SheetView[];
  beforeAll(async () => {
    doc = { ...(await samplePack()), charts: [] };
    [file, excel] = await Promise.all([viaXlsx(doc), viaOffice(doc)]);
    // A generous bound for a loaded machine; not a timing assertion.
  }, 120_000);

  it('write a real pack: every sheet, with RAG cells, a sheet fitted to one page across and one run on at its scale', () => {
    expect(file.map((s) => s.name)).toEqual(doc.sheets.map((s) => s.name));
    expect(doc.sheets.map((s) => s.name)).toContain('Movement');
    const all = file.flatMap((s) => Object.values(s.cells));
    for (const rag of ['Red', 'Amber', 'Green'] as const) expect(all.some((c) => typeof c.value === 'string' && c.value.startsWith(`${rag}:`) && c.fill === doc.style.rag[rag].fill)).toBe(true);
    expect(file.some((s) => s.print.fit !== null)).toBe(true);
    expect(file.some((s) => s.print.scale !== null && s.print.titleColumns !== null)).toBe(true);
  });

  it('give the same sheets, in the same order', () => {
    expect(excel.map((s) => s.name)).toEqual(file.map((s) => s.name));
  });

  it('give the same cell values and number formats', () => {
    for (let i = 0; i < file.length; i++) {
      const values = (v: SheetView) => Object.fromEntries(Object.entries(v.cells).map(([a, c]) => [a, [c.value, c.numFmt]]));
      expect({ sheet: excel[i]!.name, cells: values(excel[i]!) }).toEqual({ sheet: file[i]!.name, cells: values(file[i]!) });
    }
  });

  it('give the same fonts, fills, font colours, row lines and alignment: header rows, RAG cells, totals and title lines', () => {
    for (let i = 0; i < file.length; i++) {
      const look = (v: SheetView) => Object.fromEntries(Object.entries(v.cells).map(([a, c]) => [a, { font: c.font, fill: c.fill, rule: c.rule, align: c.align }]));
      expect({ sheet: excel[i]!.name, cells: look(excel[i]!) }).toEqual({ sheet: file[i]!.name, cells: look(file[i]!) });
    }
    // And that look is the document's style: the header row's fill and text.
    const summary = file.find((s) => s.name === 'Summary')!;
    const t = doc.sheets.find((s) => s.name === 'Summary')!.tables[0]!;
    expect(summary.cells[`A${t.headerRow}`]).toMatchObject({ fill: doc.style.header.fill, font: { bold: true, colour: doc.style.header.font.colour, name: doc.style.fontName } });
  });

  it('give the same column widths, tables, merged lines, line heights and frozen rows', () => {
    for (let i = 0; i < file.length; i++) {
      // The lines above the tables: Office.js leaves the tables' rows to Excel's autofit, the file states them.
      const lineRows = doc.sheets[i]!.lines.map((l) => l.row);
      const shape = (v: SheetView) => ({ sheet: v.name, widths: v.widths, tables: v.tables, merges: v.merges, lineHeights: lineRows.map((r) => v.rowHeights[r]), frozenRows: v.frozenRows });
      expect(shape(excel[i]!)).toEqual(shape(file[i]!));
    }
    // Some line is merged across the page and wraps.
    expect(file.some((v) => v.merges.length > 0)).toBe(true);
  });

  it('give the same print settings: orientation, paper, fit or scale, print area, print titles, margins, header and footer', () => {
    for (let i = 0; i < file.length; i++) {
      expect({ sheet: excel[i]!.name, print: excel[i]!.print }).toEqual({ sheet: file[i]!.name, print: file[i]!.print });
    }
    // As the document states them.
    file.forEach((s, i) => {
      const p = doc.sheets[i]!.print;
      expect(s.print).toMatchObject({ orientation: p.orientation, paper: p.paperSize, scale: p.fitToWidth === 1 ? null : p.scale, titleColumns: p.repeatColumns === null ? null : `A:${columnLetter(p.repeatColumns)}` });
      expect(s.print.area).toMatch(new RegExp(`^A1:${columnLetter(p.printColumns)}\\d+$`));
    });
    expect(file[0]!.print.margins).toEqual(doc.style.margins);
  });
});
