/**
 * The fields of each table, their header synonyms and types
 * (docs/workbook-format.md). Synonyms are examples, not a closed
 * list: a user can map any other header to a field (ColumnMapping).
 */
import type { TableName } from './types';

export type FieldType =
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  /** FTE: a number in (0, 1]. */
  | { readonly kind: 'fte' }
  /** A number ≥ 0 (caseload). */
  | { readonly kind: 'number' }
  /** A share: a fraction in [0, 1] or a percentage in (1, 100]; stored as a fraction. */
  | { readonly kind: 'share' }
  /** An index in [0, 1]. */
  | { readonly kind: 'index' }
  /** A whole number ≥ 0; Y/N read as 1/0. */
  | { readonly kind: 'whole' }
  /** A length of extension, held in months (./extension.ts); a bare number is `bareUnit`. */
  | { readonly kind: 'extension'; readonly bareUnit: 'years' | 'months' }
  | { readonly kind: 'yn' }
  /** Money in £, ≥ 0; '£6,200' is read as 6200. */
  | { readonly kind: 'money' }
  /** A pay band: 'Band 4', 'B4' or 4. */
  | { readonly kind: 'band' }
  /** A vacancy stage, 1–5. */
  | { readonly kind: 'stage' }
  /** One of a list; `aliases` maps a normalised spelling to the canonical value. */
  | { readonly kind: 'enum'; readonly aliases: Readonly<Record<string, string>>; readonly allowed: readonly string[] };

export interface FieldSpec {
  readonly key: string;
  /** The field's name as users see it (and the canonical header). */
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly type: FieldType;
  /** true: every row needs it; 'probation': rows of a Probation secondment need it. */
  readonly required?: boolean | 'probation';
  /** Keys this field had before, so a column mapping saved in an older workbook still finds it. */
  readonly formerKeys?: readonly string[];
  /** Also counts towards header-row detection (ID-like and core fields). */
}

export interface TableSpec {
  readonly name: TableName;
  /** The field whose value is a record's key in findings. */
  readonly keyField: string;
  readonly fields: readonly FieldSpec[];
  readonly citation: string;
}

function enumType(values: Record<string, readonly string[]>): FieldType {
  const aliases: Record<string, string> = {};
  for (const [canonical, spellings] of Object.entries(values)) {
    aliases[normaliseHeader(canonical)] = canonical;
    for (const s of spellings) aliases[normaliseHeader(s)] = canonical;
  }
  return { kind: 'enum', aliases, allowed: Object.keys(values) };
}

/**
 * Lower case, letters and digits only: 'Start date' and 'START-DATE' and
 * 'start_date' all become 'startdate'.
 */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const TEXT: FieldType = { kind: 'text' };
const DATE: FieldType = { kind: 'date' };

const NATION = enumType({ England: ['Eng', 'E'], Wales: ['Cymru', 'W'] });
export const SECONDMENT_ROLE = enumType({
  PO: ['Probation Officer', 'Probation Officer (PO)', 'Band 4 PO'],
  PSO: ['Probation Services Officer', 'Probation Service Officer', 'Band 3 PSO'],
  'Police Officer': ['Police', 'PC', 'YOT PC', 'Police constable', 'YOT police officer'],
});
const VACANCY_ROLE = enumType({
  PO: ['Probation Officer'],
  PSO: ['Probation Services Officer', 'Probation Service Officer'],
});
const SCHEME = enumType({
  Probation: ['Probation Service', 'NPS', 'HMPPS', 'Probation Service (HMPPS)'],
  Police: ['Police Service', 'Constabulary'],
});
const FILLED_BY = enumType({
  Probation: ['Probation officer', 'Probation Service', 'Internal'],
  'Agency temp': ['Agency', 'Agency temporary'],
  'YOT temp': ['YOT temporary', 'YOS temp'],
  'YOT permanent': ['YOT perm', 'YOS permanent', 'Permanent'],
});
const REASON = enumType({
  Leaver: ['Resignation', 'Left'],
  'End of secondment': ['Secondment ended', 'End of term'],
  Maternity: ['Maternity leave', 'Adoption leave', 'Shared parental leave'],
  'Long-term sickness': ['Sickness', 'Long term sickness', 'LTS', 'Sickness cover'],
  Cover: ['Other cover', 'Secondment cover', 'Cover for secondee', 'Maternity cover'],
  'New post': ['New', 'Additional post'],
});

const ORG_FIELDS: readonly FieldSpec[] = [
  { key: 'region', label: 'Region', synonyms: ['Probation region'], type: TEXT, required: true },
  { key: 'pdu', label: 'PDU', synonyms: ['Probation Delivery Unit', 'Delivery unit'], type: TEXT, required: true },
  { key: 'yot', label: 'YOT', synonyms: ['YOS', 'Youth Offending Team', 'Youth Offending Service', 'Service', 'YJS', 'Youth Justice Service'], type: TEXT, required: true },
  { key: 'nation', label: 'Nation', synonyms: ['Country'], type: NATION },
];

export const SECONDMENTS: TableSpec = {
  name: 'Secondments',
  keyField: 'id',
  citation: 'NPF 2021 §5.3–§5.4',
  fields: [
    { key: 'id', label: 'Secondment ID', synonyms: ['ID', 'Ref', 'Post ref', 'Reference'], type: TEXT, required: true },
    ...ORG_FIELDS,
    { key: 'scheme', label: 'Scheme', synonyms: ['Agency', 'Home agency', 'Employer'], type: SCHEME },
    { key: 'role', label: 'Role', synonyms: ['Post', 'Grade type', 'Post type'], type: SECONDMENT_ROLE, required: true },
    { key: 'band', label: 'Band', synonyms: ['Grade', 'Pay band'], type: { kind: 'band' } },
    { key: 'secondee', label: 'Secondee', synonyms: ['Name', 'Secondee name', 'Officer'], type: TEXT },
    { key: 'fte', label: 'FTE', synonyms: ['Hours (FTE)', 'FTE seconded', 'WTE'], type: { kind: 'fte' }, required: true },
    { key: 'start', label: 'Start date', synonyms: ['Secondment start', 'Started', 'Start'], type: DATE, required: true },
    {
      key: 'extensionMonths', label: 'Extension', synonyms: ['Extension years', 'Extension months', 'Extended', 'Extension (years)', 'Extension (months)', 'Extension agreed'],
      type: { kind: 'extension', bareUnit: 'years' }, formerKeys: ['extensionYears'],
    },
    { key: 'plannedEnd', label: 'Planned end date', synonyms: ['End date (planned)', 'Planned end', 'Due to end'], type: DATE },
    { key: 'actualEnd', label: 'Actual end date', synonyms: ['Ended', 'Left', 'Date left', 'Actual end'], type: DATE },
    // Vetting "by The Probation Service" (NPF 2021 §5.3) is a duty for probation secondees: police rows may leave it blank.
    { key: 'vettingCleared', label: 'Vetting cleared', synonyms: ['Vetting date', 'Vetting', 'Vetting cleared date'], type: DATE, required: 'probation' },
    { key: 'authorised', label: 'Authorised officer', synonyms: ['Authorised', 'PI 31/2014', 'Authorisation'], type: { kind: 'yn' }, required: 'probation' },
    { key: 'ppdaAgreed', label: 'PPDA agreed', synonyms: ['SPDR agreed', 'PPDA', 'SPDR'], type: DATE },
    { key: 'sixMonthReview', label: 'Six-month review', synonyms: ['6 month review', 'Six month review', '6-month review'], type: DATE },
    { key: 'lastThreeWayReview', label: 'Last three-way review', synonyms: ['Three-way review', 'Last 3-way review', '3-way review', 'Last review'], type: DATE },
    { key: 'exitPlanningMeeting', label: 'Exit planning meeting', synonyms: ['Exit meeting', 'Exit planning', 'Exit planning date'], type: DATE },
    // Police secondees' annual Personal Development Review (YOT Police Review 2010 §5.10.4.1). Optional: older registers lack it.
    { key: 'lastPdr', label: 'Last PDR', synonyms: ['PDR', 'Last PDR date', 'Annual review', 'PDR date'], type: DATE },
  ],
};

const stageFields: FieldSpec[] = [];
for (let n = 1; n <= 5; n++) {
  stageFields.push(
    { key: `stage${n}Date`, label: `Stage ${n} date`, synonyms: [`S${n} date`, `Stage ${n}`, `Stage ${n} reached`], type: DATE },
    { key: `stage${n}Evidence`, label: `Stage ${n} evidence`, synonyms: [`S${n} evidence`, `Stage ${n} evidence ref`, `Stage ${n} ref`], type: TEXT },
  );
}

export const VACANCIES: TableSpec = {
  name: 'Vacancies',
  keyField: 'id',
  citation: 'NPF 2021 §5.5',
  fields: [
    { key: 'id', label: 'Vacancy ID', synonyms: ['ID', 'Ref', 'Reference', 'Post ref'], type: TEXT, required: true },
    ...ORG_FIELDS,
    { key: 'role', label: 'Role', synonyms: ['Post', 'Post type'], type: VACANCY_ROLE, required: true },
    { key: 'fte', label: 'FTE', synonyms: ['Hours (FTE)', 'WTE'], type: { kind: 'fte' }, required: true },
    { key: 'vacantFrom', label: 'Vacant from', synonyms: ['Date vacant', 'Vacancy start', 'Vacant since'], type: DATE, required: true },
    { key: 'reason', label: 'Reason', synonyms: ['Vacancy reason', 'Reason for vacancy'], type: REASON },
    { key: 'currentStage', label: 'Current stage', synonyms: ['Stage'], type: { kind: 'stage' } },
    ...stageFields,
    { key: 'yotInformed', label: 'YOT informed', synonyms: ['Date YOT manager informed', 'YOT manager informed', 'YOS informed'], type: DATE },
    { key: 'tempInvoice', label: 'Temp invoice', synonyms: ['Stage 4 invoice (£)', 'Stage 4 invoice', 'Temp invoice (£)'], type: { kind: 'money' } },
    { key: 'reimbursement', label: 'Reimbursement claimed', synonyms: ['Stage 5 reimbursement (£)', 'Stage 5 reimbursement', 'Reimbursement'], type: { kind: 'money' } },
    { key: 'filledDate', label: 'Filled date', synonyms: ['Date filled', 'Filled'], type: DATE },
    { key: 'filledBy', label: 'Filled by', synonyms: ['Filled with'], type: FILLED_BY },
    { key: 'tempCoverEnded', label: 'Temp cover ended', synonyms: ['Temporary cover ended', 'Temp ended'], type: DATE },
    // A cover vacancy names the secondment it covers (NPF 2021 §5.6): the same post, not charged twice (§5.4).
    { key: 'covers', label: 'Covers', synonyms: ['Cover for', 'Covering', 'Covers secondment'], type: TEXT },
  ],
};

const deprivationFactors: FieldSpec[] = [];
for (let n = 1; n <= 7; n++) {
  deprivationFactors.push({ key: `deprivation${n}`, label: `Deprivation ${n}`, synonyms: [`Deprivation factor ${n}`, `Factor ${n}`], type: { kind: 'index' } });
}

export const ALLOCATIONS: TableSpec = {
  name: 'Allocations',
  keyField: 'yot',
  citation: 'NPF 2021 §5.1',
  fields: [
    { key: 'yot', label: 'YOT', synonyms: ['YOS', 'Youth Offending Team', 'Youth Offending Service', 'Service', 'YJS'], type: TEXT, required: true },
    { key: 'pdu', label: 'PDU', synonyms: ['Probation Delivery Unit'], type: TEXT },
    { key: 'region', label: 'Region', synonyms: ['Probation region'], type: TEXT },
    { key: 'nation', label: 'Nation', synonyms: ['Country'], type: NATION },
    { key: 'caseload', label: 'Caseload', synonyms: ['Average caseload', 'Cases'], type: { kind: 'number' }, required: true },
    { key: 'syvShare', label: 'SYV share', synonyms: ['Serious youth violence share', 'SYV', 'SYV %'], type: { kind: 'share' } },
    { key: 'deprivationIndex', label: 'Deprivation index', synonyms: ['Deprivation'], type: { kind: 'index' } },
    ...deprivationFactors,
  ],
};

export const DISPUTES: TableSpec = {
  name: 'Disputes',
  keyField: 'id',
  citation: 'NPF 2021 §9',
  fields: [
    { key: 'id', label: 'Dispute ID', synonyms: ['ID', 'Ref', 'Reference'], type: TEXT, required: true },
    { key: 'yot', label: 'YOT', synonyms: ['YOS', 'Youth Offending Team', 'Service', 'YJS'], type: TEXT, required: true },
    { key: 'raised', label: 'Raised', synonyms: ['Date raised', 'Raised on'], type: DATE, required: true },
    { key: 'escalated', label: 'Escalated', synonyms: ['Date escalated', 'Escalated on'], type: DATE },
    { key: 'resolved', label: 'Resolved', synonyms: ['Date resolved', 'Resolved on'], type: DATE },
    { key: 'reportedToYogb', label: 'Reported to YOGB', synonyms: ['Reported to board', 'YOGB reported'], type: DATE },
    { key: 'summary', label: 'Summary', synonyms: ['Description', 'Issue'], type: TEXT },
  ],
};

/** The board's actions, carried from quarter to quarter (optional, like Disputes; docs/workbook-format.md "Actions"). */
export const ACTIONS: TableSpec = {
  name: 'Actions',
  keyField: 'id',
  citation: 'NPF 2021 §5.5 vi',
  fields: [
    { key: 'id', label: 'Action ID', synonyms: ['ID', 'Ref', 'Reference', 'Action ref'], type: TEXT, required: true },
    { key: 'action', label: 'Action', synonyms: ['Description', 'Action agreed'], type: TEXT },
    { key: 'owner', label: 'Owner', synonyms: ['Action owner', 'Lead', 'Who'], type: TEXT },
    { key: 'due', label: 'Due', synonyms: ['Due date', 'Due by', 'By when'], type: DATE },
    { key: 'status', label: 'Status', synonyms: ['State'], type: enumType({ Open: ['O', 'Ongoing', 'In progress'], Closed: ['C', 'Done', 'Complete', 'Completed'] }) },
    { key: 'raisedAt', label: 'Raised at', synonyms: ['Raised', 'Raised on', 'Meeting raised', 'YOGB raised'], type: DATE },
    { key: 'closed', label: 'Closed', synonyms: ['Date closed', 'Closed on', 'Completed on'], type: DATE },
  ],
};

export const TABLE_SPECS: Readonly<Record<TableName, TableSpec>> = {
  Secondments: SECONDMENTS,
  Vacancies: VACANCIES,
  Allocations: ALLOCATIONS,
  Disputes: DISPUTES,
  Actions: ACTIONS,
};

/** The Board details: label synonyms (label in one cell, its value in the next). */
export const BOARD_FIELDS = {
  region: { label: 'Region', synonyms: ['Region', 'Probation region'], type: TEXT },
  meetingDate: { label: 'YOGB meeting date', synonyms: ['YOGB meeting date', 'Meeting date', 'Board date', 'YOGB date', 'YOGB meeting'], type: DATE },
  trackerSubmitted: { label: 'Tracker submitted', synonyms: ['Tracker submitted', 'Tracker submitted date', 'Submitted', 'Date submitted'], type: DATE },
  asOf: { label: 'As-of date', synonyms: ['As-of date', 'As of', 'As at', 'Position as at', 'Reporting date'], type: DATE },
} as const;

