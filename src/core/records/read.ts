/**
 * From raw grids to typed records, once, at the boundary (parse, don't validate, as zod does):
 * the header row is found under any title rows, headers are matched by synonym
 * (or the user's saved mapping), blank rows are skipped, and every cell that
 * can't be read becomes a data/* finding, never a throw.
 *
 * Longer than most modules (about 575 lines): finding the header row, matching
 * headers and turning each table's rows into records is one pass the four tables
 * share; each table's own part is a short declarative mapping (toSecondments,
 * toVacancies, …) that mirrors records/types.ts field by field.
 */
import type { Day } from '../dates';
import { count, type Finding } from '../rules/define';
import { makeFinding, type Location } from '../rules/finding';
import missingTable from '../rules/data/missing-table';
import missingField from '../rules/data/missing-field';
import invalidDate from '../rules/data/invalid-date';
import invalidValue from '../rules/data/invalid-value';
import { deprivationIndex as meanOfFactors } from '../calc/allocation';
import { BOARD_FIELDS, normaliseHeader, TABLE_SPECS, type FieldSpec, type TableSpec } from './schema';
import { cellText, foundText, isBlank, readCell } from './values';
import { headerSaysMonths } from './extension';
import { visible } from '../privacy';
import type {
  Allocation,
  Board,
  Cell,
  ColumnMapping,
  Dispute,
  BoardAction,
  Grid,
  RawWorkbook,
  Records,
  Secondment,
  TableLayout,
  TableName,
  Vacancy,
} from './types';

/** How many rows at the top of a sheet are searched for the header row. */
const HEADER_SCAN_ROWS = 30;
/** A row is the header row when at least this many cells match known headers (docs/workbook-format.md). */
const HEADER_MIN_MATCHES = 3;
/** Longest text looked at as a header or Board label. */
const MAX_HEADER_LENGTH = 200;
/** How far the Board sheet is searched for its labels. */
const BOARD_SCAN_ROWS = 200;
const BOARD_SCAN_COLS = 50;

/** The ways a header may be written down: as it is, and without a trailing unit such as "(date)" or "(£)". */
function headerForms(header: string): string[] {
  // No header is anywhere near this long; a longer cell (a title, a pasted paragraph) matches nothing, at no cost.
  if (header.length > MAX_HEADER_LENGTH) return [];
  const whole = normaliseHeader(header);
  // A trailing "(unit)": found by position, not by a regex that backtracks over runs of spaces or brackets.
  const t = header.trimEnd();
  const open = t.endsWith(')') ? t.lastIndexOf('(') : -1;
  const stripped = open >= 0 && !t.slice(open + 1, -1).includes(')') ? normaliseHeader(t.slice(0, open)) : whole;
  return stripped && stripped !== whole ? [whole, stripped] : [whole];
}

type SynonymIndex = ReadonlyMap<string, FieldSpec>;
const synonymIndexes = new Map<TableName, SynonymIndex>();

function synonymIndex(spec: TableSpec): SynonymIndex {
  let index = synonymIndexes.get(spec.name);
  if (!index) {
    const m = new Map<string, FieldSpec>();
    for (const f of spec.fields) {
      for (const s of [f.label, ...f.synonyms]) {
        const k = normaliseHeader(s);
        if (!m.has(k)) m.set(k, f);
      }
    }
    index = m;
    synonymIndexes.set(spec.name, index);
  }
  return index;
}

/** The field a header names, by the user's mapping first, then by synonym; undefined if none. */
export function matchHeader(spec: TableSpec, header: string, mapping?: Record<string, string>): FieldSpec | 'ignore' | undefined {
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  const mapped = mapping?.[header.trim()];
  if (mapped !== undefined) {
    if (mapped === 'ignore') return 'ignore';
    const f = spec.fields.find((x) => x.key === mapped || x.formerKeys?.includes(mapped));
    if (f) return f;
  }
  const index = synonymIndex(spec);
  for (const form of headerForms(header)) {
    const f = index.get(form);
    if (f) return f;
  }
  return undefined;
}

function countMatches(spec: TableSpec, row: readonly Cell[], mapping?: Record<string, string>): number {
  let n = 0;
  for (const c of row) {
    if (typeof c === 'string' && c.trim() !== '') {
      const f = matchHeader(spec, c, mapping);
      if (f && f !== 'ignore') n++;
    }
  }
  return n;
}

/** One parsed row: field key → value (null when blank or unreadable), plus what was unreadable. */
interface ParsedRow {
  readonly row: number;
  readonly values: Record<string, string | number | boolean | null>;
  /** Shared empty set until the row's first unreadable field (most rows have none). */
  invalid: ReadonlySet<string>;
}

function markInvalid(r: ParsedRow, key: string): void {
  const s = r.invalid === NO_INVALID ? new Set<string>() : (r.invalid as Set<string>);
  s.add(key);
  r.invalid = s;
}

interface ParsedTable {
  readonly layout: TableLayout;
  readonly rows: ParsedRow[];
}

const NO_INVALID: ReadonlySet<string> = new Set();
const NO_CELLS: readonly Cell[] = [];

/** Parse one grid as a table. Findings are pushed onto `findings`. Returns null when no header row is found. */
export function parseGrid(grid: Grid, spec: TableSpec, findings: Finding[], mapping?: Record<string, string>): ParsedTable | null {
  const values = grid.values;
  let headerIndex = -1;
  if (grid.kind === 'table') {
    headerIndex = values.length > 0 ? 0 : -1;
  } else {
    const scan = Math.min(values.length, HEADER_SCAN_ROWS);
    for (let i = 0; i < scan; i++) {
      if (countMatches(spec, values[i]!, mapping) >= HEADER_MIN_MATCHES) {
        headerIndex = i;
        break;
      }
    }
  }
  if (headerIndex < 0) {
    findings.push(
      makeFinding(missingTable, 'noHeader', {
        sheet: grid.sheet,
        table: spec.name,
        examples: spec.fields.slice(0, 5).map((f) => f.label).join(', '),
        scanned: Math.min(values.length, HEADER_SCAN_ROWS),
      }, { table: spec.name, sheet: grid.sheet, row: null, col: null, header: null, key: null }),
    );
    return null;
  }

  const headerRow = grid.originRow + headerIndex;
  const headers = values[headerIndex]!;
  const columns: Record<string, { header: string; col: number }> = {};
  const unmatched: { header: string; col: number }[] = [];
  /** Per grid column: the field read from it, or null. */
  const fieldAt: (FieldSpec | null)[] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = cellText(headers[i]);
    const col = grid.originCol + i;
    if (h === '') {
      fieldAt.push(null);
      continue;
    }
    const f = matchHeader(spec, h, mapping);
    if (f === 'ignore') {
      fieldAt.push(null);
    } else if (f && !columns[f.key]) {
      columns[f.key] = { header: h, col };
      // An extension column headed in months reads a bare number as months (./extension.ts).
      fieldAt.push(f.type.kind === 'extension' && headerSaysMonths(h) ? { ...f, type: { kind: 'extension', bareUnit: 'months' } } : f);
    } else {
      // Unknown, or a second column for a field already found: kept in the workbook, ignored here.
      unmatched.push({ header: h, col });
      fieldAt.push(null);
    }
  }

  const missingFields = spec.fields.filter((f) => f.required && !columns[f.key]).map((f) => f.key);
  for (const key of missingFields) {
    const f = spec.fields.find((x) => x.key === key)!;
    findings.push(
      makeFinding(missingField, 'noColumn', {
        field: f.label,
        table: spec.name,
        synonyms: [f.label, ...f.synonyms.slice(0, 2)].map((s) => `"${s}"`).join(', '),
      }, { table: spec.name, sheet: grid.sheet, row: headerRow, col: grid.originCol, header: null, key: null }),
    );
  }

  const keyCol = columns[spec.keyField];
  // A row is blank when every column read as a field is: extra columns are kept and ignored
  // (docs/workbook-format.md), so a row holding only a formula in a calculated column (the tracker
  // template's Last day, Days vacant…) is no record. Looking only at those columns also keeps a
  // stray cell at XFD from costing 16,384 reads a row.
  const headed: number[] = [];
  for (let i = 0; i < fieldAt.length; i++) if (fieldAt[i]) headed.push(i);
  const rows: ParsedRow[] = [];
  for (let i = headerIndex + 1; i < values.length; i++) {
    const cells = values[i] ?? NO_CELLS;
    let blank = true;
    for (const j of headed) {
      if (!isBlank(cells[j])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const sheetRow = grid.originRow + i;
    const keyText = keyCol ? cellText(cells[keyCol.col - grid.originCol]) : '';
    const key = (/\p{Cf}/u.test(keyText) ? visible(keyText).trim() : keyText) || null;
    const rowValues: Record<string, string | number | boolean | null> = {};
    let invalid: Set<string> | null = null;
    for (let j = 0; j < fieldAt.length; j++) {
      const f = fieldAt[j];
      if (!f) continue;
      const cell = cells[j];
      const r = readCell(cell, f.type);
      if (r.ok) {
        rowValues[f.key] = r.value;
        // Messages quote the cell's own words ("YOS permanent"), not only the value it was read as.
        if (f.key === 'filledBy' && r.value !== null) rowValues['filledByText'] = cellText(cell);
        continue;
      }
      rowValues[f.key] = null;
      (invalid ??= new Set()).add(f.key);
      const at: Location = { table: spec.name, sheet: grid.sheet, row: sheetRow, col: grid.originCol + j, header: cellText(headers[j]), key, field: f.key };
      if (r.rule === 'data/invalid-date') {
        findings.push(makeFinding(invalidDate, r.messageId, { field: f.label, found: foundText(cell) }, at));
      } else {
        findings.push(makeFinding(invalidValue, 'invalid', { field: f.label, expected: r.expected, found: foundText(cell) }, at));
      }
    }
    // A required field with no column is reported once for the table (noColumn); like a blank required
    // cell, it is unreadable on every row, so rules that need it skip the row rather than read it as blank.
    for (const key of missingFields) {
      rowValues[key] = null;
      (invalid ??= new Set()).add(key);
    }
    rows.push({ row: sheetRow, values: rowValues, invalid: invalid ?? NO_INVALID });
  }

  return {
    layout: {
      table: spec.name,
      sheet: grid.sheet,
      source: grid.kind,
      headerRow,
      columns,
      unmatched,
      missingFields,
      rowCount: rows.length,
    },
    rows,
  };
}

/** Where a field required only of probation secondees is required. */
const PROBATION_DUTY_SOURCE: Readonly<Record<string, string>> = {
  authorised: 'PI 31/2014 §3.2',
  vettingCleared: 'NPF 2021 §5.3, vetting by The Probation Service',
};

/** Report blank required cells (data/missing-field) for rows that have the column. */
function checkRequired(spec: TableSpec, table: ParsedTable, findings: Finding[], requiredHere: (f: FieldSpec, r: ParsedRow) => boolean): void {
  const required = spec.fields.filter((f) => f.required && table.layout.columns[f.key]);
  for (const r of table.rows) {
    for (const f of required) {
      if (r.values[f.key] !== null || r.invalid.has(f.key) || !requiredHere(f, r)) continue;
      const c = table.layout.columns[f.key]!;
      const key = r.values[spec.keyField];
      findings.push(
        makeFinding(missingField, f.required === 'probation' ? 'blankProbation' : 'blank', { field: f.label, source: PROBATION_DUTY_SOURCE[f.key] ?? 'NPF 2021 §5.3' }, {
          table: spec.name, sheet: table.layout.sheet, row: r.row, col: c.col, header: c.header, key: typeof key === 'string' ? key : null, field: f.key,
        }),
      );
      markInvalid(r, f.key);
    }
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const day = (v: unknown): Day | null => (typeof v === 'number' ? v : null);

function toSecondments(t: ParsedTable, findings: Finding[]): Secondment[] {
  const roleCol = t.layout.columns['role'];
  return t.rows.map((r) => {
    const v = r.values;
    let role = str(v['role']) as Secondment['role'];
    const schemeGiven = str(v['scheme']) as Secondment['scheme'] | null;
    // A blank Scheme is Probation, unless the role says police (docs/workbook-format.md: Scheme defaults to Probation).
    const scheme = schemeGiven ?? (role === 'Police Officer' ? 'Police' : 'Probation');
    if (role !== null && (scheme === 'Police') !== (role === 'Police Officer')) {
      findings.push(
        makeFinding(invalidValue, 'roleScheme', {
          expected: scheme === 'Police' ? 'Police Officer' : 'PO or PSO',
          scheme,
          found: role,
        }, { table: 'Secondments', sheet: t.layout.sheet, row: r.row, col: roleCol?.col ?? null, header: roleCol?.header ?? null, key: str(v['id']) }),
      );
      markInvalid(r, 'role');
      role = null;
    }
    return {
      table: 'Secondments',
      row: r.row,
      invalid: r.invalid,
      id: str(v['id']),
      region: str(v['region']),
      pdu: str(v['pdu']),
      yot: str(v['yot']),
      nation: (str(v['nation']) as Secondment['nation'] | null) ?? 'England',
      scheme,
      role,
      band: num(v['band']),
      secondee: str(v['secondee']),
      fte: num(v['fte']),
      start: day(v['start']),
      extensionMonths: num(v['extensionMonths']) ?? 0,
      plannedEnd: day(v['plannedEnd']),
      actualEnd: day(v['actualEnd']),
      vettingCleared: day(v['vettingCleared']),
      authorised: typeof v['authorised'] === 'boolean' ? v['authorised'] : null,
      ppdaAgreed: day(v['ppdaAgreed']),
      sixMonthReview: day(v['sixMonthReview']),
      lastThreeWayReview: day(v['lastThreeWayReview']),
      exitPlanningMeeting: day(v['exitPlanningMeeting']),
      lastPdr: day(v['lastPdr']),
    };
  });
}

function toVacancies(t: ParsedTable): Vacancy[] {
  return t.rows.map((r) => {
    const v = r.values;
    const stageDates: (Day | null)[] = [null];
    const stageEvidence: (string | null)[] = [null];
    for (let n = 1; n <= 5; n++) {
      stageDates.push(day(v[`stage${n}Date`]));
      stageEvidence.push(str(v[`stage${n}Evidence`]));
    }
    return {
      table: 'Vacancies',
      row: r.row,
      invalid: r.invalid,
      id: str(v['id']),
      region: str(v['region']),
      pdu: str(v['pdu']),
      yot: str(v['yot']),
      nation: (str(v['nation']) as Vacancy['nation'] | null) ?? 'England',
      role: str(v['role']) as Vacancy['role'],
      fte: num(v['fte']),
      vacantFrom: day(v['vacantFrom']),
      reason: str(v['reason']) as Vacancy['reason'],
      currentStage: num(v['currentStage']),
      stageDates,
      stageEvidence,
      yotInformed: day(v['yotInformed']),
      tempInvoice: num(v['tempInvoice']),
      reimbursement: num(v['reimbursement']),
      filledDate: day(v['filledDate']),
      filledBy: str(v['filledBy']) as Vacancy['filledBy'],
      filledByText: str(v['filledByText']),
      covers: str(v['covers']),
      tempCoverEnded: day(v['tempCoverEnded']),
    };
  });
}

function toAllocations(t: ParsedTable, findings: Finding[]): Allocation[] {
  return t.rows.map((r) => {
    const v = r.values;
    let deprivationIndex = num(v['deprivationIndex']);
    if (deprivationIndex === null && !r.invalid.has('deprivationIndex')) {
      // NPF 2021 §5.1: 6 factors (England) or 7 (Wales), equal weighting: the index is their mean.
      const factors: number[] = [];
      let unreadable = false;
      for (let n = 1; n <= 7; n++) {
        const f = num(v[`deprivation${n}`]);
        if (f !== null) factors.push(f);
        if (r.invalid.has(`deprivation${n}`)) unreadable = true;
      }
      const nation = str(v['nation']) ?? 'England';
      const expected = nation === 'Wales' ? 7 : 6;
      if (unreadable) {
        markInvalid(r, 'deprivationIndex');
      } else if (factors.length > 0 && factors.length !== expected) {
        // A mean of the wrong number of factors would skew the uplift: say so, and leave the index unknown.
        const c = t.layout.columns['deprivation1'] ?? t.layout.columns['yot'];
        findings.push(
          makeFinding(invalidValue, 'invalid', {
            field: 'Deprivation factors',
            expected: `${expected} factor scores for ${nation === 'Wales' ? 'a Welsh' : 'an English'} YOT (NPF 2021 §5.1)`,
            found: count(factors.length, 'score'),
          }, { table: 'Allocations', sheet: t.layout.sheet, row: r.row, col: c?.col ?? null, header: c?.header ?? null, key: str(v['yot']) }),
        );
        markInvalid(r, 'deprivationIndex');
      } else if (factors.length > 0) {
        deprivationIndex = meanOfFactors(factors);
      }
    }
    return {
      table: 'Allocations',
      row: r.row,
      invalid: r.invalid,
      yot: str(v['yot']),
      pdu: str(v['pdu']),
      region: str(v['region']),
      nation: (str(v['nation']) as Allocation['nation'] | null) ?? 'England',
      caseload: num(v['caseload']),
      syvShare: num(v['syvShare']),
      deprivationIndex,
    };
  });
}

function toDisputes(t: ParsedTable): Dispute[] {
  return t.rows.map((r) => {
    const v = r.values;
    return {
      table: 'Disputes',
      row: r.row,
      invalid: r.invalid,
      id: str(v['id']),
      yot: str(v['yot']),
      raised: day(v['raised']),
      escalated: day(v['escalated']),
      resolved: day(v['resolved']),
      reportedToYogb: day(v['reportedToYogb']),
      summary: str(v['summary']),
    };
  });
}

function toActions(t: ParsedTable): BoardAction[] {
  return t.rows.map((r) => {
    const v = r.values;
    const status = str(v['status']);
    return {
      table: 'Actions',
      row: r.row,
      invalid: r.invalid,
      id: str(v['id']),
      action: str(v['action']),
      owner: str(v['owner']),
      due: day(v['due']),
      status: status === 'Open' || status === 'Closed' ? status : null,
      raisedAt: day(v['raisedAt']),
      closed: day(v['closed']),
    };
  });
}

type BoardKey = keyof typeof BOARD_FIELDS;

/**
 * Board details: from the Board sheet (a label cell with its value in the next
 * non-blank cell to the right), else from defined names such as `YOGB_meeting_date`.
 */
export function readBoard(raw: RawWorkbook, findings: Finding[]): Board {
  const found: Partial<Record<BoardKey, { cell: Cell; row: number | null; col: number | null; label: string }>> = {};
  const byForm = new Map<string, BoardKey>();
  for (const [key, f] of Object.entries(BOARD_FIELDS) as [BoardKey, (typeof BOARD_FIELDS)[BoardKey]][]) {
    for (const s of f.synonyms) byForm.set(normaliseHeader(s), key);
  }
  const grid = raw.board;
  if (grid) {
    // Board details are a few labels near the top left: a bounded scan, whatever the sheet's size.
    for (let i = 0; i < Math.min(grid.values.length, BOARD_SCAN_ROWS); i++) {
      const row = grid.values[i] ?? NO_CELLS;
      for (let j = 0; j < Math.min(row.length, BOARD_SCAN_COLS); j++) {
        const c = row[j];
        if (typeof c !== 'string') continue;
        const key = headerForms(c).map((h) => byForm.get(h)).find((k) => k !== undefined);
        if (!key || found[key]) continue;
        let k = j + 1;
        while (k < row.length && isBlank(row[k])) k++;
        // A label with nothing to its right still says where the value belongs, for findings about it.
        found[key] = k < row.length
          ? { cell: row[k] ?? null, row: grid.originRow + i, col: grid.originCol + k, label: c.trim() }
          : { cell: null, row: grid.originRow + i, col: grid.originCol + j + 1, label: c.trim() };
        break;
      }
    }
  }
  for (const [name, cell] of Object.entries(raw.names ?? {})) {
    const key = byForm.get(normaliseHeader(name));
    if (key && !found[key]) found[key] = { cell, row: null, col: null, label: name };
  }
  const invalid = new Set<string>();
  const cells: Partial<Record<BoardKey, { row: number; col: number; label: string }>> = {};
  const value = (key: BoardKey): string | number | null => {
    const f = found[key];
    if (!f) return null;
    if (f.row !== null && f.col !== null) cells[key] = { row: f.row, col: f.col, label: f.label };
    const r = readCell(f.cell, BOARD_FIELDS[key].type);
    if (r.ok) return r.value as string | number | null;
    invalid.add(key);
    if (r.rule === 'data/invalid-date') {
      findings.push(makeFinding(invalidDate, r.messageId, { field: BOARD_FIELDS[key].label, found: foundText(f.cell) }, {
        table: 'Board', sheet: grid?.sheet ?? null, row: f.row, col: f.col, header: f.label, key: null,
      }));
    }
    return null;
  };
  return {
    region: value('region') as string | null,
    meetingDate: value('meetingDate') as Day | null,
    trackerSubmitted: value('trackerSubmitted') as Day | null,
    asOf: value('asOf') as Day | null,
    cells,
    invalid,
  };
}

/** Parse every table of a workbook once. Findings are the data/* findings met while reading. */
export function readRecords(raw: RawWorkbook, mappingOverride?: ColumnMapping): { records: Records; findings: Finding[] } {
  const findings: Finding[] = [];
  const mapping = mappingOverride ?? raw.mapping ?? {};
  const layouts: Partial<Record<TableName, TableLayout>> = {};
  const present = new Set<TableName>();
  const parsed: Partial<Record<TableName, ParsedTable>> = {};

  for (const name of ['Secondments', 'Vacancies', 'Allocations', 'Disputes', 'Actions'] as const) {
    const grid = raw.grids[name];
    const spec = TABLE_SPECS[name];
    if (!grid) {
      if (name === 'Secondments' || name === 'Vacancies') {
        findings.push(
          makeFinding(missingTable, 'missing', {
            table: name,
            what: name === 'Secondments' ? 'secondment register' : 'Vacancy Tracker',
            sheets: raw.sheetNames.length > 0 ? raw.sheetNames.join(', ') : 'none',
          }, { table: name, sheet: null, row: null, col: null, header: null, key: null }),
        );
      }
      continue;
    }
    const t = parseGrid(grid, spec, findings, mapping[name]);
    if (!t) continue;
    present.add(name);
    layouts[name] = t.layout;
    parsed[name] = t;
  }

  const secTable = parsed.Secondments;
  if (secTable) {
    checkRequired(TABLE_SPECS.Secondments, secTable, findings, (f, r) => f.required !== 'probation' || scheme(r) === 'Probation');
  }
  for (const name of ['Vacancies', 'Allocations', 'Disputes', 'Actions'] as const) {
    const t = parsed[name];
    if (t) checkRequired(TABLE_SPECS[name], t, findings, () => true);
  }

  const records: Records = {
    source: raw.source,
    secondments: secTable ? toSecondments(secTable, findings) : [],
    vacancies: parsed.Vacancies ? toVacancies(parsed.Vacancies) : [],
    allocations: parsed.Allocations ? toAllocations(parsed.Allocations, findings) : [],
    disputes: parsed.Disputes ? toDisputes(parsed.Disputes) : [],
    actions: parsed.Actions ? toActions(parsed.Actions) : [],
    board: readBoard(raw, findings),
    layouts,
    present,
  };
  return { records, findings };
}

function scheme(r: ParsedRow): string {
  const s = r.values['scheme'];
  if (typeof s === 'string') return s;
  return r.values['role'] === 'Police Officer' ? 'Police' : 'Probation';
}
