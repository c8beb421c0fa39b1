/**
 * The pack's layout: places the model (model.ts) and each sheet module's draft
 * (sheets/) as the host-neutral document (document.ts): lines, tables, column
 * widths, print setup. Pure.
 */
import { packCharts } from './charts';
import type { Day } from '../dates';
import { DEFAULT_TERM_CITATION, type RulebookValues } from '../rulebook';
import { stage5MonthsFromVacant } from '../calc/vacancy';
import { PACK_SHEETS, type SheetContext } from './sheets';
import type { ColumnSpec, SheetDraft, TableDraft } from './sheets/types';
import { changeText, money, plural, rag, uk } from './words';
import { PACK_STYLE, printableWidthPoints } from './style';
import {
  type ClaimProblem,
  type FindingCounts,
  type PackClaim,
  type PackFee,
  type PackModel,
  type PackRegion,
  type PackSummaryRow,
  type PackVacancy,
  type ReviewStatus,
} from './model';

export * from './document';
import { CLASSIFICATION, type CellValue, type ColumnKind, type HeaderFooter, type LayoutColumn, type LayoutField, type LayoutLine, type LayoutOptions, type LayoutSheet, type LayoutTable, type PackDocument, type RagValue } from './document';

// ---------------------------------------------------------------------------
// Words

/** 0.05 → '5%' (no floating-point noise). */
function pct(fraction: number): string {
  return `${Math.round(fraction * 100 * 1e6) / 1e6}%`;
}

export { money };

/** Why posts can be fewer than in post + vacant: cover vacancies are the covered secondee's post (NPF 2021 §5.4). */
function coverText(t: { readonly posts: number; readonly inPost: number; readonly vacant: number }): string {
  const cover = t.inPost + t.vacant - t.posts;
  return cover > 0 ? `, ${cover === 1 ? 'one of them cover' : `${cover} of them cover`} for a secondee still seconded` : '';
}

function countsText(c: FindingCounts): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')} and ${c.info} for information`;
}

function findingsRag(c: FindingCounts): RagValue {
  if (c.error > 0) return rag('Red', c.warning > 0 ? `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}` : plural(c.error, 'error'));
  if (c.warning > 0) return rag('Amber', plural(c.warning, 'warning'));
  return rag('Green', c.info > 0 ? `${c.info} for information` : 'none');
}

/** A YOT's compliance: breaches of the framework (not data-quality findings) and overdue reviews. */
function complianceRag(s: PackSummaryRow): RagValue {
  const c = { error: s.findings.error - s.dataQuality.error, warning: s.findings.warning - s.dataQuality.warning };
  const parts = [c.error > 0 ? plural(c.error, 'breach', 'breaches') : '', c.warning > 0 ? plural(c.warning, 'warning') : '', s.overdueReviews > 0 ? `${plural(s.overdueReviews, 'review')} overdue` : ''].filter(Boolean);
  if (c.error > 0) return rag('Red', parts.join(', '));
  if (parts.length > 0) return rag('Amber', parts.join(', '));
  return rag('Green', 'no breaches');
}

/** A YOT's data quality: cells to correct in the tracker, never Red (a typo is not a breach). */
function dataQualityRag(c: FindingCounts): RagValue {
  const n = c.error + c.warning;
  return n > 0 ? rag('Amber', `${plural(n, 'entry', 'entries')} to correct`) : rag('Green', 'none to correct');
}

function reviewRag(r: ReviewStatus, recurring = false): CellValue {
  switch (r.state) {
    case 'not-applicable':
      return 'n/a (police: annual PDR)';
    case 'held':
      return rag('Green', `held ${uk(r.held)}`);
    case 'overdue':
      return rag('Red', `overdue (due ${uk(r.due)})`);
    case 'due':
      return rag('Amber', `due by ${uk(r.due)}`);
    case 'not-due':
      return rag('Green', recurring ? `next due ${uk(r.due)}` : `not due until ${uk(r.due)}`);
  }
}

function reimbursementCell(v: PackVacancy, rb: RulebookValues): CellValue {
  const claimed = v.reimbursement !== null && v.reimbursement > 0;
  switch (v.reimbursementStatus) {
    case 'eligible':
      return rag('Green', `eligible (stage 5 on ${uk(v.stage5Date)})`);
    case 'too-early':
      return rag('Red', `stage 5 dated ${uk(v.stage5Date)}, before the earliest ${uk(v.stage5Earliest)}`);
    case 'not-funded':
      return claimed || v.stage4Date !== null || v.stage5Date !== null || (v.tempInvoice ?? 0) > 0
        ? rag('Red', `not funded at stages 4–5 (PSO under ${rb.fractionalPsoMinimumFte} FTE)`)
        : `Not funded at stages 4–5 (PSO under ${rb.fractionalPsoMinimumFte} FTE)`;
    case 'not-reached':
      if (claimed) return rag('Red', 'claimed without a stage 5 date');
      return v.stage5Earliest === null ? 'Stage 5 not reached' : `Not reached (earliest ${uk(v.stage5Earliest)})`;
  }
}

const CLAIM_PROBLEM: Record<Exclude<ClaimProblem, 'none'>, (c: PackClaim, rb: RulebookValues) => string> = {
  'no-stage-date': (c) => `no stage ${c.stage} date is recorded`,
  'too-early': (c) => `stage ${c.stage} is dated ${uk(c.stageDate)}, before the earliest ${uk(c.earliest)}`,
  'after-as-of': (c) => `stage ${c.stage} is dated ${uk(c.stageDate)}, after the as-of date`,
  'fractional-pso': (c, rb) => `a PSO post of ${c.fte ?? '?'} FTE (under ${rb.fractionalPsoMinimumFte} FTE) is not funded at stages 4–5 (NPF 2021 §5.5)`,
  'vacant-from-unknown': () => 'the vacant-from date can not be read, so the earliest date is unknown',
  'yot-temp': (c) =>
    `Filled by is "${c.filledBy ?? 'YOT temp'}" on the stage 5 date ${uk(c.stageDate)}: stage 5 reimburses in lieu only while the post "remains unfilled by either PO/PSO or YOT appointed appropriate temporary staff" (NPF 2021 §5.5 stage 5); the temp is the stage 4 invoice`,
};

/**
 * How the Secondments sheet works out the last day, with the rulebook's terms.
 * @example lastDayNote(npf) // 'Active: … Last day = the day before the anniversary 24 + extension months after the start …'
 */
export function lastDayNote(rb: RulebookValues, termCitation: string = DEFAULT_TERM_CITATION): string {
  const probation = Math.round(12 * rb.probationInitialYears);
  const police = Math.round(12 * rb.policeInitialYears);
  const term = probation === police ? `${probation} + extension months` : `${probation} (police ${police}) + extension months`;
  return (
    'Active: started on or before the as-of date, and no actual end date before it (the last day in post is inclusive). ' +
    `Last day = the day before the anniversary N = ${term} after the start: EDATE(start, N) − 1, or EDATE(start, N) itself when that month has no such day (29 February, the 31st), the anniversary then being the 1st of the next month (${termCitation}). ` +
    `Probation secondees' exit planning meeting ${plural(rb.exitPlanningMonthsBeforeEnd, 'month')} before it (NPF 2021 §5.4).`
  );
}

function claimBasis(c: PackClaim, rb: RulebookValues): string {
  const what = c.stage === 4
    ? `Stage 4: earliest ${plural(rb.stage4WaitMonths, 'month')} after the post fell vacant`
    : `Stage 5: earliest a further ${plural(rb.stage5WaitMonthsAfterStage4, 'month')} after stage 4 (${plural(stage5MonthsFromVacant(rb), 'month')} after the post fell vacant when stage 4 has no date)`;
  if (c.problem === 'none') return `${what}; stage ${c.stage} dated ${uk(c.stageDate)}, on or after ${uk(c.earliest)}.`;
  return `Not eligible: ${CLAIM_PROBLEM[c.problem](c, rb)}.`;
}

function feeBasis(f: PackFee, basisDate: Day): string {
  const ids = (list: readonly { ref: { id: string | null } }[]) => list.map((b) => b.ref.id ?? '(no ID)').join(', ');
  const inPost = f.basis.filter((b) => b.fee > 0 && b.kind === 'in-post');
  const vacant = f.basis.filter((b) => b.fee > 0 && b.kind === 'vacant');
  const cover = f.basis.filter((b) => b.kind === 'cover');
  const free = f.basis.filter((b) => b.fee === 0 && b.kind !== 'cover');
  const parts: string[] = [];
  if (inPost.length > 0) parts.push(`PO in post: ${ids(inPost)}`);
  if (vacant.length > 0) parts.push(`PO vacant: ${ids(vacant)}`);
  if (free.length > 0) parts.push(`no fee: ${free.map((b) => `${b.ref.id ?? '(no ID)'} (${b.scheme === 'Police' ? 'police' : (b.role ?? 'role unknown')})`).join(', ')}`);
  if (cover.length > 0) {
    parts.push(`not charged twice, cover for a secondee still seconded: ${cover.map((b) => `${b.ref.id ?? '(no ID)'}${b.covers ? ` (covers ${b.covers})` : ''}`).join(', ')}`);
  }
  if (parts.length === 0) return `No posts on ${uk(basisDate)}.`;
  return `On ${uk(basisDate)}: ${parts.join('; ')}.`;
}

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

function placeTable(t: TableDraft, headerRow: number, national: boolean): LayoutTable & { readonly printed: number } {
  // Printed columns first, the screen-only ones after them (out of the print area), each group in its order.
  const order = t.columns.map((c, i) => ({ i, screen: screenOnly(c.header, national) }));
  const sorted = [...order.filter((o) => !o.screen), ...order.filter((o) => o.screen)].map((o) => o.i);
  const permute = <T,>(list: readonly T[]) => sorted.map((i) => list[i]!);
  const columns = permute(t.columns);
  const data = t.rows.map((r) => permute(r));
  const rows = data.length > 0 ? data : [new Array<CellValue>(columns.length).fill(null)];
  let totals: (string | number | null)[] | null = t.totals ? permute(t.totals) : null;
  // The totals row's label stays in the first column when the column it was in (Region) moves out of print.
  const label = t.totals?.[0];
  if (totals && typeof label === 'string' && totals[0] === null) totals = [label, ...totals.slice(1).map((v, i) => (sorted[i + 1] === 0 ? null : v))];
  return { name: t.name, caption: t.caption, headerRow, columns: sizeColumns(columns, rows, totals), rows, totals, printed: order.filter((o) => !o.screen).length };
}

function makeSheet(d: SheetDraft, title: string, national: boolean): LayoutSheet {
  let row = 1;
  const lines: LayoutLine[] = d.lines.map((l) => ({ row: row++, text: l.text, style: l.style }));
  row++;
  const fields: LayoutField[] = [];
  if (d.fields && d.fields.length > 0) {
    for (const f of d.fields) fields.push({ ...f, row: row++ });
    row++;
  }
  const headerRow = row;
  const placed = [placeTable(d.table, headerRow, national)];
  // Further tables: a blank row, the table's heading, then the table.
  for (const t of d.more ?? []) {
    const above = placed[placed.length - 1]!;
    row = above.headerRow + above.rows.length + (above.totals !== null ? 1 : 0) + 2;
    if (t.heading) lines.push({ row: row++, text: t.heading, style: 'subtitle' });
    placed.push(placeTable(t, row, national));
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

function regionLines(model: PackModel, text: (r: PackRegion) => string): { text: string; style: 'text' }[] {
  if (model.regions.length < 2) return [];
  return model.regions.map((r) => ({ text: `${r.region}: ${text(r)}`, style: 'text' as const }));
}

function stagesText(byStage: readonly number[]): string {
  return byStage.map((n, i) => `stage ${i + 1}: ${n}`).join(', ');
}

function regionLabel(model: PackModel): string {
  return model.regions.length === 1 ? model.regions[0]!.region : `National roll-up (${model.regions.map((r) => r.region).join(', ')})`;
}

/** London time, 'dd/mm/yyyy hh:mm', whatever the machine's time zone. */
function londonTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`;
}

// ---------------------------------------------------------------------------

/**
 * Lay the pack out: the Cover, the sheet modules of sheets/index.ts (Board summary,
 * Movement) and the detail sheets, each with title lines and its Excel tables
 * (the Cover: details and a contents table). Deterministic: the same model and
 * generatedAt give the same document.
 */
export function layoutPack(model: PackModel, options: LayoutOptions = {}): PackDocument {
  const region = regionLabel(model);
  const title = `YOGB quarterly pack: ${region}, ${model.quarter}`;
  const asOf = uk(model.asOf);
  const months = model.endingWithinMonths;
  const t = model.totals;
  const ctx: SheetContext = { model, previous: options.previous ?? null };
  const namesNote = model.includeNames ? 'Secondee names are included: handle as personal data.' : 'Secondee names are left out of this pack.';

  // --- Summary -----------------------------------------------------------------
  const summary: SheetDraft = {
    name: 'Summary',
    freeze: true,
    lines: [
      { text: `Summary by PDU and YOT on ${asOf}`, style: 'title' },
      { text: `${plural(t.posts, 'post')}: ${t.inPost} in post, ${t.vacant} vacant (${stagesText(t.byStage)})${coverText(t)}. ${plural(t.exitsDue, 'secondment')} ending within ${months} months; ${plural(t.overdueReviews, 'review')} overdue; ${plural(t.openDisputes, 'dispute')} open (${t.disputesOverdue} overdue for escalation).`, style: 'subtitle' },
      ...regionLines(model, (r) => `${plural(r.posts, 'post')}, ${r.inPost} in post, ${r.vacant} vacant${coverText(r)}; ${r.exitsDue} ending within ${months} months; ${r.overdueReviews} reviews overdue; management fees ${money(r.fees)}; ${countsText(r.findings)}.`),
      ...comparisonLines(ctx),
      { text: 'Posts: in post plus vacant, with a vacancy that is cover for a secondee still seconded (maternity, sickness or other cover) counted as that secondee’s post, not another one, as for the management fee (NPF 2021 §5.4).', style: 'text' },
      { text: 'Compliance (breaches of the framework): Red = at least one error; Amber = warnings or overdue reviews; Green = neither. Data quality (cells that could not be read, missing columns, duplicate IDs) is shown apart, Amber at worst: a YOT is not Red for a typo. Every finding is in the Data quality appendix.', style: 'text' },
    ],
    table: {
      name: 'PackSummary',
      caption: `Posts, vacancies by stage, exits due, overdue reviews and findings for each YOT on ${asOf}`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Posts', kind: 'integer' },
        { header: 'In post', kind: 'integer' },
        { header: 'Vacant', kind: 'integer' },
        { header: 'Stage 1', kind: 'integer' },
        { header: 'Stage 2', kind: 'integer' },
        { header: 'Stage 3', kind: 'integer' },
        { header: 'Stage 4', kind: 'integer' },
        { header: 'Stage 5', kind: 'integer' },
        { header: `Ending within ${months} months`, kind: 'integer' },
        { header: 'Reviews overdue', kind: 'integer' },
        { header: `Management fee ${model.financialYear}`, kind: 'money' },
        { header: 'Compliance', kind: 'rag', wrapAt: 20 },
        { header: 'Data quality', kind: 'rag', wrapAt: 20 },
      ],
      rows: model.summary.map((s) => [
        s.region,
        s.pdu,
        s.yot,
        s.posts,
        s.inPost,
        s.vacant,
        ...s.byStage,
        s.exitsDue,
        s.overdueReviews,
        s.fees,
        complianceRag(s),
        dataQualityRag(s.dataQuality),
      ]),
      totals: ['Total', null, null, t.posts, t.inPost, t.vacant, ...t.byStage, t.exitsDue, t.overdueReviews, t.fees, null, null],
    },
  };

  // --- Vacancies ---------------------------------------------------------------
  const vacancies: SheetDraft = {
    name: 'Vacancies',
    freeze: true,
    lines: [
      { text: `Vacancies open on ${asOf}`, style: 'title' },
      { text: `${plural(model.vacancies.length, 'open vacancy', 'open vacancies')} by highest stage reached: ${stagesText(t.byStage)}.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${r.vacant} open (${stagesText(r.byStage)}).`),
      { text: 'Open: no filled date on or before the as-of date. Counted at the highest stage dated on or before it; with no stage dated, at stage 1 (which starts when the post falls vacant, NPF 2021 §5.5).', style: 'text' },
      {
        text: `“May have reached”: 3 until ${plural(model.rulebook.values.stage4WaitMonths, 'month')} vacant, 4 from then, 5 from the earliest stage 5 date (a further ${plural(model.rulebook.values.stage5WaitMonthsAfterStage4, 'month')} after stage 4, NPF 2021 §5.5; ${plural(stage5MonthsFromVacant(model.rulebook.values), 'month')} vacant when stage 4 has no date).`,
        style: 'text',
      },
    ],
    table: {
      name: 'PackVacancies',
      caption: `Vacancies open on ${asOf} with their stage, days vacant and reimbursement eligibility`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'Vacancy ID', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Role', kind: 'text' },
        { header: 'FTE', kind: 'fte' },
        { header: 'Vacant from', kind: 'date' },
        { header: 'Days vacant', kind: 'integer' },
        { header: 'Reason', kind: 'text' },
        { header: 'Highest stage reached', kind: 'integer' },
        { header: 'Reached on', kind: 'date' },
        { header: 'May have reached', kind: 'integer' },
        { header: 'YOT informed', kind: 'date' },
        { header: 'Temp invoice', kind: 'money' },
        { header: 'Reimbursement claimed', kind: 'money' },
        { header: 'Reimbursement', kind: 'rag', wrapAt: 22 },
        { header: 'Findings', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: model.vacancies.map((v) => [
        v.ref.region,
        v.ref.id,
        v.pdu,
        v.yot,
        v.role,
        v.fte,
        v.vacantFrom,
        v.daysVacant,
        v.reason,
        v.highestStage > 0 ? v.highestStage : null,
        v.highestStageDate,
        v.eligibleStage,
        v.yotInformed,
        v.tempInvoice,
        v.reimbursement,
        reimbursementCell(v, model.rulebook.values),
        findingsRag(v.findings),
        v.ref.row,
      ]),
    },
  };

  // --- Secondments -------------------------------------------------------------
  const secondmentColumns: ColumnSpec[] = [
    { header: 'Region', kind: 'text' },
    { header: 'Secondment ID', kind: 'text' },
    { header: 'PDU', kind: 'text' },
    { header: 'YOT', kind: 'text' },
    ...(model.includeNames ? [{ header: 'Secondee', kind: 'text' as const }] : []),
    { header: 'Scheme', kind: 'text' },
    { header: 'Role', kind: 'text' },
    { header: 'FTE', kind: 'fte' },
    { header: 'Start', kind: 'date' },
    { header: 'Last day', kind: 'date' },
    { header: `Ends within ${months} months`, kind: 'text' },
    { header: 'Exit planning due', kind: 'date' },
    { header: 'Exit planning meeting', kind: 'rag' },
    { header: 'PPDA', kind: 'rag' },
    { header: 'Six-month review', kind: 'rag' },
    { header: 'Three-way review', kind: 'rag' },
    { header: 'Findings', kind: 'rag' },
    { header: 'Tracker row', kind: 'integer' },
  ];
  const secondments: SheetDraft = {
    name: 'Secondments',
    freeze: true,
    lines: [
      { text: `Secondments active on ${asOf}`, style: 'title' },
      { text: `${plural(model.secondments.length, 'active secondment')}; ${t.exitsDue} with a last day on or before ${uk(model.endingBy)} (within ${months} months); ${plural(t.overdueReviews, 'review')} overdue; reviews due by ${uk(model.reviewsDueBy)} are shown amber.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${r.inPost} active, ${r.exitsDue} ending within ${months} months, ${r.overdueReviews} reviews overdue.`),
      { text: lastDayNote(model.rulebook.values, model.rulebook.termCitation), style: 'text' },
      { text: `Probation secondees: PPDA within ${plural(model.rulebook.values.ppdaMonths, 'month')} of the start, six-month review within ${plural(model.rulebook.values.sixMonthReviewMonths, 'month')} (London Protocol 2010 §2, §5), three-way review at least every ${plural(model.rulebook.values.threeWayReviewMonths, 'month')} (NPF 2021 §5.3). Police secondees have an annual PDR instead (YOT Police Review 2010 §5.10.4.1): their probation reviews show "n/a". ${namesNote}`, style: 'text' },
    ],
    table: {
      name: 'PackSecondments',
      caption: `Secondments active on ${asOf}, soonest ending first, with exit planning and reviews`,
      columns: secondmentColumns,
      rows: model.secondments.map((s) => [
        s.ref.region,
        s.ref.id,
        s.pdu,
        s.yot,
        ...(model.includeNames ? [s.secondee] : []),
        s.scheme,
        s.role,
        s.fte,
        s.start,
        s.lastDay,
        s.pastLastDay ? 'Past last day' : s.endingWithinHorizon ? 'Yes' : 'No',
        s.exitPlanning.due,
        reviewRag(s.exitPlanning),
        reviewRag(s.ppda),
        reviewRag(s.sixMonthReview),
        reviewRag(s.threeWayReview, true),
        findingsRag(s.findings),
        s.ref.row,
      ]),
    },
  };

  // --- Allocation --------------------------------------------------------------
  const rb = model.rulebook.values;
  const allocation: SheetDraft = {
    name: 'Allocation',
    freeze: true,
    lines: [
      { text: `Allocation on ${asOf}: formula PO FTE against active PO FTE`, style: 'title' },
      { text: `${plural(model.allocations.length, 'YOT')} in Allocations; ${model.allocations.filter((a) => a.status === 'below-minimum').length} under the ${rb.minimumPoFte.toFixed(1)} FTE minimum, ${model.allocations.filter((a) => a.status === 'below-formula').length} below formula.`, style: 'subtitle' },
      ...regionLines(model, (r) => {
        const list = model.allocations.filter((a) => a.ref.region === r.region);
        return `${plural(list.length, 'YOT')}, ${list.filter((a) => a.status === 'below-minimum').length} under the minimum, ${list.filter((a) => a.status === 'below-formula').length} below formula.`;
      }),
      {
        text: `PO FTE = max(${rb.minimumPoFte}, caseload ÷ ${rb.caseloadPerFte} × (1 + SYV provision + deprivation provision)) (NPF 2021 §5.1). Serious youth violence: ${pct(rb.syvProvisionPerLevel)} provision per ${rb.syvBandPercent}% band (NPF 2021 §5.1).`,
        style: 'text',
      },
      {
        text: `Assumption A1 (a rulebook parameter, not stated by the framework): the deprivation index is banded like SYV, ${pct(rb.deprivationProvisionPerLevel)} provision per ${rb.deprivationBandPercent}% band.`,
        style: 'text',
      },
      { text: 'Active PO FTE adds up the FTE of the YOT’s active Probation PO secondments (PSO and police secondees do not count).', style: 'text' },
      {
        text: `PSO by PDU (Assumption A2): formula PSO FTE = max(${rb.minimumPsoFtePerPdu}, ${rb.psoFtePerYot} × YOTs in the PDU) (NPF 2021 §5.1), against active PSO FTE.`,
        style: 'text',
      },
      ...model.psoAllocations.map((p) => ({
        text: `${model.regions.length > 1 ? `${p.region}: ` : ''}PDU ${p.pdu} (${plural(p.yots.length, 'YOT')}): formula PSO FTE ${p.formulaFte}, active PSO FTE ${p.activePsoFte}${p.below ? ' — below the formula' : ''}.`,
        style: 'text' as const,
      })),
    ],
    table: {
      name: 'PackAllocation',
      caption: `Formula PO FTE and active PO FTE for each YOT on ${asOf}`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Nation', kind: 'text' },
        { header: 'Caseload', kind: 'number' },
        { header: 'SYV share', kind: 'number' },
        { header: 'Deprivation index', kind: 'number' },
        { header: 'Formula PO FTE', kind: 'fte' },
        { header: 'Active PO FTE', kind: 'fte' },
        { header: 'Difference', kind: 'fte' },
        { header: 'Status', kind: 'rag' },
        { header: 'Secondments counted', kind: 'text', wrapAt: 40 },
        { header: 'Findings', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: model.allocations.map((a) => [
        a.ref.region,
        a.pdu,
        a.yot,
        a.nation,
        a.caseload,
        a.syvShare,
        a.deprivationIndex,
        a.formulaFte,
        a.activePoFte,
        a.difference,
        a.status === 'below-minimum'
          ? rag('Red', `under the ${rb.minimumPoFte} FTE minimum`)
          : a.status === 'below-formula'
            ? rag('Amber', 'below formula')
            : a.status === 'meets'
              ? rag('Green', 'at or above formula')
              : 'No formula: caseload not given',
        a.counted.length > 0 ? a.counted.map((c) => c.id ?? `row ${c.row}`).join(', ') : 'None',
        findingsRag(a.findings),
        a.ref.row,
      ]),
      totals: model.allocations.length > 0
        ? ['Total', null, null, null, null, null, null, round2(model.allocations.reduce((n, a) => n + (a.formulaFte ?? 0), 0)), round2(model.allocations.reduce((n, a) => n + a.activePoFte, 0)), null, null, null, null, null]
        : null,
    },
  };

  // --- Finance -----------------------------------------------------------------
  const invoices = model.claims.filter((c) => c.kind === 'temp-invoice');
  const reimbursements = model.claims.filter((c) => c.kind === 'reimbursement');
  const sum = (list: readonly PackClaim[]) => list.reduce((n, c) => n + c.amount, 0);
  const poPosts = model.fees.reduce((n, f) => n + f.poPosts, 0);
  const finance: SheetDraft = {
    name: 'Finance',
    freeze: true,
    lines: [
      { text: `Finance ${model.financialYear}: management fees, stage 4 temp invoices and stage 5 reimbursements`, style: 'title' },
      { text: `Management fees ${money(model.feeTotal)} for ${plural(poPosts, 'seconded PO post')} on ${uk(model.feeBasisDate)}. Stage 4 temp invoices ${money(sum(invoices))} (eligible ${money(sum(invoices.filter((c) => c.eligible)))}). Stage 5 reimbursements ${money(sum(reimbursements))} (eligible ${money(sum(reimbursements.filter((c) => c.eligible)))}).`, style: 'subtitle' },
      ...regionLines(model, (r) => {
        const rc = model.claims.filter((c) => c.ref.region === r.region);
        return `management fees ${money(r.fees)}; temp invoices ${money(sum(rc.filter((c) => c.kind === 'temp-invoice')))}; reimbursements ${money(sum(rc.filter((c) => c.kind === 'reimbursement')))}.`;
      }),
      { text: `Management fee: ${money(rb.managementFeePerPo)} per seconded Probation Officer, by head, paid at the start of the financial year even if the post is vacant then: PO posts on ${uk(model.feeBasisDate)} (active PO secondments, the last day in post counting, plus open PO vacancies; a vacancy that is cover for a secondee still seconded is the same post, not charged twice). No fee for PSOs; police secondees are outside the framework (NPF 2021 §5.4).`, style: 'text' },
      { text: 'Claims: every temp invoice and reimbursement in the Vacancy Trackers, with whether its stage date meets the earliest date (NPF 2021 §5.5 stages 4–5).', style: 'text' },
    ],
    table: {
      name: 'PackFinance',
      caption: `Management fees for ${model.financialYear} by YOT, and stage 4 and 5 claims with their eligibility`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Item', kind: 'text' },
        { header: 'Vacancy ID', kind: 'text' },
        { header: 'PO posts', kind: 'integer' },
        { header: 'Date', kind: 'date' },
        { header: 'Earliest', kind: 'date' },
        { header: 'Amount', kind: 'money' },
        { header: 'Eligible', kind: 'rag' },
        { header: 'Basis', kind: 'text', wrapAt: 60 },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: [
        ...model.fees.map((f): CellValue[] => [f.region, f.pdu, f.yot, `Management fee ${model.financialYear}`, null, f.poPosts, model.feeBasisDate, null, f.fee, null, feeBasis(f, model.feeBasisDate), null]),
        ...model.claims.map((c): CellValue[] => [
          c.ref.region,
          c.pdu,
          c.yot,
          c.kind === 'temp-invoice' ? 'Stage 4 temp invoice' : 'Stage 5 reimbursement',
          c.ref.id,
          null,
          c.stageDate,
          c.earliest,
          c.amount,
          c.eligible ? rag('Green', 'eligible') : rag('Red', 'not eligible'),
          claimBasis(c, rb),
          c.ref.row,
        ]),
      ],
    },
  };

  // --- Disputes ----------------------------------------------------------------
  const disputes: SheetDraft = {
    name: 'Disputes',
    freeze: true,
    lines: [
      { text: `Disputes open on ${asOf}`, style: 'title' },
      { text: `${plural(t.openDisputes, 'dispute')} open; ${t.disputesOverdue} overdue for escalation.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${r.openDisputes} open, ${r.disputesOverdue} overdue for escalation.`),
      { text: `Unresolved after ${rb.disputeEscalationDays} days: escalate to the Head of PDU and YOS senior manager; the regional SPOC makes it known to the YOGB (NPF 2021 §9).`, style: 'text' },
    ],
    table: {
      name: 'PackDisputes',
      caption: `Disputes open on ${asOf} and whether each is overdue for escalation`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'Dispute ID', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Raised', kind: 'date' },
        { header: 'Days open', kind: 'integer' },
        { header: 'Escalation due', kind: 'date' },
        { header: 'Escalated', kind: 'date' },
        { header: 'Reported to YOGB', kind: 'date' },
        { header: 'Status', kind: 'rag' },
        { header: 'Summary', kind: 'text', wrapAt: 50 },
        { header: 'Findings', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: model.disputes.map((dsp) => [
        dsp.ref.region,
        dsp.ref.id,
        dsp.yot,
        dsp.raised,
        dsp.daysOpen,
        dsp.escalationDue,
        dsp.escalated,
        dsp.reportedToYogb,
        dsp.status === 'overdue'
          ? rag('Red', `overdue for escalation (due ${uk(dsp.escalationDue)})`)
          : dsp.status === 'escalated'
            ? rag('Amber', `escalated ${uk(dsp.escalated)}, unresolved`)
            : dsp.status === 'within-time'
              ? rag('Green', `within ${rb.disputeEscalationDays} days (escalate after ${uk(dsp.escalationDue)})`)
              : 'Raised date unknown',
        dsp.summary,
        findingsRag(dsp.findings),
        dsp.ref.row,
      ]),
    },
  };

  // --- Data quality ------------------------------------------------------------
  const fc = model.findingCounts;
  const dataQuality: SheetDraft = {
    name: 'Data quality',
    freeze: true,
    lines: [
      { text: 'Appendix for the regional SPOC. Data quality: every finding, errors first', style: 'title' },
      { text: `${countsText(fc)}, checked on ${asOf} against ${model.rulebook.name}.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${countsText(r.findings)}.`),
      { text: 'Errors do not stop the pack: figures that rely on a row with an error count what could be read. Cell is where to look in the regional workbook.', style: 'text' },
    ],
    table: {
      name: 'PackDataQuality',
      caption: 'Every finding in the regional workbooks with its cell and citation',
      columns: [
        { header: 'Severity', kind: 'rag' },
        { header: 'Region', kind: 'text' },
        { header: 'Workbook', kind: 'text', wrapAt: 28 },
        { header: 'Sheet', kind: 'text' },
        { header: 'Cell', kind: 'text' },
        { header: 'Column', kind: 'text', wrapAt: 24 },
        { header: 'ID', kind: 'text' },
        { header: 'Rule', kind: 'text', wrapAt: 32 },
        { header: 'What was found', kind: 'text', wrapAt: 70 },
        { header: 'Citation', kind: 'text', wrapAt: 30 },
      ],
      rows: model.findings.map((f) => [
        f.severity === 'error' ? rag('Red', 'error') : f.severity === 'warning' ? rag('Amber', 'warning') : rag('Green', 'for information'),
        f.region,
        f.source,
        f.sheet ?? f.table,
        f.cell,
        f.column,
        f.key,
        f.rule,
        f.message,
        f.citation,
      ]),
    },
  };

  // --- Cover -------------------------------------------------------------------
  const body: SheetDraft[] = [summary, vacancies, secondments, allocation, finance, disputes, dataQuality];
  const describe: Record<string, string> = {}; // filled in below, with the sheet modules' own descriptions
  // The sheet modules (sheets/index.ts), each placed after the sheet it names.
  for (const sheet of PACK_SHEETS) {
    const draft = sheet.draft(ctx);
    if (draft === null) continue;
    const after = sheet.after === null ? -1 : body.findIndex((b) => b.name === sheet.after);
    body.splice(after + 1, 0, draft);
    describe[sheet.name] = sheet.describe(ctx);
  }
  Object.assign(describe, {
    Summary: 'Dashboard per PDU and YOT: posts, in post, vacancies by stage, exits due, overdue reviews, fees; compliance RAG apart from data quality',
    Vacancies: 'Open vacancies by stage reached, days vacant, the stage each may have reached, reimbursement eligibility',
    Secondments: `Active secondments: those ending within ${months} months, exit planning, PPDA, six-month and three-way reviews`,
    Allocation: 'Formula PO FTE against active PO FTE for each YOT in Allocations',
    Finance: `Management fees for ${model.financialYear} per YOT, stage 4 temp invoices, stage 5 reimbursements and their eligibility`,
    Disputes: 'Open disputes and those overdue for escalation',
    'Data quality': 'Appendix for the regional SPOC: every finding, with its cell and citation, to correct in the tracker',
  });
  const generatedAt = options.generatedAt ?? null;
  const cover: SheetDraft = {
    name: 'Cover',
    freeze: false,
    lines: [
      { text: 'YOS Governance Board quarterly pack', style: 'title' },
      { text: `${region}: ${model.quarter}, as of ${asOf}`, style: 'subtitle' },
      { text: `${CLASSIFICATION}: contains information about named posts and staff. Do not share beyond the Board.`, style: 'text' },
    ],
    fields: [
      { label: model.regions.length === 1 ? 'Region' : 'Regions', value: model.regions.map((r) => r.region).join(', '), kind: 'text' },
      { label: 'Quarter', value: model.quarter, kind: 'text' },
      { label: 'Financial year', value: model.financialYear, kind: 'text' },
      model.meetingDate === null ? { label: 'YOGB meeting date', value: 'Not given', kind: 'text' } : { label: 'YOGB meeting date', value: model.meetingDate, kind: 'date' },
      { label: 'As of', value: model.asOf, kind: 'date' },
      { label: 'Rulebook', value: model.rulebook.name, kind: 'text' },
      { label: 'Data quality', value: `${countsText(fc)}: see the Data quality sheet. Errors do not stop the pack.`, kind: 'text' },
      { label: 'Errors', value: fc.error, kind: 'integer' },
      { label: 'Warnings', value: fc.warning, kind: 'integer' },
      { label: 'For information', value: fc.info, kind: 'integer' },
      ...model.sources.map((s, i) => ({
        label: model.sources.length === 1 ? 'Workbook' : `Workbook ${i + 1}`,
        value: `${s.source} (${s.region}${s.trackerSubmitted !== null ? `; tracker submitted ${uk(s.trackerSubmitted)}` : ''}${s.meetingDate !== null ? `; meeting ${uk(s.meetingDate)}` : ''})`,
        kind: 'text' as const,
      })),
      ...(options.inputs ?? []).map((f, i, all) => ({
        label: all.length === 1 ? 'Input file' : `Input file ${i + 1}`,
        value: `${f.name} (${f.quarter === 'this' ? 'this quarter' : 'last quarter'}), ${String(f.bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes, SHA-256 ${f.sha256}`,
        kind: 'text' as const,
      })),
      { label: 'Secondee names', value: model.includeNames ? 'Included (asked for): handle the pack as personal data.' : 'Left out: names are personal data and the board needs IDs, not names (UK GDPR data minimisation). Ask for them only if the board must see them.', kind: 'text' },
      { label: 'NI numbers', value: 'Never shown: a National Insurance number is not needed for governance, so any found in a workbook is replaced by "an NI number".', kind: 'text' },
      { label: 'Generated', value: generatedAt === null ? null : londonTime(generatedAt), kind: 'text' },
    ],
    table: {
      name: 'PackContents',
      caption: 'The sheets of this pack',
      columns: [
        { header: 'Sheet', kind: 'text' },
        { header: 'What it shows', kind: 'text', wrapAt: 70 },
        { header: 'Rows', kind: 'integer' },
      ],
      rows: body.map((s) => [s.name, describe[s.name] ?? '', s.table.rows.length]),
    },
  };

  const sheets = [cover, ...body].map((d) => makeSheet(d, title, model.regions.length > 1));
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
    sheets,
    style: PACK_STYLE,
    charts: packCharts(model, ctx.previous),
  };
  return scrub(doc, model.scrub);
}

/**
 * The Summary's comparison with last quarter: each headline figure with last
 * quarter's value and the change in words (▲/▼ and "up"/"down", never colour alone).
 */
function comparisonLines(ctx: SheetContext): { text: string; style: 'text' }[] {
  const p = ctx.previous;
  if (p === null) return [];
  const now = ctx.model.totals;
  const was = p.model.totals;
  const item = (label: string, a: number, b: number, kind: 'count' | 'money' = 'count') => `${label} ${kind === 'money' ? money(a) : a} (${p.model.quarter}: ${kind === 'money' ? money(b) : b}, ${changeText(a, b, kind)})`;
  return [
    {
      text: `Compared with ${p.model.quarter} (as of ${uk(p.model.asOf)}): ${[
        item('posts', now.posts, was.posts),
        item('in post', now.inPost, was.inPost),
        item('vacant', now.vacant, was.vacant),
        item(`ending within ${ctx.model.endingWithinMonths} months`, now.exitsDue, was.exitsDue),
        item('reviews overdue', now.overdueReviews, was.overdueReviews),
        item('management fees', now.fees, was.fees, 'money'),
        item('disputes open', now.openDisputes, was.openDisputes),
      ].join('; ')}. What moved is on the Movement sheet.`,
      style: 'text',
    },
  ];
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Personal data never appears in a pack by accident: every text the document holds, whatever it was
 * copied from (an ID, a YOT or region name, a file name, a quoted cell), passes through the model's
 * withholder (NI numbers always; secondee names unless asked for; control characters removed).
 */
function scrub(doc: PackDocument, withhold: (text: string) => string): PackDocument {
  const s = (text: string) => fitCell(withhold(text));
  const cell = (v: CellValue): CellValue => (typeof v === 'string' ? s(v) : v !== null && typeof v === 'object' ? { rag: v.rag, label: s(v.label) } : v);
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
      tables: sh.tables.map((tb) => ({ ...tb, rows: tb.rows.map((r) => r.map(cell)), totals: tb.totals === null ? null : tb.totals.map((v) => (typeof v === 'string' ? s(v) : v)) })),
    })),
    ...(doc.charts === undefined
      ? {}
      : { charts: doc.charts.map((c) => ({ ...c, title: s(c.title), categories: c.categories.map(s), series: c.series.map((x) => ({ ...x, name: s(x.name) })) })) }),
  };
}
