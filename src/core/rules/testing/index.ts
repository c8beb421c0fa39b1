/**
 * Helpers for rule test tables: build typed records from a few fields, run one
 * rule, and read back rule id + message id (tests assert on those, not prose).
 * Dates are written 'dd/mm/yyyy' for readability.
 */
import { parseDate, type Day } from '../../dates';
import { NPF_2021, type Rulebook } from '../../rulebook';
import type { Allocation, Board, Dispute, Records, Secondment, TableLayout, TableName, Vacancy } from '../../records/types';
import { TABLE_SPECS } from '../../records/schema';
import { runRules } from '../../validate';
import type { Finding, Rule } from '../define';

/** A date from 'dd/mm/yyyy' (throws on a typo in a test). */
export function d(text: string): Day {
  const p = parseDate(text);
  if (!p.ok) throw new Error(`bad test date ${text}`);
  return p.day;
}

type Loose<T> = { -readonly [K in keyof T]?: T[K] | string };

function dates<T>(o: Loose<T>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(v) ? d(v) : v;
  return out;
}

let nextRow = 4;

export function secondment(o: Loose<Secondment> = {}): Secondment {
  return {
    table: 'Secondments', row: nextRow++, invalid: new Set(), id: 'S1', region: 'North West', pdu: 'PDU A', yot: 'YOT A',
    nation: 'England', scheme: 'Probation', role: 'PO', band: null, secondee: null, fte: 1, start: d('01/04/2024'),
    extensionMonths: 0, plannedEnd: null, actualEnd: null, vettingCleared: d('01/03/2024'), authorised: true,
    ppdaAgreed: null, sixMonthReview: null, lastThreeWayReview: null, exitPlanningMeeting: null, lastPdr: null,
    ...dates(o),
  } as Secondment;
}

/** A vacancy; `stages` gives stage dates 1–5 as 'dd/mm/yyyy' (or null), `evidence` their references. */
export function vacancy(o: Loose<Omit<Vacancy, 'stageDates' | 'stageEvidence'>> & { stages?: (string | null)[]; evidence?: (string | null)[] } = {}): Vacancy {
  const { stages = [], evidence, ...rest } = o;
  const stageDates: (Day | null)[] = [null];
  const stageEvidence: (string | null)[] = [null];
  for (let n = 1; n <= 5; n++) {
    const s = stages[n - 1] ?? null;
    stageDates.push(s === null ? null : d(s));
    stageEvidence.push(evidence ? (evidence[n - 1] ?? null) : s === null ? null : `evidence ${n}`);
  }
  return {
    table: 'Vacancies', row: nextRow++, invalid: new Set(), id: 'V1', region: 'North West', pdu: 'PDU A', yot: 'YOT A',
    nation: 'England', role: 'PO', fte: 1, vacantFrom: d('01/01/2025'), reason: null, currentStage: null,
    stageDates, stageEvidence, yotInformed: null, tempInvoice: null, reimbursement: null, filledDate: null,
    filledBy: null, filledByText: null, covers: null, tempCoverEnded: null,
    ...dates(rest),
  } as Vacancy;
}

export function allocation(o: Loose<Allocation> = {}): Allocation {
  return {
    table: 'Allocations', row: nextRow++, invalid: new Set(), yot: 'YOT A', pdu: 'PDU A', region: 'North West',
    nation: 'England', caseload: 12, syvShare: null, deprivationIndex: null, ...dates(o),
  } as Allocation;
}

export function dispute(o: Loose<Dispute> = {}): Dispute {
  return {
    table: 'Disputes', row: nextRow++, invalid: new Set(), id: 'D1', yot: 'YOT A', raised: d('01/06/2025'),
    escalated: null, resolved: null, reportedToYogb: null, summary: null, ...dates(o),
  } as Dispute;
}

export function board(o: Loose<Omit<Board, 'cells' | 'invalid'>> = {}): Board {
  return { region: null, meetingDate: null, trackerSubmitted: null, asOf: null, cells: {}, invalid: new Set(), ...dates(o) } as Board;
}

/** Every field of the table in a column of its own, headed by its label (as a well-kept workbook would be). */
function layout(table: TableName): TableLayout {
  const columns: Record<string, { header: string; col: number }> = {};
  TABLE_SPECS[table].fields.forEach((f, i) => (columns[f.key] = { header: f.label, col: i + 1 }));
  return { table, sheet: table, source: 'table', headerRow: 3, columns, unmatched: [], missingFields: [], rowCount: 0 };
}

export function records(parts: Partial<Pick<Records, 'secondments' | 'vacancies' | 'allocations' | 'disputes' | 'board'>>): Records {
  return {
    source: 'test',
    secondments: parts.secondments ?? [],
    vacancies: parts.vacancies ?? [],
    allocations: parts.allocations ?? [],
    disputes: parts.disputes ?? [],
    actions: [],
    board: parts.board ?? board(),
    layouts: {
      Secondments: layout('Secondments'),
      Vacancies: layout('Vacancies'),
      Allocations: layout('Allocations'),
      Disputes: layout('Disputes'),
    },
    present: new Set(['Secondments', 'Vacancies', 'Allocations', 'Disputes']),
  };
}

/** Run one rule over records on an as-of date ('dd/mm/yyyy'). */
export function run(rule: Rule, recs: Records, asOf: string, rulebook: Rulebook = NPF_2021): Finding[] {
  return runRules(recs, d(asOf), rulebook, [rule]);
}

/** 'messageId' of each finding, for compact assertions. */
export function ids(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.messageId);
}
