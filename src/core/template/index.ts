/**
 * The tracker template: a regional workbook laid out so that the usual data-entry
 * mistakes cannot happen (issue #13). This module only describes it — sheets,
 * tables, columns, drop-down lists, date and number rules, number formats,
 * calculated-column formulas, conditional formats, widths and the "How to fill
 * this in" text — and the two writers (src/adapters/xlsx/write-template.ts and
 * src/adapters/excel/write-template.ts) put that description into a file or the
 * open workbook. Host-neutral: no exceljs, Office.js or Node here.
 *
 * One source of truth: the input columns are the fields of the records schema
 * (./records/schema.ts, docs/workbook-format.md) with their canonical labels as
 * headers, so the reader reads every template column, and a field added to the
 * schema appears in the template. Every number in a formula comes from the
 * rulebook in force (src/core/rulebook), never a literal.
 *
 * Longer than most modules (about 450 lines) because it is one declarative
 * description: the template's sheets, columns, validation lists and formulas are
 * tables that read best together; the writers hold none of it.
 */
import { columnLetter } from '../a1';
import { stage5MonthsFromVacant } from '../calc/vacancy';
import type { Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import { parseGrid } from '../records/read';
import { BOARD_FIELDS, TABLE_SPECS, type FieldSpec, type TableSpec } from '../records/schema';
import type { TableName } from '../records/types';

export type TemplateTableName = TableName | 'Actions';

/** A data-validation rule on an input column. */
export type TemplateValidation =
  /** A drop-down from a list on the hidden Lists sheet; `strict` false lets a new value through with a warning. */
  | { readonly kind: 'list'; readonly list: string; readonly strict: boolean }
  /** A real date between 01/01/2000 and 31/12/2100. */
  | { readonly kind: 'date' }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number };

/** A cell reference maker: the A1 address of a header's cell on a row of the same table. */
export type RefOf = (header: string) => string;

export interface TemplateColumn {
  readonly header: string;
  /** The schema field it holds; absent for calculated and Actions columns. */
  readonly field?: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly numFmt?: string;
  readonly validation?: TemplateValidation;
  /** Input message shown when the cell is selected (title, text). */
  readonly prompt?: { readonly title: string; readonly text: string };
  /** A calculated column's formula (without '='), for one row: `ref(header)` gives that row's cell of another column. */
  readonly formula?: (ref: RefOf) => string;
  /**
   * A date to watch: red when before the Board's As-of date and `doneWhen` is blank,
   * amber when due within {@link DUE_SOON_DAYS} days (the Attention column says the same in words).
   */
  readonly due?: { readonly doneWhenBlank: readonly string[] };
}

export interface TemplateTable {
  readonly name: TemplateTableName;
  readonly sheet: string;
  readonly columns: readonly TemplateColumn[];
  readonly citation: string;
}

export interface TemplateList {
  readonly name: string;
  readonly values: readonly (string | number)[];
}

/** What a template is made of. The writers lay it out; the tests read it back. */
export interface TemplateDocument {
  readonly region: string;
  readonly rulebookName: string;
  /** Board sheet: label (column A) and value (column B) rows, from row {@link BOARD_FIRST_ROW}. */
  readonly board: readonly { readonly label: string; readonly value: string | number | null; readonly date: boolean }[];
  readonly tables: readonly TemplateTable[];
  readonly lists: readonly TemplateList[];
  /** "How to fill this in": one paragraph per line; a line starting '## ' is a heading. */
  readonly howTo: readonly string[];
  /** Rows each table is laid out with (data rows below the header). */
  readonly rows: number;
  /** Data to put in the tables (by header), for an upgraded tracker. */
  readonly data: Readonly<Partial<Record<TemplateTableName, readonly Readonly<Record<string, string | number | null>>[]>>>;
}

export const LISTS_SHEET = 'Lists';
export const BOARD_SHEET = 'Board';
export const HOW_TO_SHEET = 'How to fill this in';
export const BOARD_FIRST_ROW = 3;
/** The Board's As-of date cell: every "overdue" in the template is relative to it, not TODAY(). */
export const AS_OF_REF = `${BOARD_SHEET}!$B$${BOARD_FIRST_ROW + 3}`;
/** Blank rows ready in each table of a new template. */
export const TEMPLATE_ROWS = 100;
/** "Due soon" in the conditional formats and the Attention column (issue #13: due within 30 days). */
export const DUE_SOON_DAYS = 30;
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Date validation bounds (a real date between 2000 and 2100), as Excel serials. */
export const DATE_MIN: Day = 36526; // 01/01/2000
export const DATE_MAX: Day = 73415; // 31/12/2100

/** Template-only columns (calculated), whose headers the reader does not know and ignores. */
export const CALCULATED = {
  lastDay: 'Last day',
  exitDue: 'Exit planning due',
  reviewDue: 'Six-month review due',
  ppdaDue: 'PPDA due',
  attention: 'Attention',
  stage4: 'Stage 4 earliest',
  stage5: 'Stage 5 earliest',
  daysVacant: 'Days vacant',
  escalateBy: 'Escalate by',
} as const;

/** Fields the template leaves out: the reader averages Deprivation 1–7 when there is no index; the template asks for the index. */
const LEFT_OUT = new Set(['deprivation1', 'deprivation2', 'deprivation3', 'deprivation4', 'deprivation5', 'deprivation6', 'deprivation7']);

/** The template's extension column: the field it feeds, its header, and the unit of its whole numbers. */
export interface ExtensionColumn {
  readonly field: FieldSpec;
  readonly header: string;
  readonly unit: 'months' | 'years';
  /** What the reader stores for one year of extension (1 when it keeps years, 12 when it keeps months). */
  readonly storedPerYear: number;
}

let extensionMemo: ExtensionColumn | null | undefined;

/**
 * Which extension column the template writes. A bare `1` is a year or a month
 * depending on the reader (docs/rules.md "Secondment term"), so the template asks the
 * reader itself: when it reads an "Extension months" header as months, the column
 * is whole months under that header; otherwise whole years under the field's label.
 * Either way the header says the unit, and the reader reads it back the same.
 */
export function extensionColumn(): ExtensionColumn | null {
  if (extensionMemo !== undefined) return extensionMemo;
  const spec = TABLE_SPECS.Secondments;
  const field = spec.fields.find((f) => /^extension/i.test(f.key));
  if (!field) return (extensionMemo = null);
  const read = (header: string, cell: number): number | null => {
    const parsed = parseGrid({ kind: 'table', sheet: 'probe', originRow: 1, originCol: 1, values: [[header], [cell]] }, spec, []);
    const v = parsed && parsed.layout.columns[field.key] ? parsed.rows[0]?.values[field.key] : null;
    return typeof v === 'number' ? v : null;
  };
  const yearsHeader = read('Extension years', 1) !== null ? 'Extension years' : field.label;
  const oneYear = read(yearsHeader, 1) ?? 1;
  const twelveMonths = read('Extension months', 12);
  extensionMemo =
    twelveMonths !== null && twelveMonths === oneYear
      ? { field, header: 'Extension months', unit: 'months', storedPerYear: oneYear }
      : { field, header: yearsHeader, unit: 'years', storedPerYear: oneYear };
  return extensionMemo;
}

function listName(table: string, field: FieldSpec): string {
  if (field.key === 'role') return `${table === 'Vacancies' ? 'Vacancy' : 'Secondment'} role`;
  return field.label;
}

function dateColumn(header: string, field?: string): TemplateColumn {
  return {
    header,
    ...(field ? { field } : {}),
    width: Math.max(12, header.length + 2),
    numFmt: DATE_FORMAT,
    validation: { kind: 'date' },
    prompt: { title: header, text: 'A date as dd/mm/yyyy, e.g. 01/04/2025.' },
  };
}

function inputColumn(table: TableName, field: FieldSpec, rb: RulebookValues, lists: Map<string, (string | number)[]>, known: KnownOrgs): TemplateColumn {
  const header = field.label;
  const width = Math.max(header.length + 2, 10);
  const t = field.type;
  const ext = extensionColumn();
  if (ext && ext.field.key === field.key) {
    const header = ext.header;
    // One column for both schemes: the police maximum bounds it; a probation extension above its own maximum is the add-in's finding (NPF 2021 §5.4).
    const perYear = ext.unit === 'months' ? 12 : 1;
    const max = rb.policeMaxExtensionYears * perYear;
    return {
      header, field: field.key, width, numFmt: '0', validation: { kind: 'whole', min: 0, max },
      prompt: { title: header, text: `Whole ${ext.unit} of extension agreed: Probation at most ${rb.probationMaxExtensionYears * perYear}, Police at most ${max} (NPF 2021 §5.4). 0 or blank for none.` },
    };
  }
  switch (t.kind) {
    case 'date':
      return dateColumn(header, field.key);
    case 'fte':
      return { header, field: field.key, width, numFmt: '0.00', validation: { kind: 'decimal', min: 0.01, max: 1 }, prompt: { title: 'FTE', text: 'Full-time equivalent, above 0 and at most 1 (1 = full time).' } };
    case 'number':
      return { header, field: field.key, width, numFmt: '0.0', validation: { kind: 'decimal', min: 0, max: 100000 }, prompt: { title: header, text: 'A number, 0 or more.' } };
    case 'share':
      return { header, field: field.key, width, numFmt: '0%', validation: { kind: 'decimal', min: 0, max: 1 }, prompt: { title: header, text: 'A percentage, e.g. 12%.' } };
    case 'index':
      return { header, field: field.key, width, numFmt: '0.00', validation: { kind: 'decimal', min: 0, max: 1 }, prompt: { title: header, text: 'A score from 0 to 1.' } };
    case 'money':
      return { header, field: field.key, width: Math.max(width, 12), numFmt: '£#,##0.00', validation: { kind: 'decimal', min: 0, max: 10_000_000 }, prompt: { title: header, text: 'An amount in £, 0 or more.' } };
    case 'stage':
      return { header, field: field.key, width, numFmt: '0', validation: { kind: 'whole', min: 1, max: 5 }, prompt: { title: header, text: 'The stage reached, 1 to 5 (NPF 2021 §5.5).' } };
    case 'whole':
      return { header, field: field.key, width, numFmt: '0', validation: { kind: 'whole', min: 0, max: 1000 } };
    case 'yn':
      return { header, field: field.key, width, validation: { kind: 'list', list: 'Yes/No', strict: true }, prompt: { title: header, text: 'Y or N.' } };
    case 'band': {
      const name = 'Band';
      lists.set(name, [`Band ${rb.psoBand}`, `Band ${rb.poBand}`]);
      return { header, field: field.key, width, validation: { kind: 'list', list: name, strict: false }, prompt: { title: header, text: `PSO Band ${rb.psoBand}, PO Band ${rb.poBand} (E3 YOS proposals §7.3.2).` } };
    }
    case 'enum': {
      const name = listName(table, field);
      lists.set(name, [...t.allowed]);
      return { header, field: field.key, width: Math.max(width, ...t.allowed.map((a) => a.length + 3)), validation: { kind: 'list', list: name, strict: true } };
    }
    case 'text': {
      const org = field.key === 'pdu' ? known.pdus : field.key === 'yot' ? known.yots : field.key === 'region' ? [known.region] : null;
      if (org && org.length > 0) {
        lists.set(field.label, [...org]);
        // A new PDU or YOT gets a warning, not a refusal: the list is a help, not a wall.
        return { header, field: field.key, width: Math.max(width, ...org.map((o) => o.length + 3)), validation: { kind: 'list', list: field.label, strict: false } };
      }
      const wide = field.key === 'summary' ? 40 : field.key === 'yot' || field.key === 'pdu' ? 26 : /evidence/i.test(field.key) ? 22 : width;
      return { header, field: field.key, width: Math.max(width, wide) };
    }
    default:
      // A field type this template does not know yet: a plain column (the reader still reports what it can't read).
      return { header, field: field.key, width };
  }
}

/** Calculated columns of the secondment register (NPF 2021 §5.3–§5.4; London Protocol 2010 §2, §5). */
function secondmentCalculated(rb: RulebookValues, sec: TableSpec): TemplateColumn[] {
  const label = (key: string) => sec.fields.find((f) => f.key === key)?.label ?? key;
  const start = label('start');
  const scheme = label('scheme');
  const ext = extensionColumn();
  const actualEnd = label('actualEnd');
  const perYear = ext?.unit === 'months' ? 1 : 12;
  // N = months to the anniversary: 12 × initial term + the extension (NPF 2021 §5.4).
  const months = (r: RefOf) =>
    `(12*IF(${r(scheme)}="Police",${rb.policeInitialYears},${rb.probationInitialYears})${ext ? `+${perYear}*N(${r(ext.header)})` : ''})`;
  const probationOnly = (r: RefOf, expr: string) => `IF(OR(NOT(ISNUMBER(${r(start)})),${r(scheme)}="Police"),"",${expr})`;
  const asOf = AS_OF_REF;
  const soon = (due: string, done: string) => `AND(ISNUMBER(${due}),${done}="",${due}>=${asOf},${due}<=${asOf}+${DUE_SOON_DAYS})`;
  const late = (due: string, done: string) => `AND(ISNUMBER(${due}),${done}="",${due}<${asOf})`;
  const C = CALCULATED;
  return [
    {
      header: C.lastDay, width: 12, numFmt: DATE_FORMAT, due: { doneWhenBlank: [actualEnd] },
      // The day before the anniversary; where EDATE clamps (29 Feb, the 31st) the anniversary is the 1st of the next month, so the last day is the clamped date (docs/rules.md "Secondment term").
      formula: (r) => `IF(ISNUMBER(${r(start)}),IF(DAY(EDATE(${r(start)},${months(r)}))<DAY(${r(start)}),EDATE(${r(start)},${months(r)}),EDATE(${r(start)},${months(r)})-1),"")`,
    },
    {
      header: C.exitDue, width: 12, numFmt: DATE_FORMAT, due: { doneWhenBlank: [label('exitPlanningMeeting'), actualEnd] },
      formula: (r) => probationOnly(r, `IF(ISNUMBER(${r(C.lastDay)}),EDATE(${r(C.lastDay)},-${rb.exitPlanningMonthsBeforeEnd}),"")`),
    },
    {
      header: C.reviewDue, width: 12, numFmt: DATE_FORMAT, due: { doneWhenBlank: [label('sixMonthReview'), actualEnd] },
      formula: (r) => probationOnly(r, `EDATE(${r(start)},${rb.sixMonthReviewMonths})`),
    },
    {
      header: C.ppdaDue, width: 12, numFmt: DATE_FORMAT, due: { doneWhenBlank: [label('ppdaAgreed'), actualEnd] },
      formula: (r) => probationOnly(r, `EDATE(${r(start)},${rb.ppdaMonths})`),
    },
    {
      header: C.attention, width: 34,
      // The same as the red and amber fills, in words: colour is never the only signal.
      formula: (r) => {
        const items: [string, string, string][] = [
          [C.ppdaDue, label('ppdaAgreed'), 'PPDA'],
          [C.reviewDue, label('sixMonthReview'), 'Six-month review'],
          [C.exitDue, label('exitPlanningMeeting'), 'Exit planning meeting'],
          [C.lastDay, actualEnd, 'Last day'],
        ];
        const parts = items.flatMap(([due, done, what]) => [
          `IF(${late(r(due), r(done))},"${what} overdue. ","")`,
          `IF(${soon(r(due), r(done))},"${what} due within ${DUE_SOON_DAYS} days. ","")`,
        ]);
        return `IF(OR(NOT(ISNUMBER(${asOf})),NOT(ISNUMBER(${r(start)})),${r(actualEnd)}<>""),"",TRIM(${parts.join('&')}))`;
      },
    },
  ];
}

/** Calculated columns of the Vacancy Tracker (NPF 2021 §5.5). */
function vacancyCalculated(rb: RulebookValues, vac: TableSpec): TemplateColumn[] {
  const label = (key: string) => vac.fields.find((f) => f.key === key)?.label ?? key;
  const from = label('vacantFrom');
  const stage4 = label('stage4Date');
  const filled = label('filledDate');
  const C = CALCULATED;
  return [
    {
      header: C.stage4, width: 12, numFmt: DATE_FORMAT,
      formula: (r) => `IF(ISNUMBER(${r(from)}),EDATE(${r(from)},${rb.stage4WaitMonths}),"")`,
    },
    {
      header: C.stage5, width: 12, numFmt: DATE_FORMAT,
      // A further month after stage 4 (NPF 2021 §5.5 stage 5); before stage 4 is dated, the stage 4 and
      // stage 5 waits together after the post fell vacant, as the core reads it (calc/vacancy stage5Earliest).
      formula: (r) => `IF(ISNUMBER(${r(stage4)}),EDATE(${r(stage4)},${rb.stage5WaitMonthsAfterStage4}),IF(ISNUMBER(${r(from)}),EDATE(${r(from)},${stage5MonthsFromVacant(rb)}),""))`,
    },
    {
      header: C.daysVacant, width: 12, numFmt: '0',
      // To the filled date, else to the Board's As-of date (never TODAY(): a printed tracker must not change overnight).
      formula: (r) => `IF(NOT(ISNUMBER(${r(from)})),"",IF(ISNUMBER(${r(filled)}),${r(filled)}-${r(from)},IF(ISNUMBER(${AS_OF_REF}),MAX(0,${AS_OF_REF}-${r(from)}),"")))`,
    },
  ];
}

/** Disputes: escalate when unresolved after 28 days (NPF 2021 §9). */
function disputeCalculated(rb: RulebookValues, dis: TableSpec): TemplateColumn[] {
  const label = (key: string) => dis.fields.find((f) => f.key === key)?.label ?? key;
  return [
    {
      header: CALCULATED.escalateBy, width: 12, numFmt: DATE_FORMAT, due: { doneWhenBlank: [label('escalated'), label('resolved')] },
      formula: (r) => `IF(ISNUMBER(${r(label('raised'))}),${r(label('raised'))}+${rb.disputeEscalationDays},"")`,
    },
  ];
}

/** The Actions table (docs/workbook-format.md "Actions"): the board's actions, carried from quarter to quarter. */
function actionsTable(lists: Map<string, (string | number)[]>): TemplateTable {
  lists.set('Status', ['Open', 'Closed']);
  return {
    name: 'Actions',
    sheet: 'Actions',
    citation: 'NPF 2021 §5.5 vi (the YOGB)',
    columns: [
      { header: 'Action ID', width: 12 },
      { header: 'Action', width: 44 },
      { header: 'Owner', width: 20 },
      { ...dateColumn('Due'), due: { doneWhenBlank: ['Closed'] } },
      { header: 'Status', width: 10, validation: { kind: 'list', list: 'Status', strict: true } },
      dateColumn('Raised at'),
      dateColumn('Closed'),
    ],
  };
}

/** Known PDUs and YOTs of the region: from --pdus, the old tracker, or none. */
export interface KnownOrgs {
  readonly region: string;
  readonly pdus: readonly string[];
  readonly yots: readonly string[];
}

export interface TemplateOptions {
  readonly region: string;
  readonly rulebook: { readonly name: string; readonly values: RulebookValues };
  readonly pdus?: readonly string[];
  readonly yots?: readonly string[];
  /** Board dates (serials); an old tracker's unreadable value is kept as its text. */
  readonly board?: Partial<Record<'meetingDate' | 'trackerSubmitted' | 'asOf', Day | string | null>>;
  readonly data?: TemplateDocument['data'];
}

const SHEET_ORDER: readonly TableName[] = ['Secondments', 'Vacancies', 'Allocations', 'Disputes'];

/** Describe a tracker template for a region. */
export function buildTemplate(opts: TemplateOptions): TemplateDocument {
  const rb = opts.rulebook.values;
  const lists = new Map<string, (string | number)[]>();
  lists.set('Yes/No', ['Y', 'N']);
  const known: KnownOrgs = { region: opts.region, pdus: [...(opts.pdus ?? [])], yots: [...(opts.yots ?? [])] };
  const tables: TemplateTable[] = SHEET_ORDER.map((name) => {
    const spec = TABLE_SPECS[name];
    const inputs = spec.fields.filter((f) => !LEFT_OUT.has(f.key)).map((f) => inputColumn(name, f, rb, lists, known));
    const calculated =
      name === 'Secondments' ? secondmentCalculated(rb, spec) : name === 'Vacancies' ? vacancyCalculated(rb, spec) : name === 'Disputes' ? disputeCalculated(rb, spec) : [];
    return { name, sheet: name, columns: [...inputs, ...calculated], citation: spec.citation };
  });
  tables.push(actionsTable(lists));
  const b = opts.board ?? {};
  const board = [
    { label: BOARD_FIELDS.region.label, value: opts.region, date: false },
    { label: BOARD_FIELDS.meetingDate.label, value: b.meetingDate ?? null, date: true },
    { label: BOARD_FIELDS.trackerSubmitted.label, value: b.trackerSubmitted ?? null, date: true },
    { label: BOARD_FIELDS.asOf.label, value: b.asOf ?? null, date: true },
  ];
  const dataRows = Math.max(0, ...Object.values(opts.data ?? {}).map((rows) => rows?.length ?? 0));
  return {
    region: opts.region,
    rulebookName: opts.rulebook.name,
    board,
    tables,
    lists: [...lists.entries()].map(([name, values]) => ({ name, values })),
    howTo: howToText(opts.region, opts.rulebook.name, rb),
    rows: Math.max(TEMPLATE_ROWS, dataRows + 50),
    data: opts.data ?? {},
  };
}

function howToText(region: string, rulebookName: string, rb: RulebookValues): string[] {
  const ext = extensionColumn();
  const perYear = ext?.unit === 'months' ? 12 : 1;
  return [
    `How to fill this in: ${region} YOS secondment register and Vacancy Tracker`,
    `Checked against: ${rulebookName}. Dates are dd/mm/yyyy. Grey columns are calculated: leave them alone, they work without the add-in.`,
    '## Board',
    `Fill in the YOGB meeting date, the date you submit the tracker (at least ${rb.trackerDaysBeforeMeeting} days before the meeting, NPF 2021 §5.5 vi) and the As-of date. Every "overdue" and "due within ${DUE_SOON_DAYS} days" in this workbook is counted to the As-of date, so a printed copy does not change overnight.`,
    '## Secondments (NPF 2021 §5.3–§5.4)',
    'One row per secondment. Pick Scheme, Role, Band and Nation from the drop-downs. Enter the start date and the vetting date (vetting must clear before the start, NPF 2021 §5.3).',
    `Extension: whole ${ext?.unit ?? 'years'} agreed beyond the initial ${rb.probationInitialYears} years — Probation at most ${rb.probationMaxExtensionYears * perYear} ("2+1", NPF 2021 §5.4), Police up to ${rb.policeMaxExtensionYears * perYear} (YOT Police Review 2010 §5.10.2). Whole ${ext?.unit ?? 'years'} in a column that says so leave no doubt about what a number means.`,
    `Last day is the day before the anniversary of the start; when that month has no such day (29 February, the 31st) it is the last day of the month. PPDA is due ${rb.ppdaMonths} month after the start, the six-month review ${rb.sixMonthReviewMonths} months after, and the exit planning meeting ${rb.exitPlanningMonthsBeforeEnd} months before the last day (London Protocol 2010 §2, §5). These are probation duties; police rows leave them blank.`,
    'Attention says in words which dates are overdue or due soon; the same dates are red (overdue) or amber (due soon).',
    '## Vacancies (NPF 2021 §5.5)',
    `One row per vacant post. Date each stage as it starts and note its evidence (NPF 2021 §5.5 i). Stage 4 may start ${rb.stage4WaitMonths} months after the post fell vacant, stage 5 ${rb.stage5WaitMonthsAfterStage4} month after stage 4: the calculated columns give the earliest dates. A YOT may never fill a Probation post permanently (NPF 2021 §5.5 iv).`,
    '## Allocations (NPF 2021 §5.1)',
    'One row per YOT: average caseload, serious youth violence share and deprivation index.',
    '## Disputes (NPF 2021 §9)',
    `One row per dispute. Escalate by is ${rb.disputeEscalationDays} days after it was raised; report escalated disputes to the YOGB.`,
    '## Actions',
    'The board\'s actions, carried from quarter to quarter: Status Open or Closed, with the date closed.',
    '## Adding columns',
    'The sheets are not protected: add columns of your own at the right of a table; the add-in ignores columns it does not know.',
  ];
}

/** The formula text (with '=') of a calculated column on a sheet row; tables start at A1. */
export function formulaAt(table: TemplateTable, column: TemplateColumn, row: number): string {
  const ref: RefOf = (header) => {
    const i = table.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`The template's ${table.name} table has no column "${header}"`);
    return `${columnLetter(i + 1)}${row}`;
  };
  return `=${column.formula!(ref)}`;
}

/** The conditional-format formulas (without '=') of a watched date on a row: red (overdue) and amber (due soon). */
export function dueFormulas(table: TemplateTable, column: TemplateColumn, row: number): { overdue: string; soon: string } {
  const ref = (h: string) => {
    const i = table.columns.findIndex((c) => c.header === h);
    return `$${columnLetter(i + 1)}${row}`;
  };
  const due = ref(column.header);
  const done = (column.due?.doneWhenBlank ?? []).map((h) => `${ref(h)}=""`);
  const open = done.length > 0 ? `,${done.join(',')}` : '';
  return {
    overdue: `AND(ISNUMBER(${AS_OF_REF}),ISNUMBER(${due})${open},${due}<${AS_OF_REF})`,
    soon: `AND(ISNUMBER(${AS_OF_REF}),ISNUMBER(${due})${open},${due}>=${AS_OF_REF},${due}<=${AS_OF_REF}+${DUE_SOON_DAYS})`,
  };
}

/** The cell range of a list on the Lists sheet (one list per column, header in row 1). */
export function listRange(doc: TemplateDocument, name: string): string {
  const i = doc.lists.findIndex((l) => l.name === name);
  const list = doc.lists[i]!;
  const col = columnLetter(i + 1);
  return `${LISTS_SHEET}!$${col}$2:$${col}$${list.values.length + 1}`;
}
