/**
 * The Excel (Office.js) adapter's writing side: a laid-out pack
 * (core/pack/layout.ts) → new worksheets in the open workbook, the same
 * document the .xlsx adapter writes to a file.
 *
 * The user's workbook is theirs: the pack only ever goes into new sheets named
 * "YOGB Cover", "YOGB Summary", … (another name, "YOGB Cover (2)", when the user
 * already has a sheet of that name); no user sheet is renamed, changed or
 * deleted. The sheets (by Excel's worksheet id, which survives a rename) are
 * kept in the document's settings, and a rebuild deletes only those.
 *
 * Round trips are few and do not grow with rows (batched reads, one
 * context.sync() per batch, never in a loop): one sync to learn the sheet, table and defined
 * names; the writes, batched into as few syncs as fit under Excel on the web's
 * 5 MB request limit (one on the desktop, or for any usual pack); and one for
 * print setup. Every write is queued, never read back. Request size is
 * estimated from the JSON of what is queued.
 *
 * The look and the print setup are the document's (core/pack/style.ts and each
 * sheet's PrintSetup), put in Office.js's terms here; the .xlsx writer
 * translates the same document (test/unit/pack-writers-parity.test.ts holds
 * the two to the same cells, formats, colours and print settings).
 *
 * No React here.
 *
 * Longer than most modules (about 600 lines) because planning the sheet names,
 * queueing every sheet's writes in batches under Excel on the web's 5 MB limit and
 * queueing print setup share one plan and one set of batches; the charts
 * (write-charts.ts) and the style (core/pack/style.ts) are already elsewhere.
 */
import { headerFooterParts, NUMBER_FORMATS, TEXT_FORMAT, type CellValue, type LayoutSheet, type LayoutTable, type PackDocument, type Rag } from '../../core/pack/layout';
import { printRanges } from '../../core/pack/print';
import { linePlacement } from '../../core/pack/lines';
import type { HorizontalAlign, PackStyle, TextStyle } from '../../core/pack/style';
import { columnLetter } from '../../core/a1';
import type { PackProgress } from '../host';
import type { PackSheetRecord, PackSheetsState } from './settings';
import { chartsLastRow, queueCharts } from './write-charts';

/** Excel on the web refuses a request over 5 MB; each batch stays under 4 MB to leave room for what the estimate misses. */
export const WEB_REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
/** The desktop has no stated limit; a bound all the same, so a huge pack is written in parts rather than in one enormous request. */
export const DESKTOP_REQUEST_LIMIT_BYTES = 32 * 1024 * 1024;
/** What one queued action costs in a request besides its data: the object path, method or property, and JSON punctuation. */
export const ACTION_BYTES = 200;
/** Every pack sheet's name starts with this, so the add-in's sheets never take a user's sheet name. */
export const PACK_SHEET_PREFIX = 'YOGB ';
/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

// ---------------------------------------------------------------------------
// The document's style and print setup in Office.js's terms

const HORIZONTAL: Readonly<Record<HorizontalAlign, Excel.RangeFormat['horizontalAlignment']>> = { left: 'Left', centre: 'Center', right: 'Right' };
const ORIENTATION: Readonly<Record<LayoutSheet['print']['orientation'], Excel.PageLayout['orientation']>> = { landscape: 'Landscape', portrait: 'Portrait' };
const PAPER: Readonly<Record<LayoutSheet['print']['paperSize'], Excel.PageLayout['paperSize']>> = { A4: 'A4' };
const VERTICAL: Readonly<Record<'top' | 'bottom', Excel.RangeFormat['verticalAlignment']>> = { top: 'Top', bottom: 'Bottom' };
/** Page layout measures are in points. */
const POINTS_PER_INCH = 72;

/** An RGB colour as Office.js takes it. */
function colour(rgb: string): string {
  return `#${rgb}`;
}

/** Queue a text style on a range's (or a conditional format's) font; the font name and size are the sheet's. */
function setFont(target: Excel.Range | Excel.TextConditionalFormat, t: TextStyle): void {
  if (t.bold) target.format.font.bold = true;
  if (t.italic) target.format.font.italic = true;
  if (t.colour !== null) target.format.font.color = colour(t.colour);
}

export interface WritePackOptions {
  /** True on Excel on the web: keep each request under its 5 MB limit. */
  readonly web: boolean;
  /** The add-in's sheets from the last build (document settings). */
  readonly previous: PackSheetsState;
  /**
   * Called as soon as the new sheets exist (their ids known), before the rest
   * is written, and again if a build fails part way: the caller saves the list
   * in the document's settings, so the next build can replace them.
   */
  readonly remember: (state: PackSheetsState) => Promise<void>;
  readonly onProgress?: (p: PackProgress) => void;
  /** Override the request limit (tests). */
  readonly payloadLimitBytes?: number;
  /** What this Excel can do above the manifest's minimum set (ExcelApi 1.4); asked with isSetSupported by the caller. */
  readonly support: ExcelSupport;
}

/**
 * Features above the manifest's minimum ExcelApi set, each true only where
 * Office.context.requirements.isSetSupported said so (excel/index.ts). Where one
 * is missing the pack is still written, without it: RAG cells keep their words
 * ("Red: …") without the colour, headings are not frozen, print setup is left
 * to the user (and the message says so). test/unit/excel-api-sets.test.ts
 * checks every use of these APIs is behind its flag.
 */
export interface ExcelSupport {
  /**
   * RAG colours as conditional formats.
   * @excelApi 1.6
   */
  readonly conditionalFormats: boolean;
  /**
   * Headings frozen at the top of each sheet.
   * @excelApi 1.7
   */
  readonly freezePanes: boolean;
  /**
   * A4 landscape, print titles, OFFICIAL-SENSITIVE header and footer.
   * @excelApi 1.9
   */
  readonly printSetup: boolean;
  /**
   * RAG words indented (the style's ragIndent), so a number in the column before never runs into them.
   * @excelApi 1.9
   */
  readonly indent: boolean;
}

/** The adapter's own count: syncs, and the estimated bytes queued before each. */
export interface WritePackStats {
  syncs: number;
  batchBytes: number[];
}

export interface WritePackResult extends PackSheetsState {
  /** Names of the add-in's old pack sheets that were replaced. */
  readonly replaced: readonly string[];
  /** False when print setup could not be applied (the pack itself was written). */
  readonly printSetupApplied: boolean;
}

/** A queued piece of work and an estimate of its size in the request. */
interface Step {
  readonly bytes: number;
  run(): void;
}

/** Steps grouped into batches, each under the limit (a single step over it goes alone). */
class Batches {
  readonly list: Step[][] = [[]];
  private used = 0;
  constructor(readonly limit: number) {}

  /** Bytes still free in the current batch. */
  get room(): number {
    return this.limit - this.used;
  }

  get isEmpty(): boolean {
    return this.used === 0;
  }

  add(step: Step): void {
    if (this.used > 0 && this.used + step.bytes > this.limit) this.next();
    this.list[this.list.length - 1]!.push(step);
    this.used += step.bytes;
  }

  next(): void {
    this.list.push([]);
    this.used = 0;
  }
}

/** UTF-8 length of a string (what it costs in a request), without allocating. */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? 2 : 1;
  }
  return n;
}

/** Estimated request bytes for a value or array of values. */
function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v));
}

/** Column width in Excel's character units → points, as Office.js sets it (7 px a character + 5 px padding, at 96 dpi). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A layout cell as Office.js takes it: RAG values as their label ("Red: overdue …"), blanks as ''. Dates stay serials. */
function excelValue(v: CellValue): string | number {
  if (v === null) return '';
  if (typeof v === 'object') return v.label;
  return v;
}

/** A name not already taken (case-insensitive, as Excel compares sheet names), within `max` characters. */
export function uniqueName(base: string, taken: ReadonlySet<string>, max = MAX_SHEET_NAME, suffix: (n: number) => string = (n) => ` (${n})`): string {
  const fit = (s: string) => s.slice(0, max);
  let name = fit(base);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const end = suffix(n);
    name = fit(base).slice(0, max - end.length) + end;
  }
  return name;
}

interface PlannedSheet {
  readonly layout: LayoutSheet;
  readonly name: string;
  /** Per layout table, the name it gets in this workbook. */
  readonly tableNames: readonly string[];
}

interface Discovery {
  /** The add-in's sheets from the last build that are still in the workbook. */
  readonly oldSheets: readonly { readonly id: string; readonly name: string }[];
  readonly sheets: readonly PlannedSheet[];
  /** A temporary name per old sheet, so new sheets can take the old names before the old ones go. */
  readonly tempNames: readonly string[];
}

/** Choose names for the new sheets and tables that no user sheet, table or defined name has. */
export function planNames(
  doc: PackDocument,
  existing: { readonly sheets: readonly { readonly id: string; readonly name: string }[]; readonly tables: readonly string[]; readonly names: readonly string[] },
  previous: PackSheetsState,
): Discovery {
  const previousIds = new Set(previous.sheets.map((s) => s.id));
  const oldSheets = existing.sheets.filter((s) => previousIds.has(s.id));
  const oldIds = new Set(oldSheets.map((s) => s.id));
  const taken = new Set(existing.sheets.filter((s) => !oldIds.has(s.id)).map((s) => s.name.toLowerCase()));
  // Tables of the last build go with their sheets, so their names are free again, if any of those sheets is still here.
  const ours = new Set(oldSheets.length > 0 ? previous.tables.map((t) => t.toLowerCase()) : []);
  const tablesTaken = new Set([...existing.tables, ...existing.names].map((t) => t.toLowerCase()).filter((t) => !ours.has(t)));
  const sheets: PlannedSheet[] = doc.sheets.map((s) => {
    const name = uniqueName(`${PACK_SHEET_PREFIX}${s.name}`, taken);
    taken.add(name.toLowerCase());
    const tableNames = s.tables.map((t) => {
      const tn = uniqueName(t.name, tablesTaken, 255, (n) => `${n}`);
      tablesTaken.add(tn.toLowerCase());
      return tn;
    });
    return { layout: s, name, tableNames };
  });
  const tempNames = oldSheets.map((_, i) => {
    const n = uniqueName(`YOGB replaced ${i + 1}`, taken);
    taken.add(n.toLowerCase());
    return n;
  });
  return { oldSheets, sheets, tempNames };
}

/** Queue the writes for one table: header, formats (before values, so text stays text), values in row chunks, then the table. */
function planTable(batches: Batches, sheet: () => Excel.Worksheet, t: LayoutTable, tableName: string, style: PackStyle, support: ExcelSupport): void {
  const cols = t.columns.length;
  const last = columnLetter(cols);
  const top = t.headerRow;
  const firstData = top + 1;
  const lastData = top + t.rows.length;
  const headers = [t.columns.map((c) => c.header)];
  batches.add({
    bytes: ACTION_BYTES * 3 + jsonBytes(headers),
    run() {
      const r = sheet().getRange(`A${top}:${last}${top}`);
      r.numberFormat = [[TEXT_FORMAT]];
      r.values = headers;
      r.format.wrapText = true;
    },
  });
  // One number format per column, broadcast from a 1×1 array over the column (and the totals row, if any),
  // and its alignment from the header down; data cells sit at the top of their row.
  const formatBottom = lastData + (t.totals !== null ? 1 : 0);
  batches.add({
    bytes: cols * (ACTION_BYTES + 30) * 4 + ACTION_BYTES * 8,
    run() {
      const ws = sheet();
      t.columns.forEach((c, i) => {
        const col = columnLetter(i + 1);
        const r = ws.getRange(`${col}${firstData}:${col}${formatBottom}`);
        r.numberFormat = [[NUMBER_FORMATS[c.kind]]];
        if (c.wrap) r.format.wrapText = true;
        const column = ws.getRange(`${col}${top}:${col}${formatBottom}`);
        column.format.horizontalAlignment = HORIZONTAL[style.align[c.kind]];
        // Without indenting (before ExcelApi 1.9) the RAG words sit at the cell's edge.
        if (support.indent && c.kind === 'rag') column.format.indentLevel = style.ragIndent;
      });
      const body = ws.getRange(`A${firstData}:${last}${formatBottom}`);
      body.format.verticalAlignment = VERTICAL[style.dataVertical];
      // The style's hairline under each row: between the rows, and under the last.
      for (const edge of ['InsideHorizontal', 'EdgeBottom'] as const) {
        const rule = body.format.borders.getItem(edge);
        rule.style = 'Continuous';
        rule.weight = 'Hairline';
        rule.color = colour(style.rowRule);
      }
    },
  });

  // Values, as many rows as fit in each batch.
  const rows = t.rows.map((r) => {
    const out: (string | number)[] = [];
    for (let i = 0; i < cols; i++) out.push(excelValue(r[i] ?? null));
    return out;
  });
  const rowBytes = rows.map((r) => jsonBytes(r) + 1);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = ACTION_BYTES + 2;
    while (end < rows.length && (end === start || bytes + rowBytes[end]! <= batches.room)) {
      bytes += rowBytes[end]!;
      end++;
    }
    if (bytes > batches.room && !batches.isEmpty) {
      // Not even one row fits in what is left of this batch: start the next one.
      batches.next();
      continue;
    }
    const from = start;
    const to = end;
    batches.add({
      bytes,
      run() {
        sheet().getRange(`A${firstData + from}:${last}${firstData + to - 1}`).values = rows.slice(from, to);
      },
    });
    start = end;
  }

  // The table over header and data, its totals row, the header's colours, and RAG colours that follow the words.
  const ragColumns = t.columns.map((c, i) => (c.kind === 'rag' || t.rows.some((r) => r[i] !== null && typeof r[i] === 'object') ? i : -1)).filter((i) => i >= 0);
  const totals = t.totals !== null ? [t.columns.map((_, i) => t.totals?.[i] ?? '')] : null;
  batches.add({
    bytes: ACTION_BYTES * (8 + ragColumns.length * 3 * 4) + (totals ? jsonBytes(totals) : 0) + utf8Length(t.caption),
    run() {
      const ws = sheet();
      const table = ws.tables.add(`A${top}:${last}${lastData}`, true);
      table.name = tableName;
      table.style = style.table.name;
      table.showBandedRows = style.table.rowStripes;
      const header = table.getHeaderRowRange();
      header.format.fill.color = colour(style.header.fill);
      setFont(header, style.header.font);
      header.format.verticalAlignment = VERTICAL[style.header.vertical];
      if (totals) {
        table.showTotals = true;
        const totalRow = table.getTotalRowRange();
        totalRow.values = totals;
        setFont(totalRow, style.totals);
      }
      // Without conditional formats (before ExcelApi 1.6) the RAG cells keep their words, uncoloured.
      if (support.conditionalFormats) {
        for (const i of ragColumns) {
          const col = columnLetter(i + 1);
          const range = ws.getRange(`${col}${firstData}:${col}${lastData}`);
          for (const rag of ['Red', 'Amber', 'Green'] as Rag[]) {
            // A conditional format on the label's first word: one rule per colour whatever the rows, and the
            // colour follows the words if someone edits the cell. The words say it too (never colour alone).
            const cf = range.conditionalFormats.add('ContainsText');
            cf.textComparison.format.fill.color = colour(style.rag[rag].fill);
            setFont(cf.textComparison, style.rag[rag].font);
            cf.textComparison.rule = { operator: 'BeginsWith', text: `${rag}:` };
          }
        }
      }
      if (t.columns.some((c) => c.wrap)) ws.getRange(`A${top}:${last}${lastData + (totals ? 1 : 0)}`).format.autofitRows();
    },
  });
}

/** Queue everything on one sheet but its print setup. */
function planSheet(batches: Batches, sheet: () => Excel.Worksheet, planned: PlannedSheet, style: PackStyle, support: ExcelSupport): void {
  const s = planned.layout;
  batches.add({
    bytes: ACTION_BYTES * (2 + s.columnWidths.length),
    run() {
      const ws = sheet();
      const all = ws.getRange();
      all.format.font.name = style.fontName;
      all.format.font.size = style.body.size;
      s.columnWidths.forEach((w, i) => {
        const col = columnLetter(i + 1);
        ws.getRange(`${col}:${col}`).format.columnWidth = widthInPoints(w);
      });
    },
  });
  for (const line of s.lines) {
    const place = linePlacement(s, line, style);
    batches.add({
      bytes: ACTION_BYTES * 8 + jsonBytes(line.text),
      run() {
        const ws = sheet();
        const r = ws.getRange(`A${line.row}`);
        const t = style.lines[line.style];
        r.numberFormat = [[TEXT_FORMAT]];
        r.values = [[line.text]];
        if (t.size !== style.body.size) r.format.font.size = t.size;
        setFont(r, t);
        // Wrapped within the first printed page, as the .xlsx writer does: Excel does not grow a merged row, so its height is set.
        if (place.span > 1) ws.getRange(`A${line.row}:${columnLetter(place.span)}${line.row}`).merge(false);
        if (place.wrap) {
          r.format.wrapText = true;
          r.format.verticalAlignment = VERTICAL[style.dataVertical];
        }
        r.format.rowHeight = place.height;
      },
    });
  }
  for (const f of s.fields) {
    batches.add({
      bytes: ACTION_BYTES * 8 + jsonBytes(f.label) + jsonBytes(f.value),
      run() {
        const ws = sheet();
        const label = ws.getRange(`A${f.row}`);
        label.numberFormat = [[TEXT_FORMAT]];
        label.values = [[f.label]];
        setFont(label, style.fieldLabel);
        label.format.verticalAlignment = VERTICAL[style.dataVertical];
        const value = ws.getRange(`B${f.row}`);
        value.numberFormat = [[NUMBER_FORMATS[f.kind]]];
        value.values = [[f.value ?? '']];
        value.format.horizontalAlignment = HORIZONTAL[style.align.text];
        value.format.verticalAlignment = VERTICAL[style.dataVertical];
        value.format.wrapText = true;
      },
    });
  }
  s.tables.forEach((t, i) => planTable(batches, sheet, t, planned.tableNames[i]!, style, support));
  if (support.freezePanes && s.freezeRows > 0) {
    batches.add({ bytes: ACTION_BYTES, run: () => sheet().freezePanes.freezeRows(s.freezeRows) });
  }
}

/**
 * The sheet's print setup as the document states it: paper, orientation, the
 * style's margins, the print area (the columns a board reads), the table's
 * header on every page, the columns repeated across where the sheet runs on,
 * OFFICIAL-SENSITIVE top and bottom; and, queued last (the setting older builds
 * are fussiest about), one page across or the sheet's scale, as the layout
 * decided (fitted only where the text still prints at 8 pt or more).
 * Called only where ExcelSupport.printSetup is true.
 * @excelApi 1.9
 */
function queuePrintSetup(ws: Excel.Worksheet, s: LayoutSheet, style: PackStyle, charts: PackDocument['charts']): () => void {
  const page = ws.pageLayout;
  const area = printRanges(s);
  page.orientation = ORIENTATION[s.print.orientation];
  page.paperSize = PAPER[s.print.paperSize];
  const m = style.margins;
  page.leftMargin = m.left * POINTS_PER_INCH;
  page.rightMargin = m.right * POINTS_PER_INCH;
  page.topMargin = m.top * POINTS_PER_INCH;
  page.bottomMargin = m.bottom * POINTS_PER_INCH;
  page.headerMargin = m.header * POINTS_PER_INCH;
  page.footerMargin = m.footer * POINTS_PER_INCH;
  // The print area reaches down to the native charts under the Board summary (write-charts.ts).
  page.setPrintArea(`A1:${area.lastColumn}${Math.max(area.lastRow, chartsLastRow(s, charts ?? []))}`);
  if (area.titleRows !== null) page.setPrintTitleRows(`$${area.titleRows.first}:$${area.titleRows.last}`);
  if (area.titleColumns !== null) page.setPrintTitleColumns(`$A:$${area.titleColumns}`);
  const hf = page.headersFooters.defaultForAllPages;
  // The .xlsx writer's own rules: every literal '&' doubled (only the page numbers stay codes), 255 characters at most.
  const header = headerFooterParts(s.header);
  const footer = headerFooterParts(s.footer);
  hf.leftHeader = header.left;
  hf.centerHeader = header.centre;
  hf.rightHeader = header.right;
  hf.leftFooter = footer.left;
  hf.centerFooter = footer.centre;
  hf.rightFooter = footer.right;
  const p = s.print;
  return () => {
    page.zoom = p.fitToWidth === 1 ? { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight } : { scale: p.scale };
  };
}

/**
 * Write the pack into new sheets of the workbook open in Excel, replacing the
 * add-in's sheets from the last build (and nothing else).
 */
export async function writePackSheets(
  context: Excel.RequestContext,
  doc: PackDocument,
  options: WritePackOptions,
  stats: WritePackStats = { syncs: 0, batchBytes: [] },
): Promise<WritePackResult> {
  const limit = options.payloadLimitBytes ?? (options.web ? WEB_REQUEST_LIMIT_BYTES : DESKTOP_REQUEST_LIMIT_BYTES);
  const sync = async (bytes: number) => {
    stats.syncs++;
    stats.batchBytes.push(bytes);
    await context.sync();
  };

  // Sync 1: the names already in use.
  const wb = context.workbook;
  const worksheets = wb.worksheets;
  worksheets.load('items');
  const tables = wb.tables;
  tables.load('items');
  const names = wb.names;
  names.load('items');
  await sync(ACTION_BYTES * 3);

  const plan = planNames(
    doc,
    {
      sheets: worksheets.items.map((s) => ({ id: s.id, name: s.name })),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
    },
    options.previous,
  );

  // The writes, in batches under the limit. The first batch makes the sheets: old ones moved aside,
  // new ones added (and their ids loaded), old ones deleted, so a name can pass from old to new.
  const batches = new Batches(limit);
  const created: Excel.Worksheet[] = [];
  batches.add({
    bytes: ACTION_BYTES * (plan.oldSheets.length * 2 + plan.sheets.length * 2),
    run() {
      plan.oldSheets.forEach((old, i) => {
        worksheets.getItem(old.id).name = plan.tempNames[i]!;
      });
      for (const s of plan.sheets) {
        const ws = worksheets.add(s.name);
        ws.load('id,name');
        created.push(ws);
      }
      for (const old of plan.oldSheets) worksheets.getItem(old.id).delete();
    },
  });
  plan.sheets.forEach((s, i) => planSheet(batches, () => created[i]!, s, doc.style, options.support));
  queueCharts(batches, doc.charts ?? [], plan.sheets.map((s, i) => ({ layout: s.layout, sheet: () => created[i]! })));
  batches.add({ bytes: ACTION_BYTES, run: () => created[0]?.activate() });
  const writeBatches = batches.list.filter((b) => b.length > 0);

  const steps = 1 + writeBatches.length + (options.support.printSetup ? 1 : 0);
  const progress = (step: number, label: string) => options.onProgress?.({ step, steps, label });
  progress(1, `Found ${worksheets.items.length} sheets; writing ${plan.sheets.length} pack sheets`);

  const state = (): PackSheetsState => ({
    sheets: created.map((ws, i): PackSheetRecord => ({ id: ws.id, name: plan.sheets[i]!.name })),
    tables: plan.sheets.flatMap((s) => s.tableNames),
  });
  let remembered = false;
  try {
    for (let b = 0; b < writeBatches.length; b++) {
      const batch = writeBatches[b]!;
      for (const step of batch) step.run();
      await sync(batch.reduce((n, s) => n + s.bytes, 0));
      if (b === 0) {
        await options.remember(state());
        remembered = true;
      }
      progress(2 + b, writeBatches.length > 1 ? `Wrote part ${b + 1} of ${writeBatches.length}` : 'Wrote the pack sheets');
    }
  } catch (e) {
    if (!remembered) await rememberAfterFailure(context, plan, options, stats);
    throw e;
  }

  // Print setup last, on its own: it needs a newer Excel, and if it fails the pack is still there.
  let printSetupApplied = false;
  if (options.support.printSetup) {
    try {
      const zooms = plan.sheets.map((s, i) => queuePrintSetup(created[i]!, s.layout, doc.style, doc.charts));
      // Each sheet's fit or scale, queued after everything else.
      for (const zoom of zooms) zoom();
      await sync(ACTION_BYTES * 16 * created.length);
      printSetupApplied = true;
    } catch {
      printSetupApplied = false;
    }
    progress(steps, printSetupApplied ? 'Set up printing' : 'Print setup could not be applied');
  }

  const final = state();
  return { ...final, replaced: plan.oldSheets.map((s) => s.name), printSetupApplied };
}

/**
 * The first write batch failed part way: any sheet now bearing one of the
 * planned names was made by this build (the names were free before it), so it
 * is remembered as the add-in's, and the next build replaces it.
 */
async function rememberAfterFailure(context: Excel.RequestContext, plan: Discovery, options: WritePackOptions, stats: WritePackStats): Promise<void> {
  try {
    const found = plan.sheets.map((s) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(s.name);
      ws.load('id,name');
      return { s, ws };
    });
    stats.syncs++;
    stats.batchBytes.push(ACTION_BYTES * found.length);
    await context.sync();
    const sheets = found.filter((f) => !f.ws.isNullObject).map((f) => ({ id: f.ws.id, name: f.s.name }));
    // Old sheets not yet deleted stay the add-in's too.
    const kept = options.previous.sheets.filter((p) => plan.oldSheets.some((o) => o.id === p.id));
    await options.remember({ sheets: [...kept, ...sheets], tables: [...options.previous.tables, ...plan.sheets.flatMap((s) => s.tableNames)] });
  } catch {
    // Nothing more can be done here; the original error is what the user needs to see.
  }
}
