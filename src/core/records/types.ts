/**
 * What the adapters hand the core (raw grids of cells) and what the core makes
 * of them (typed records). See docs/workbook-format.md.
 */
import type { Day } from '../dates';

/**
 * One cell as an adapter reads it. Dates arrive as Excel serial numbers (the
 * Office.js `values` form; the xlsx adapter converts exceljs's Dates), text as
 * strings, blanks as null.
 */
export type Cell = string | number | boolean | null;

/** A rectangle of cells read from a worksheet: an Excel table's range, or a sheet's used range. */
export interface Grid {
  /** 'table' for an Excel table (ListObject), whose first row is its header row; 'sheet' for a worksheet's used range. */
  readonly kind: 'table' | 'sheet';
  /** The worksheet the cells are on. */
  readonly sheet: string;
  /** Sheet row (1-based, as Excel numbers rows) of the grid's first row. */
  readonly originRow: number;
  /** Sheet column (1-based: A = 1) of the grid's first column. */
  readonly originCol: number;
  /** Rows of cells; rows may be shorter than the widest. */
  readonly values: readonly (readonly Cell[])[];
}

export const TABLE_NAMES = ['Secondments', 'Vacancies', 'Allocations', 'Disputes', 'Actions'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A user's column mapping: for a table, workbook header text → field key (or 'ignore'). Saved in the workbook. */
export type ColumnMapping = Partial<Record<TableName, Record<string, string>>>;

/**
 * Everything the core needs from a workbook, read by an adapter in one go.
 * `grids[name]` is the Excel table of that name if there is one, else the
 * worksheet of that name, else absent.
 */
export interface RawWorkbook {
  /** Where the workbook came from, for messages: a file name or "this workbook". */
  readonly source: string;
  readonly sheetNames: readonly string[];
  readonly grids: Partial<Record<TableName, Grid>>;
  /** The Board sheet's used range, if there is one. */
  readonly board?: Grid;
  /** Workbook-level defined names and their (single-cell) values, e.g. { 'YOGB_meeting_date': 45951 }. */
  readonly names?: Readonly<Record<string, Cell>>;
  /** A column mapping saved in the workbook's settings. */
  readonly mapping?: ColumnMapping;
}

export type Nation = 'England' | 'Wales';
export type Scheme = 'Probation' | 'Police';
export type SecondmentRole = 'PO' | 'PSO' | 'Police Officer';
export type VacancyRole = 'PO' | 'PSO';
export type FilledBy = 'Probation' | 'Agency temp' | 'YOT temp' | 'YOT permanent';
export type VacancyReason = 'Leaver' | 'End of secondment' | 'Maternity' | 'Long-term sickness' | 'Cover' | 'New post';

/** Where a record is: its sheet row, and for each field the column it was read from. */
export interface RecordBase {
  readonly table: TableName;
  /** Sheet row, as Excel numbers it. */
  readonly row: number;
  /**
   * Fields whose cell held something that could not be read (reported under
   * data/*). Their value is null; rules that need them skip the record.
   */
  readonly invalid: ReadonlySet<string>;
}

/** A row of the secondment register (one secondment). Blank optional cells are null. */
export interface Secondment extends RecordBase {
  readonly table: 'Secondments';
  readonly id: string | null;
  readonly region: string | null;
  readonly pdu: string | null;
  readonly yot: string | null;
  readonly nation: Nation;
  readonly scheme: Scheme;
  readonly role: SecondmentRole | null;
  readonly band: number | null;
  readonly secondee: string | null;
  readonly fte: number | null;
  readonly start: Day | null;
  /** Months of extension agreed (London Protocol 2010 §2: part years allowed); 0 when none. */
  readonly extensionMonths: number;
  readonly plannedEnd: Day | null;
  readonly actualEnd: Day | null;
  readonly vettingCleared: Day | null;
  readonly authorised: boolean | null;
  readonly ppdaAgreed: Day | null;
  readonly sixMonthReview: Day | null;
  readonly lastThreeWayReview: Day | null;
  readonly exitPlanningMeeting: Day | null;
  /** Police secondees' last annual PDR (YOT Police Review 2010 §5.10.4.1); null when blank or the column is absent. */
  readonly lastPdr: Day | null;
}

/** A row of the Vacancy Tracker (one vacant post). */
export interface Vacancy extends RecordBase {
  readonly table: 'Vacancies';
  readonly id: string | null;
  readonly region: string | null;
  readonly pdu: string | null;
  readonly yot: string | null;
  readonly nation: Nation;
  readonly role: VacancyRole | null;
  readonly fte: number | null;
  readonly vacantFrom: Day | null;
  readonly reason: VacancyReason | null;
  readonly currentStage: number | null;
  /** Stage dates by stage number: index 1–5 (index 0 unused). */
  readonly stageDates: readonly (Day | null)[];
  /** Stage evidence references by stage number: index 1–5. */
  readonly stageEvidence: readonly (string | null)[];
  readonly yotInformed: Day | null;
  readonly tempInvoice: number | null;
  readonly reimbursement: number | null;
  readonly filledDate: Day | null;
  readonly filledBy: FilledBy | null;
  /** The Filled by cell's own words ("YOS permanent"), for messages that quote it. */
  readonly filledByText: string | null;
  /** The Secondment ID this vacancy is cover for (Covers column), if given. */
  readonly covers: string | null;
  readonly tempCoverEnded: Day | null;
}

/** A row of Allocations (one YOT's resource formula inputs). */
export interface Allocation extends RecordBase {
  readonly table: 'Allocations';
  readonly yot: string | null;
  readonly pdu: string | null;
  readonly region: string | null;
  readonly nation: Nation;
  readonly caseload: number | null;
  /** Serious youth violence share as a fraction in [0, 1]; null when no data. */
  readonly syvShare: number | null;
  /** Deprivation index in [0, 1] (given, or the mean of the factor columns); null when no data. */
  readonly deprivationIndex: number | null;
}

/** A row of Disputes. */
export interface Dispute extends RecordBase {
  readonly table: 'Disputes';
  readonly id: string | null;
  readonly yot: string | null;
  readonly raised: Day | null;
  readonly escalated: Day | null;
  readonly resolved: Day | null;
  readonly reportedToYogb: Day | null;
  readonly summary: string | null;
}

/** A row of Actions: the board's actions, carried from quarter to quarter (NPF 2021 §5.5 vi, the YOGB). */
export interface BoardAction extends RecordBase {
  readonly table: 'Actions';
  readonly id: string | null;
  readonly action: string | null;
  /** A person's name or a role: personal data, withheld from the pack unless names are asked for. */
  readonly owner: string | null;
  readonly due: Day | null;
  readonly status: 'Open' | 'Closed' | null;
  readonly raisedAt: Day | null;
  readonly closed: Day | null;
}

export type BoardField = 'region' | 'meetingDate' | 'trackerSubmitted' | 'asOf';

/** The Board details: from the Board sheet or defined names. */
export interface Board {
  readonly region: string | null;
  readonly meetingDate: Day | null;
  readonly trackerSubmitted: Day | null;
  readonly asOf: Day | null;
  /** Where each value is on the Board sheet (absent when it came from a defined name). */
  readonly cells: Readonly<Partial<Record<BoardField, { readonly row: number; readonly col: number; readonly label: string }>>>;
  readonly invalid: ReadonlySet<string>;
}

/** How one table was read: where, and which header went to which field. */
export interface TableLayout {
  readonly table: TableName;
  readonly sheet: string;
  readonly source: 'table' | 'sheet';
  readonly headerRow: number;
  /** field key → the column it was read from. */
  readonly columns: Readonly<Record<string, { readonly header: string; readonly col: number }>>;
  /** Headers that matched no field (kept in the workbook, ignored here). */
  readonly unmatched: readonly { readonly header: string; readonly col: number }[];
  /** Required fields with no column. */
  readonly missingFields: readonly string[];
  /** Data rows read (blank rows skipped). */
  readonly rowCount: number;
}

/** Every record of one workbook, parsed once. */
export interface Records {
  readonly source: string;
  readonly secondments: readonly Secondment[];
  readonly vacancies: readonly Vacancy[];
  readonly allocations: readonly Allocation[];
  readonly disputes: readonly Dispute[];
  /** The optional Actions table (empty when the workbook has none). */
  readonly actions: readonly BoardAction[];
  readonly board: Board;
  readonly layouts: Readonly<Partial<Record<TableName, TableLayout>>>;
  /** Tables the workbook has (Allocations, Disputes and Actions are optional). */
  readonly present: ReadonlySet<TableName>;
}
