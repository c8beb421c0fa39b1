/**
 * The pack's layout: drafts every sheet of the list in sheets/index.ts (each
 * sheet's folder holds its model and draft), makes the Cover's contents from
 * them, and places each draft as the host-neutral document (document.ts):
 * lines, tables, column widths, print setup; then withholds personal data from
 * every text. Pure.
 */
import { packCharts } from './charts';
import { coverDraft, PACK_SHEETS, type ContentsEntry, type SheetContext } from './sheets';
import type { ColumnSpec, SheetDraft, TableDraft } from './sheets/types';
import { regionLabel } from './sheets/text';
import { money, uk } from './words';
import type { PackModel } from './model';
import { PACK_STYLE, printableWidthPoints } from './style';

export * from './document';
import { CLASSIFICATION, type CellValue, type ColumnKind, type HeaderFooter, type LayoutColumn, type LayoutField, type LayoutLine, type LayoutOptions, type LayoutSheet, type LayoutTable, type PackDocument } from './document';

export { money };

// ---------------------------------------------------------------------------
// Building sheets

function displayLength(v: CellValue, kind: ColumnKind): number {
  if (v === null) return 0;
  if (typeof v === 'object') return v.label.length;
  if (typeof v === 'string') return v.length;
  switch (kind) {
    case 'date':
      return 10;
    case 'money':
      return money(v).length;
    case 'fte':
    case 'number':
      return v.toFixed(2).length;
    default:
      return String(v).length;
  }
}

/**
 * Column width units per character of 10pt Arial text: Excel's unit is the width
 * of a '0' in the default font, a little wider than the average character here.
 */
export const WIDTH_PER_CHAR = 0.8;

function widthFor(chars: number): number {
  return Math.ceil(chars * WIDTH_PER_CHAR) + 2;
}

function sizeColumns(specs: readonly ColumnSpec[], rows: readonly (readonly CellValue[])[], totals: readonly (string | number | null)[] | null): LayoutColumn[] {
  return specs.map((s, i) => {
    const longestWord = Math.max(...s.header.split(/\s+/).map((w) => w.length));
    // Headers wrap: a header needs its longest word (bold, so a little wider), and no more than about two lines.
    let width = Math.max(widthFor(longestWord) + 1, widthFor(Math.ceil(s.header.length / 2)));
    for (const r of rows) width = Math.max(width, widthFor(displayLength(r[i] ?? null, s.kind)));
    if (totals) width = Math.max(width, widthFor(displayLength(totals[i] ?? null, s.kind)));
    // RAG labels wrap early: a wide sheet prints small once fitted to the page width.
    const cap = s.wrapAt ?? (s.kind === 'rag' ? 18 : 32);
    const wrap = width > cap;
    return { header: s.header, kind: s.kind, width: Math.max(6, Math.min(width, cap)), wrap };
  });
}

/** The body text size, and the smallest it may print at (a board paper read on paper). */
export const BODY_POINTS = 10;
export const MIN_PRINT_POINTS = 8;
/** Printable width of A4 landscape between the style's side margins, in points. */
export const PRINTABLE_WIDTH_POINTS = printableWidthPoints('A4', 'landscape', PACK_STYLE.margins);
/** Scale for a sheet too wide to fit across at MIN_PRINT_POINTS: 85% (8.5 pt text), running on to a page across. */
export const RUN_ON_SCALE = 85;

/**
 * Points a column takes in print at 100%. Measured: LibreOffice prints a column
 * of width w (the writer adds 0.7) at 7.07 points per unit; Excel at about 5.25
 * plus padding, so a sheet that fits in LibreOffice fits in Excel too.
 */
export function columnPoints(width: number): number {
  return (width + 0.7) * 7.07;
}

/**
 * Columns kept in the sheet (for tracing a row back) but not printed: the tracker
 * row, the workbook and the rule id; the Region too on a single-region pack.
 */
function screenOnly(header: string, national: boolean): boolean {
  return header === 'Tracker row' || header === 'Workbook' || header === 'Rule' || (!national && header === 'Region');
}

/**
 * For a placed table's rows, which of its columns (in placed order) hold only texts the model's withholder
 * has already passed (ColumnSpec.withheld): the layout's scrub leaves those, so they are not withheld twice.
 */
type WithheldColumns = WeakMap<LayoutTable['rows'], readonly boolean[]>;

function placeTable(t: TableDraft, headerRow: number, national: boolean, withheld: WithheldColumns): LayoutTable & { readonly printed: number } {
  // Printed columns first, the screen-only ones after them (out of the print area), each group in its order.
  const order = t.columns.map((c, i) => ({ i, screen: screenOnly(c.header, national) }));
  const sorted = [...order.filter((o) => !o.screen), ...order.filter((o) => o.screen)].map((o) => o.i);
  const permute = <T,>(list: readonly T[]) => sorted.map((i) => list[i]!);
  const columns = permute(t.columns);
  const data = t.rows.map((r) => permute(r));
  const rows = data.length > 0 ? data : [new Array<CellValue>(columns.length).fill(null)];
  if (columns.some((c) => c.withheld === true)) withheld.set(rows, columns.map((c) => c.withheld === true));
  let totals: (string | number | null)[] | null = t.totals ? permute(t.totals) : null;
  // The totals row's label stays in the first column when the column it was in (Region) moves out of print.
  const label = t.totals?.[0];
  if (totals && typeof label === 'string' && totals[0] === null) totals = [label, ...totals.slice(1).map((v, i) => (sorted[i + 1] === 0 ? null : v))];
  return { name: t.name, caption: t.caption, headerRow, columns: sizeColumns(columns, rows, totals), rows, totals, printed: order.filter((o) => !o.screen).length };
}

function makeSheet(d: SheetDraft, title: string, national: boolean, withheld: WithheldColumns): LayoutSheet {
  let row = 1;
  const lines: LayoutLine[] = d.lines.map((l) => ({ row: row++, text: l.text, style: l.style }));
  row++;
  const fields: LayoutField[] = [];
  if (d.fields && d.fields.length > 0) {
    for (const f of d.fields) fields.push({ ...f, row: row++ });
    row++;
  }
  const headerRow = row;
  const placed = [placeTable(d.table, headerRow, national, withheld)];
  // Further tables: a blank row, the table's heading, then the table.
  for (const t of d.more ?? []) {
    const above = placed[placed.length - 1]!;
    row = above.headerRow + above.rows.length + (above.totals !== null ? 1 : 0) + 2;
    if (t.heading) lines.push({ row: row++, text: t.heading, style: 'subtitle' });
    placed.push(placeTable(t, row, national, withheld));
  }
  const widths: number[] = [];
  for (const t of placed) t.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  if (fields.length > 0) {
    const labelWidth = widthFor(Math.max(...fields.map((f) => f.label.length))) + 1;
    const valueWidth = Math.min(70, widthFor(Math.max(...fields.map((f) => (typeof f.value === 'string' ? f.value.length : f.kind === 'date' ? 10 : String(f.value ?? '').length)))));
    widths[0] = Math.max(widths[0] ?? 0, labelWidth);
    widths[1] = Math.max(widths[1] ?? 0, valueWidth);
  }
  // A sheet of several tables shares its columns: each table's columns take the sheet's widths.
  const tables: LayoutTable[] = placed.map(({ printed: _printed, ...t }) => (placed.length > 1 ? { ...t, columns: t.columns.map((c, i) => ({ ...c, width: widths[i]! })) } : t));
  const printColumns = Math.max(...placed.map((t) => t.printed), fields.length > 0 ? 2 : 1);
  // Fit to width only where the body text still prints at 8 pt or more; otherwise run on across pages.
  const printedPoints = widths.slice(0, printColumns).reduce((n, w) => n + columnPoints(w), 0);
  const fits = (BODY_POINTS * Math.min(1, PRINTABLE_WIDTH_POINTS / printedPoints)) >= MIN_PRINT_POINTS;
  return {
    name: d.name,
    lines,
    fields,
    tables,
    freezeRows: d.freeze ? headerRow : 0,
    columnWidths: widths,
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: fits ? 1 : 0,
      fitToHeight: 0,
      scale: fits ? 100 : RUN_ON_SCALE,
      printColumns,
      repeatRows: d.freeze ? { first: headerRow, last: headerRow } : null,
      // Running on across: repeat the columns that say which row it is (through the YOT, when it is among the first three).
      repeatColumns: fits ? null : Math.max(1, (tables[0]!.columns.slice(0, 3).findIndex((c) => c.header === 'YOT') + 1) || 1),
    },
    header: { left: '', centre: CLASSIFICATION, right: '' },
    footer: { left: CLASSIFICATION, centre: PAGE_NUMBERS, right: title },
  };
}

/** Excel's limit on the characters in one cell. */
export const EXCEL_CELL_MAX = 32_767;
/** What ends a text cut to fit a cell: the pack says so where it happens. */
export const CUT_MARKER = ' … [cut here: an Excel cell holds at most 32,767 characters]';

/** Text that fits in one Excel cell: a longer one is cut, with CUT_MARKER saying so. */
export function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_MAX) return text;
  let keep = EXCEL_CELL_MAX - CUT_MARKER.length;
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return text.slice(0, keep) + CUT_MARKER;
}

/** The footer's page numbers: the one place Excel's own codes (&P, &N) are meant. */
export const PAGE_NUMBERS = 'Page &P of &N';
/** Excel's limit on a header or footer, codes included. */
export const HEADER_FOOTER_MAX = 255;

/**
 * A header's or footer's three parts as Excel takes them: every "&" in text is
 * escaped ("&&"), so a region called "&N" prints as "&N", not as a page count
 * (only PAGE_NUMBERS keeps its codes); and text that would take the whole past
 * Excel's 255 characters (codes included) is shortened with "…", right-hand
 * (the pack's title) first.
 */
export function headerFooterParts(h: HeaderFooter): HeaderFooter {
  const esc = (s: string) => (s === PAGE_NUMBERS ? s : s.replace(/&/g, '&&'));
  const total = (l: string, c: string, r: string) => (l ? 2 + esc(l).length : 0) + (c ? 2 + esc(c).length : 0) + (r ? 2 + esc(r).length : 0);
  const parts = { left: h.left, centre: h.centre, right: h.right };
  for (const k of ['right', 'left', 'centre'] as const) {
    if (k === 'centre' && parts.centre === PAGE_NUMBERS) continue;
    const chars = [...parts[k]];
    while (chars.length > 0 && total(parts.left, parts.centre, parts.right) > HEADER_FOOTER_MAX) {
      chars.pop();
      parts[k] = chars.length > 0 ? `${chars.join('')}…` : '';
    }
  }
  return { left: esc(parts.left), centre: esc(parts.centre), right: esc(parts.right) };
}

/** One header or footer as Excel codes: '&LOFFICIAL-SENSITIVE&CPage &P of &N&R…' (see headerFooterParts). */
export function headerFooterCode(h: HeaderFooter): string {
  const p = headerFooterParts(h);
  return `${p.left ? `&L${p.left}` : ''}${p.centre ? `&C${p.centre}` : ''}${p.right ? `&R${p.right}` : ''}`;
}

// ---------------------------------------------------------------------------

/**
 * Lay the pack out: the Cover, then each sheet of PACK_SHEETS that has
 * something to show (Movement only with a previous quarter, Actions only with an
 * Actions table), each with title lines and its Excel tables (the Cover:
 * details and a contents table). Deterministic: the same model and generatedAt
 * give the same document.
 */
export function layoutPack(model: PackModel, options: LayoutOptions = {}): PackDocument {
  const title = `YOGB quarterly pack: ${regionLabel(model)}, ${model.quarter}`;
  const ctx: SheetContext = { model, previous: options.previous ?? null };
  const body: SheetDraft[] = [];
  const contents: ContentsEntry[] = [];
  for (const sheet of PACK_SHEETS) {
    const draft = sheet.draft(ctx);
    if (draft === null) continue;
    body.push(draft);
    contents.push({ name: draft.name, describe: sheet.describe(ctx), rows: draft.table.rows.length });
  }
  const cover = coverDraft(ctx, contents, options);
  const generatedAt = options.generatedAt ?? null;
  const asOf = uk(model.asOf);
  const withheld: WithheldColumns = new WeakMap();
  const doc: PackDocument = {
    title,
    classification: CLASSIFICATION,
    generatedAt: generatedAt === null ? null : generatedAt.toISOString(),
    properties: {
      title,
      subject: `YOS Governance Board quarterly pack, ${model.quarter}, as of ${asOf}`,
      keywords: `${CLASSIFICATION}; YOGB; NPF 2021; ${model.quarter}`,
      description: `Built from ${model.sources.map((s) => s.source).join(', ')} against ${model.rulebook.name}.`,
      creator: 'yot pack',
    },
    sheets: [cover, ...body].map((d) => makeSheet(d, title, model.regions.length > 1, withheld)),
    style: PACK_STYLE,
    charts: packCharts(model, ctx.previous),
  };
  return scrub(doc, model.scrub, withheld);
}

/**
 * Personal data never appears in a pack by accident: every text the document holds, whatever it was
 * copied from (an ID, a YOT or region name, a file name, a quoted cell), passes through the model's
 * withholder (NI numbers always; secondee names unless asked for; control characters removed).
 */
function scrub(doc: PackDocument, withhold: (text: string) => string, withheld: WithheldColumns): PackDocument {
  // The withholder is a function of the text alone: each distinct text is scrubbed once (a pack's
  // cells repeat: regions, YOTs, RAG labels, dates in words).
  const seen = new Map<string, string>();
  const s = (text: string) => {
    let out = seen.get(text);
    if (out === undefined) {
      out = fitCell(withhold(text));
      seen.set(text, out);
    }
    return out;
  };
  const cell = (v: CellValue): CellValue => (typeof v === 'string' ? s(v) : v !== null && typeof v === 'object' ? { rag: v.rag, label: s(v.label) } : v);
  // The tables' rows are this layout's own arrays (placeTable made them), so they are scrubbed where they are
  // rather than copied: a pack's largest tables are most of its memory.
  // A column of texts the model's withholder has already passed (the Data quality appendix's messages and
  // IDs, withheld in packFindings by this same withholder) is only fitted to a cell: passing it again would
  // give the same text (the withholder leaves what it has withheld as it is), at the cost of every message.
  const fit = (v: CellValue): CellValue => (typeof v === 'string' ? fitCell(v) : v !== null && typeof v === 'object' ? { rag: v.rag, label: fitCell(v.label) } : v);
  const rows = (list: LayoutTable['rows']): LayoutTable['rows'] => {
    const done = withheld.get(list);
    for (const r of list as CellValue[][]) for (let i = 0; i < r.length; i++) r[i] = done?.[i] === true ? fit(r[i]!) : cell(r[i]!);
    return list;
  };
  const hf = (h: HeaderFooter): HeaderFooter => ({ left: s(h.left), centre: h.centre === PAGE_NUMBERS ? h.centre : s(h.centre), right: s(h.right) });
  return {
    ...doc,
    title: s(doc.title),
    properties: {
      ...doc.properties,
      title: s(doc.properties.title),
      subject: s(doc.properties.subject),
      keywords: s(doc.properties.keywords),
      description: s(doc.properties.description),
    },
    sheets: doc.sheets.map((sh) => ({
      ...sh,
      header: hf(sh.header),
      footer: hf(sh.footer),
      lines: sh.lines.map((l) => ({ ...l, text: s(l.text) })),
      fields: sh.fields.map((f) => ({ ...f, label: s(f.label), value: typeof f.value === 'string' ? s(f.value) : f.value })),
      tables: sh.tables.map((tb) => ({ ...tb, rows: rows(tb.rows), totals: tb.totals === null ? null : tb.totals.map((v) => (typeof v === 'string' ? s(v) : v)) })),
    })),
    ...(doc.charts === undefined
      ? {}
      : { charts: doc.charts.map((c) => ({ ...c, title: s(c.title), categories: c.categories.map(s), series: c.series.map((x) => ({ ...x, name: s(x.name) })) })) }),
  };
}
