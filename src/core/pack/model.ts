/**
 * The YOS Governance Board quarterly pack as data: every figure of rules.md,
 * "The quarterly pack's figures", computed from typed records and findings for
 * one as-of date. Pure: no clock, no files, no Excel. The CLI writes the model
 * to an .xlsx file (layout.ts, then adapters/xlsx/write-pack.ts); the taskpane
 * writes the same layout through Office.js.
 *
 * Every row keeps where it came from ({@link RowRef}: region, workbook, table,
 * sheet row, ID), so each figure can be traced to the rows behind it.
 */
import { addDays, addMonths, daysBetween, daysInMonth, financialYear, financialYearStart, fromYmd, fyQuarter, quarterEnd, toYmd, type Day } from '../dates';
import type { Rulebook, RulebookValues } from '../rulebook';
import { formulaFte, managementFee, yotKey } from '../calc/allocation';
import { exitPlanningDue, isActive, lawfulLastDay, policePdrDue, ppdaDue, sixMonthReviewDue, threeWayReviewDue } from '../calc/secondment';
import { eligibleStage, highestStageReached, isOpen, stage4Earliest, stage5Earliest } from '../calc/vacancy';
import { yotTempInPost } from '../calc/temp';
import { psoByPdu, yotNamer } from '../calc/identity';
import type { Nation, Records, Scheme, Secondment, SecondmentRole, TableName, Vacancy, VacancyReason, VacancyRole } from '../records/types';
import { SEVERITY_ORDER, TABLE_ORDER, type Finding, type Severity } from '../rules/define';
import { compareText, regionOf } from '../records/region';

export { compareText, regionOf };
import { secondeeNames, withholder, type Withholder } from '../privacy';

/** One regional workbook going into a pack. */
export interface PackInput {
  /** The file name (or "this workbook"), for messages and the Cover. */
  readonly source: string;
  /** The region: the Board's Region, else the records' Region column, else the file name ({@link regionOf}). */
  readonly region: string;
  readonly records: Records;
  /** Every finding for the workbook on the pack's as-of date: read findings, rule findings and the cross-workbook duplicates (core/check.ts). */
  readonly findings: readonly Finding[];
}

export interface BuildPackOptions {
  readonly asOf: Day;
  /**
   * The YOGB meeting date. Omitted: the Board's meeting date, when every
   * workbook that gives one gives the same; null: none.
   */
  readonly meetingDate?: Day | null;
  readonly rulebook: Rulebook;
  /** Secondee names are personal data: they go into the pack only when asked for. */
  readonly includeNames: boolean;
}

/** Where a row came from. */
export interface RowRef {
  readonly region: string;
  readonly source: string;
  readonly table: TableName;
  readonly sheet: string | null;
  /** Sheet row, as Excel numbers it. */
  readonly row: number;
  /** The record's ID (the YOT name for an Allocations row). */
  readonly id: string | null;
}

export type FindingCounts = Readonly<Record<Severity, number>>;

/** Shown where a row has no YOT (a data/missing-field error is reported for it). */
export const NO_YOT = '(YOT not given)';

/** not-applicable: a probation duty (PPDA, reviews, exit planning) on a police secondee, who has an annual PDR instead. */
export type ReviewState = 'held' | 'overdue' | 'due' | 'not-due' | 'not-applicable';

/** A meeting or review that falls due: when, when it was held (on or before as-of), and where that leaves it. */
export interface ReviewStatus {
  readonly due: Day;
  readonly held: Day | null;
  /** held; overdue (as-of after due, none held); due (falls due by the end of the next quarter); not-due. */
  readonly state: ReviewState;
}

/** A secondment active on the as-of date. */
export interface PackSecondment {
  readonly ref: RowRef;
  readonly pdu: string | null;
  readonly yot: string;
  readonly nation: Nation;
  readonly scheme: Scheme;
  readonly role: SecondmentRole | null;
  readonly fte: number | null;
  /** Null unless names were asked for. */
  readonly secondee: string | null;
  readonly start: Day;
  readonly extensionMonths: number;
  /** The last day the secondment may lawfully run to (rules.md, "Secondment term"). */
  readonly lastDay: Day;
  /** Last day on or before EDATE(asOf, packEndingWithinMonths) (rules.md, "The quarterly pack's figures"). */
  readonly endingWithinHorizon: boolean;
  /** Still active after its last day (secondment/term-exceeded). */
  readonly pastLastDay: boolean;
  readonly exitPlanning: ReviewStatus;
  readonly ppda: ReviewStatus;
  readonly sixMonthReview: ReviewStatus;
  readonly threeWayReview: ReviewStatus;
  /** Reviews overdue on as-of: PPDA, six-month review, three-way review, exit planning meeting (probation); the annual PDR (police, where the register keeps it). */
  readonly overdueReviews: number;
  readonly findings: FindingCounts;
}

/** Whether stage 5 reimbursement could be paid for a vacancy on the as-of date (NPF 2021 §5.5 stage 5). */
export type ReimbursementStatus = 'eligible' | 'too-early' | 'not-reached' | 'not-funded';

/** A vacancy open on the as-of date. */
export interface PackVacancy {
  readonly ref: RowRef;
  readonly pdu: string | null;
  readonly yot: string;
  readonly nation: Nation;
  readonly role: VacancyRole | null;
  readonly fte: number | null;
  readonly vacantFrom: Day | null;
  readonly reason: VacancyReason | null;
  /** Days from vacant from to as-of. */
  readonly daysVacant: number | null;
  /** Highest stage with a date on or before as-of; 0 when none. */
  readonly highestStage: number;
  readonly highestStageDate: Day | null;
  /** The stage the vacancy is counted at: the highest reached, and 1 when none is dated (stage 1 starts when the post falls vacant, §5.5). */
  readonly countedAtStage: 1 | 2 | 3 | 4 | 5;
  /** The stage it may have reached by as-of (rules.md, "Stage eligibility"); null when vacant from is unknown. */
  readonly eligibleStage: 3 | 4 | 5 | null;
  readonly stage4Date: Day | null;
  readonly stage5Date: Day | null;
  readonly stage5Earliest: Day | null;
  readonly yotInformed: Day | null;
  readonly tempInvoice: number | null;
  readonly reimbursement: number | null;
  readonly reimbursementStatus: ReimbursementStatus;
  readonly findings: FindingCounts;
}

/** A post counted (or, for PSO and police posts, shown at £0) in a YOT's management fee. */
export interface FeeBasisRow {
  readonly ref: RowRef;
  /**
   * in-post: an active secondment on the fee basis date; vacant: an open vacancy
   * then; cover: an open vacancy that is cover for a secondee still seconded
   * (maternity, sickness or other cover, or a Covers column naming the
   * secondment): the same post, not charged twice.
   */
  readonly kind: 'in-post' | 'vacant' | 'cover';
  /** For a cover vacancy: the Secondment ID it covers, when the Covers column gives one. */
  readonly covers?: string | null;
  readonly role: SecondmentRole | null;
  readonly scheme: Scheme;
  readonly fee: number;
}

/** A YOT's management fee for the financial year (NPF 2021 §5.4). */
export interface PackFee {
  readonly region: string;
  readonly pdu: string | null;
  readonly yot: string;
  /** Seconded PO posts on the fee basis date, by head (in post plus vacant). */
  readonly poPosts: number;
  readonly poInPost: number;
  readonly poVacant: number;
  readonly fee: number;
  readonly basis: readonly FeeBasisRow[];
}

export type ClaimProblem = 'none' | 'no-stage-date' | 'too-early' | 'after-as-of' | 'fractional-pso' | 'vacant-from-unknown' | 'yot-temp';

/** A stage 4 temp invoice or a stage 5 reimbursement recorded in a Vacancy Tracker. */
export interface PackClaim {
  readonly ref: RowRef;
  readonly pdu: string | null;
  readonly yot: string;
  readonly role: VacancyRole | null;
  readonly fte: number | null;
  readonly kind: 'temp-invoice' | 'reimbursement';
  readonly stage: 4 | 5;
  readonly stageDate: Day | null;
  readonly earliest: Day | null;
  readonly amount: number;
  /** The Filled by cell in its own words, for the Finance sheet's reasons. */
  readonly filledBy: string | null;
  readonly eligible: boolean;
  readonly problem: ClaimProblem;
}

export type AllocationStatus = 'below-minimum' | 'below-formula' | 'meets' | 'unknown';

/** A YOT in Allocations: its formula PO FTE against the PO FTE in post (NPF 2021 §5.1). */
export interface PackAllocation {
  readonly ref: RowRef;
  readonly pdu: string | null;
  readonly yot: string;
  readonly nation: Nation;
  readonly caseload: number | null;
  readonly syvShare: number | null;
  readonly deprivationIndex: number | null;
  readonly formulaFte: number | null;
  readonly activePoFte: number;
  /** Active PO FTE minus formula FTE; null when there is no formula. */
  readonly difference: number | null;
  readonly status: AllocationStatus;
  /** The active Probation PO secondments whose FTE makes up activePoFte. */
  readonly counted: readonly RowRef[];
  readonly findings: FindingCounts;
}

/** A PDU's PSO resource: the formula (NPF 2021 §5.1, Assumption A2) against the PSO FTE in post. */
export interface PackPsoAllocation {
  readonly region: string;
  readonly source: string;
  readonly pdu: string;
  readonly yots: readonly string[];
  readonly formulaFte: number;
  readonly activePsoFte: number;
  readonly below: boolean;
}

export type DisputeStatus = 'overdue' | 'escalated' | 'within-time' | 'unknown';

/** A dispute open on the as-of date (NPF 2021 §9). */
export interface PackDispute {
  readonly ref: RowRef;
  readonly yot: string;
  readonly raised: Day | null;
  readonly escalationDue: Day | null;
  readonly escalated: Day | null;
  readonly reportedToYogb: Day | null;
  readonly daysOpen: number | null;
  readonly status: DisputeStatus;
  readonly summary: string | null;
  readonly findings: FindingCounts;
}

/** A board action (the optional Actions table), as the pack reads it on the as-of date. */
export interface PackAction {
  readonly ref: RowRef;
  readonly action: string | null;
  /** Null unless names were asked for: an owner is a person (or a role held by one). */
  readonly owner: string | null;
  readonly due: Day | null;
  readonly raisedAt: Day | null;
  /** The day it was closed (on or before the as-of date), or null while open or when closed with no date. */
  readonly closed: Day | null;
  /** open: not closed by the as-of date; overdue: open with its due date before the as-of date. */
  readonly state: 'open' | 'overdue' | 'closed';
  readonly findings: FindingCounts;
}

/** A finding as the pack shows it: with its region and workbook, personal data withheld from the message. */
export interface PackFinding {
  readonly region: string;
  readonly source: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly table: TableName | 'Board' | null;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly key: string | null;
  readonly message: string;
  readonly citation: string;
}

export type StageCounts = readonly [number, number, number, number, number];

/** The Summary's figures for one YOT (or, with yot/pdu null, a region or the whole pack). */
export interface PackTally {
  /** Posts: in post plus vacant, a cover vacancy for a secondee still seconded counted once with that secondee's post (NPF 2021 §5.4). */
  readonly posts: number;
  readonly inPost: number;
  readonly vacant: number;
  /** Open vacancies at stages 1–5 (index 0 = stage 1). */
  readonly byStage: StageCounts;
  /** Active secondments ending within the horizon. */
  readonly exitsDue: number;
  readonly overdueReviews: number;
  readonly fees: number;
  readonly findings: FindingCounts;
}

export interface PackSummaryRow extends PackTally {
  readonly region: string;
  readonly pdu: string | null;
  readonly yot: string;
  /** Of `findings`, those about cells that could not be read (data/* rules), not breaches of the framework. */
  readonly dataQuality: FindingCounts;
}

/** A data-quality finding (a cell that could not be read, a missing column, a duplicate ID), not a breach of the framework. */
export function isDataQuality(rule: string): boolean {
  return rule.startsWith('data/');
}

export interface PackRegion extends PackTally {
  readonly region: string;
  readonly sources: readonly string[];
  readonly openDisputes: number;
  readonly disputesOverdue: number;
}

/** One workbook in the pack, with its Board details. */
export interface PackSource {
  readonly source: string;
  readonly region: string;
  readonly meetingDate: Day | null;
  readonly trackerSubmitted: Day | null;
  readonly boardAsOf: Day | null;
  readonly findings: FindingCounts;
}

export interface PackModel {
  readonly asOf: Day;
  /** '2025/26 Q2' */
  readonly quarter: string;
  /** '2025/26' */
  readonly financialYear: string;
  readonly financialYearStart: Day;
  /** The day management-fee posts are counted on (1 April of the financial year; rulebook feeBasisMonth/Day). */
  readonly feeBasisDate: Day;
  /** EDATE(asOf, packEndingWithinMonths): secondments whose last day is on or before it are "ending". */
  readonly endingBy: Day;
  readonly endingWithinMonths: number;
  /** Reviews falling due on or before this day (the end of the next quarter) are "due". */
  readonly reviewsDueBy: Day;
  readonly meetingDate: Day | null;
  readonly rulebook: Rulebook;
  readonly includeNames: boolean;
  /**
   * Withholds personal data from any text copied from the workbooks (NI numbers always; secondee names
   * unless includeNames): the layout and the JSON figures pass every string through it. A function, so
   * it is never serialised with the model.
   */
  readonly scrub: Withholder;
  readonly sources: readonly PackSource[];
  readonly regions: readonly PackRegion[];
  readonly totals: PackTally & { readonly openDisputes: number; readonly disputesOverdue: number };
  readonly summary: readonly PackSummaryRow[];
  readonly secondments: readonly PackSecondment[];
  readonly vacancies: readonly PackVacancy[];
  readonly fees: readonly PackFee[];
  readonly feeTotal: number;
  readonly claims: readonly PackClaim[];
  readonly allocations: readonly PackAllocation[];
  /** PSO formula FTE against active PSO FTE, per PDU (Assumption A2). */
  readonly psoAllocations: readonly PackPsoAllocation[];
  readonly disputes: readonly PackDispute[];
  /** The board's actions raised by the as-of date: open, overdue and closed (NPF 2021 §5.5 vi). */
  readonly actions: readonly PackAction[];
  readonly findings: readonly PackFinding[];
  readonly findingCounts: FindingCounts;
}

// ---------------------------------------------------------------------------
// Small helpers

const ZERO: FindingCounts = { error: 0, warning: 0, info: 0 };


function addCounts(a: FindingCounts, b: FindingCounts): FindingCounts {
  return { error: a.error + b.error, warning: a.warning + b.warning, info: a.info + b.info };
}

function countFindings(list: readonly { severity: Severity }[]): FindingCounts {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of list) c[f.severity]++;
  return c;
}

/** FTE sums without floating-point noise (0.1 + 0.2 is 0.3 here). */
function roundFte(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * The fee basis date in the financial year of `asOf`: the rulebook's month and
 * day (1 April under NPF 2021 §5.4), on or after the year's first day.
 * @example feeBasisDate(30/09/2025, npf) //=> 01/04/2025
 */
export function feeBasisDate(asOf: Day, rb: RulebookValues): Day {
  const start = financialYearStart(asOf);
  const { year } = toYmd(start);
  const at = (y: number) => fromYmd(y, rb.feeBasisMonth, Math.min(rb.feeBasisDay, daysInMonth(y, rb.feeBasisMonth)));
  const d = at(year);
  return d >= start ? d : at(year + 1);
}


// Personal data is withheld by ../privacy (NI numbers always; names unless asked for).
export { withhold, withholder } from '../privacy';

const KIND_ORDER: Record<FeeBasisRow['kind'], number> = { 'in-post': 0, vacant: 1, cover: 2 };

/** Vacancy reasons that mean cover for a secondee who is still seconded (NPF 2021 §5.6). */
const COVER_REASONS: ReadonlySet<VacancyReason> = new Set(['Maternity', 'Long-term sickness', 'Cover']);

/**
 * The vacancies that are cover for a secondee still seconded on a day: the same
 * post as that secondment, so not a second post (NPF 2021 §5.4: the fee is on PO
 * posts; cover "for a secondee who is still seconded" is not charged twice).
 * - A Covers cell naming a secondment of the workbook: cover while that
 *   secondment is active on the day (if it has ended, the post is truly vacant).
 * - A blank Covers cell (or one naming no secondment of the workbook) with a
 *   maternity, sickness or other cover reason: cover only if the YOT has an
 *   active probation secondee of the same role on the day that no other cover
 *   vacancy already covers; otherwise it is an open post like any other.
 * `vacancies` are those open on the day; each secondee is covered at most once.
 */
function coverVacancies(
  secondments: readonly Secondment[],
  vacancies: readonly Vacancy[],
  yotOf: (yot: string | null) => string,
  on: Day,
): Set<Vacancy> {
  const active = secondments.filter((s) => s.scheme === 'Probation' && isActive(s, on));
  const byId = new Map<string, Secondment>();
  for (const s of secondments) if (s.id !== null) byId.set(s.id.trim().toUpperCase(), s);
  const covered = new Set<Secondment>();
  const cover = new Set<Vacancy>();
  const unnamed: Vacancy[] = [];
  for (const v of vacancies) {
    const named = v.covers !== null && v.covers.trim() !== '' ? byId.get(v.covers.trim().toUpperCase()) : undefined;
    if (named !== undefined) {
      if (isActive(named, on) && !covered.has(named)) {
        covered.add(named);
        cover.add(v);
      }
    } else if (v.reason !== null && COVER_REASONS.has(v.reason)) unnamed.push(v);
  }
  for (const v of unnamed) {
    const yot = yotKey(yotOf(v.yot));
    const s = active.find((a) => !covered.has(a) && (v.role === null || a.role === v.role) && yotKey(yotOf(a.yot)) === yot);
    if (s === undefined) continue;
    covered.add(s);
    cover.add(v);
  }
  return cover;
}

function review(due: Day, held: Day | null, asOf: Day, dueBy: Day): ReviewStatus {
  const heldByAsOf = held !== null && held <= asOf ? held : null;
  let state: ReviewState;
  if (heldByAsOf !== null) state = 'held';
  else if (asOf > due) state = 'overdue';
  else if (due <= dueBy) state = 'due';
  else state = 'not-due';
  return { due, held: heldByAsOf, state };
}

/** The Vacancy fields the stage figures read, with stage dates after as-of treated as not yet reached. */
function stagesByAsOf(v: Vacancy, asOf: Day): (Day | null)[] {
  return v.stageDates.map((d) => (d !== null && d !== undefined && d <= asOf ? d : null));
}

function isFractionalPso(role: VacancyRole | null, fte: number | null, rb: RulebookValues): boolean {
  return role === 'PSO' && fte !== null && fte < rb.fractionalPsoMinimumFte;
}

function claimCheck(
  stageDate: Day | null,
  earliest: Day | null,
  fractional: boolean,
  asOf: Day,
): { eligible: boolean; problem: ClaimProblem } {
  // §5.5: fractional PSO vacancies under 0.5 FTE are not funded at stages 4–5, whatever the dates.
  if (fractional) return { eligible: false, problem: 'fractional-pso' };
  if (stageDate === null) return { eligible: false, problem: 'no-stage-date' };
  if (earliest === null) return { eligible: false, problem: 'vacant-from-unknown' };
  if (stageDate < earliest) return { eligible: false, problem: 'too-early' };
  if (stageDate > asOf) return { eligible: false, problem: 'after-as-of' };
  return { eligible: true, problem: 'none' };
}

// ---------------------------------------------------------------------------

interface Indexed {
  readonly input: PackInput;
  readonly index: number;
  /** The YOT's name under the workbook's own spelling ("ENFIELD  YJS" and "Enfield YJS" are one YOT). */
  readonly yotName: (yot: string | null) => string;
  readonly findings: readonly Finding[];
  readonly byRow: Map<string, Finding[]>;
}

function rowKey(table: string, row: number): string {
  return `${table}|${row}`;
}

/**
 * Build the pack for one or more regional workbooks on one as-of date. Pure and
 * deterministic: the same inputs give the same model.
 */
export function buildPack(inputs: readonly PackInput[], options: BuildPackOptions): PackModel {
  const { asOf, rulebook, includeNames } = options;
  const rb = rulebook.values;
  const fyStart = financialYearStart(asOf);
  const basisDate = feeBasisDate(asOf, rb);
  const endingBy = addMonths(asOf, rb.packEndingWithinMonths);
  // "Due" means due before the next quarter's pack: by the end of the quarter after as-of's.
  const reviewsDueBy = quarterEnd(addDays(quarterEnd(asOf), 1));

  const scrub = withholder(includeNames ? [] : secondeeNames(inputs.map((i) => i.records)));

  const indexed: Indexed[] = inputs.map((input, index) => {
    const findings = input.findings;
    const byRow = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.table === null || f.row === null) continue;
      const k = rowKey(f.table, f.row);
      const list = byRow.get(k);
      if (list) list.push(f);
      else byRow.set(k, [f]);
    }
    const namer = yotNamer(input.records);
    return { input, index, findings, byRow, yotName: (yot: string | null) => (yot === null || yot.trim() === '' ? NO_YOT : namer(yot)) };
  });
  const rowFindings = (x: Indexed, table: TableName, row: number): FindingCounts => countFindings(x.byRow.get(rowKey(table, row)) ?? []);
  const ref = (x: Indexed, table: TableName, row: number, id: string | null): RowRef => ({
    region: x.input.region,
    source: x.input.source,
    table,
    sheet: x.input.records.layouts[table]?.sheet ?? null,
    row,
    id,
  });

  const regionNames: string[] = [];
  for (const x of indexed) if (!regionNames.includes(x.input.region)) regionNames.push(x.input.region);
  const regionIndex = (r: string) => regionNames.indexOf(r);
  const byRegionThen = (a: RowRef, b: RowRef) => regionIndex(a.region) - regionIndex(b.region);
  const byPlace = (a: RowRef, b: RowRef) => compareText(a.source, b.source) || compareText(a.table, b.table) || a.row - b.row;

  // --- Secondments active on as-of --------------------------------------------------
  const secondments: PackSecondment[] = [];
  for (const x of indexed) {
    for (const s of x.input.records.secondments) {
      if (s.start === null || !isActive(s, asOf)) continue;
      const last = lawfulLastDay(s, rb)!;
      const exitDue = exitPlanningDue(last, rb);
      const ppda = review(ppdaDue(s.start, rb), s.ppdaAgreed, asOf, reviewsDueBy);
      const six = review(sixMonthReviewDue(s.start, rb), s.sixMonthReview, asOf, reviewsDueBy);
      // A three-way review recurs (at least quarterly): the next is due from the last one held, or from the start.
      const threeWayDue = threeWayReviewDue(s, rb)!;
      const threeWay: ReviewStatus = {
        due: threeWayDue,
        held: s.lastThreeWayReview,
        state: asOf > threeWayDue ? 'overdue' : threeWayDue <= reviewsDueBy ? 'due' : 'not-due',
      };
      const exit = review(exitDue, s.exitPlanningMeeting, asOf, reviewsDueBy);
      // The London Protocol and link-manager duties are for probation secondees; police have an annual PDR (YOT Police Review 2010 §5.10.4.1).
      const na = (r: ReviewStatus): ReviewStatus => (s.scheme === 'Probation' ? r : { ...r, state: 'not-applicable' });
      const pdrDue = s.scheme === 'Police' && x.input.records.layouts.Secondments?.columns['lastPdr'] !== undefined ? policePdrDue(s, rb) : null;
      const pdrOverdue = pdrDue !== null && asOf > pdrDue ? 1 : 0;
      const overdue = [ppda, six, threeWay, exit].map(na).filter((r) => r.state === 'overdue').length + pdrOverdue;
      secondments.push({
        ref: ref(x, 'Secondments', s.row, s.id),
        pdu: s.pdu,
        yot: x.yotName(s.yot),
        nation: s.nation,
        scheme: s.scheme,
        role: s.role,
        fte: s.fte,
        secondee: includeNames ? s.secondee : null,
        start: s.start,
        extensionMonths: s.extensionMonths,
        lastDay: last,
        endingWithinHorizon: last <= endingBy,
        pastLastDay: last < asOf,
        exitPlanning: na(exit),
        ppda: na(ppda),
        sixMonthReview: na(six),
        threeWayReview: na(threeWay),
        overdueReviews: overdue,
        findings: rowFindings(x, 'Secondments', s.row),
      });
    }
  }
  secondments.sort((a, b) => byRegionThen(a.ref, b.ref) || a.lastDay - b.lastDay || compareText(a.ref.id, b.ref.id) || byPlace(a.ref, b.ref));

  // --- Vacancies open on as-of ------------------------------------------------------
  const vacancies: PackVacancy[] = [];
  // Open vacancies that are cover for a secondee still seconded on as-of: the same post (as for the fee, NPF 2021 §5.4).
  const coverOnAsOf = new Set<PackVacancy>();
  for (const x of indexed) {
    const open = x.input.records.vacancies.filter((v) => (v.vacantFrom === null || v.vacantFrom <= asOf) && isOpen(v, asOf));
    const cover = coverVacancies(x.input.records.secondments, open, x.yotName, asOf);
    for (const v of open) {
      const stages = stagesByAsOf(v, asOf);
      const highest = highestStageReached({ stageDates: stages });
      const stage4 = stages[4] ?? null;
      const stage5 = stages[5] ?? null;
      const earliest5 = v.vacantFrom === null ? null : stage5Earliest(v.vacantFrom, stage4, rb);
      let status: ReimbursementStatus;
      if (isFractionalPso(v.role, v.fte, rb)) status = 'not-funded';
      else if (stage5 === null) status = 'not-reached';
      else status = earliest5 !== null && stage5 >= earliest5 ? 'eligible' : 'too-early';
      const packed: PackVacancy = {
        ref: ref(x, 'Vacancies', v.row, v.id),
        pdu: v.pdu,
        yot: x.yotName(v.yot),
        nation: v.nation,
        role: v.role,
        fte: v.fte,
        vacantFrom: v.vacantFrom,
        reason: v.reason,
        daysVacant: v.vacantFrom === null ? null : daysBetween(v.vacantFrom, asOf),
        highestStage: highest,
        highestStageDate: highest > 0 ? (stages[highest] ?? null) : null,
        countedAtStage: Math.max(1, highest) as 1 | 2 | 3 | 4 | 5,
        eligibleStage: v.vacantFrom === null ? null : eligibleStage(v.vacantFrom, asOf, stage4, rb),
        stage4Date: stage4,
        stage5Date: stage5,
        stage5Earliest: earliest5,
        yotInformed: v.yotInformed,
        tempInvoice: v.tempInvoice,
        reimbursement: v.reimbursement,
        reimbursementStatus: status,
        findings: rowFindings(x, 'Vacancies', v.row),
      };
      vacancies.push(packed);
      if (cover.has(v)) coverOnAsOf.add(packed);
    }
  }
  vacancies.sort((a, b) => byRegionThen(a.ref, b.ref) || (a.vacantFrom ?? 0) - (b.vacantFrom ?? 0) || compareText(a.ref.id, b.ref.id) || byPlace(a.ref, b.ref));

  // --- Management fees: posts on the fee basis date (NPF 2021 §5.4) -------------------
  const feeMap = new Map<string, { region: string; pdu: string | null; yot: string; basis: FeeBasisRow[] }>();
  const feeEntry = (region: string, yot: string, pdu: string | null) => {
    const k = `${region}\u0000${yotKey(yot)}`;
    let e = feeMap.get(k);
    if (!e) {
      e = { region, pdu, yot, basis: [] };
      feeMap.set(k, e);
    }
    if (e.pdu === null && pdu !== null) e.pdu = pdu;
    return e;
  };
  for (const x of indexed) {
    const recs = x.input.records;
    // Every YOT of the workbook gets a line, so a YOT with only PSO or police posts shows £0.
    for (const r of [...recs.secondments, ...recs.vacancies, ...recs.allocations]) feeEntry(x.input.region, x.yotName(r.yot), r.pdu);
    for (const s of recs.secondments) {
      if (!isActive(s, basisDate)) continue;
      const fee = s.scheme === 'Probation' && s.role === 'PO' ? managementFee('PO', 1, rb) : 0;
      feeEntry(x.input.region, x.yotName(s.yot), s.pdu).basis.push({ ref: ref(x, 'Secondments', s.row, s.id), kind: 'in-post', role: s.role, scheme: s.scheme, fee });
    }
    // A vacancy whose vacant-from date can't be read can't be placed on the basis date.
    const openOnBasis = recs.vacancies.filter((v) => v.vacantFrom !== null && isOpen(v, basisDate));
    const cover = coverVacancies(recs.secondments, openOnBasis, x.yotName, basisDate);
    for (const v of openOnBasis) {
      const ref_ = ref(x, 'Vacancies', v.row, v.id);
      const entry = feeEntry(x.input.region, x.yotName(v.yot), v.pdu);
      if (cover.has(v)) {
        entry.basis.push({ ref: ref_, kind: 'cover', role: v.role, scheme: 'Probation', fee: 0, covers: v.covers });
        continue;
      }
      const fee = v.role === 'PO' ? managementFee('PO', 1, rb) : 0;
      entry.basis.push({ ref: ref_, kind: 'vacant', role: v.role, scheme: 'Probation', fee });
    }
  }
  const fees: PackFee[] = [...feeMap.values()].map((e) => {
    const po = e.basis.filter((b) => b.fee > 0);
    return {
      region: e.region,
      pdu: e.pdu,
      yot: e.yot,
      poPosts: po.length,
      poInPost: po.filter((b) => b.kind === 'in-post').length,
      poVacant: po.filter((b) => b.kind === 'vacant').length,
      fee: e.basis.reduce((sum, b) => sum + b.fee, 0),
      basis: [...e.basis].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.ref.id, b.ref.id) || byPlace(a.ref, b.ref)),
    };
  });
  fees.sort((a, b) => regionIndex(a.region) - regionIndex(b.region) || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot));
  const feeTotal = fees.reduce((sum, f) => sum + f.fee, 0);

  // --- Stage 4 temp invoices and stage 5 reimbursements (NPF 2021 §5.5) --------------
  const claims: PackClaim[] = [];
  for (const x of indexed) {
    for (const v of x.input.records.vacancies) {
      const fractional = isFractionalPso(v.role, v.fte, rb);
      const stage4 = v.stageDates[4] ?? null;
      const stage5 = v.stageDates[5] ?? null;
      const base = { ref: ref(x, 'Vacancies', v.row, v.id), pdu: v.pdu, yot: x.yotName(v.yot), role: v.role, fte: v.fte };
      if (v.tempInvoice !== null && v.tempInvoice > 0) {
        const earliest = v.vacantFrom === null ? null : stage4Earliest(v.vacantFrom, rb);
        claims.push({ ...base, kind: 'temp-invoice', stage: 4, stageDate: stage4, earliest, amount: v.tempInvoice, filledBy: v.filledByText ?? v.filledBy, ...claimCheck(stage4, earliest, fractional, asOf) });
      }
      if (v.reimbursement !== null && v.reimbursement > 0) {
        const earliest = v.vacantFrom === null ? null : stage5Earliest(v.vacantFrom, stage4, rb);
        let check = claimCheck(stage5, earliest, fractional, asOf);
        // Stage 5 needs the post "unfilled by either PO/PSO or YOT appointed appropriate temporary staff" (NPF 2021 §5.5 stage 5).
        if (check.eligible && stage5 !== null && yotTempInPost(v, stage5)) check = { eligible: false, problem: 'yot-temp' };
        claims.push({ ...base, kind: 'reimbursement', stage: 5, stageDate: stage5, earliest, amount: v.reimbursement, filledBy: v.filledByText ?? v.filledBy, ...check });
      }
    }
  }
  claims.sort((a, b) => byRegionThen(a.ref, b.ref) || a.stage - b.stage || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot) || compareText(a.ref.id, b.ref.id) || byPlace(a.ref, b.ref));

  // --- Allocation: formula FTE against active PO FTE (NPF 2021 §5.1) ------------------
  const allocations: PackAllocation[] = [];
  for (const x of indexed) {
    const recs = x.input.records;
    // Active Probation POs by YOT, once per workbook (names matched as validation matches them).
    const activePos = new Map<string, Secondment[]>();
    for (const s of recs.secondments) {
      if (s.scheme !== 'Probation' || s.role !== 'PO' || s.fte === null || s.yot === null || !isActive(s, asOf)) continue;
      const k = yotKey(s.yot);
      const list = activePos.get(k);
      if (list) list.push(s);
      else activePos.set(k, [s]);
    }
    for (const a of recs.allocations) {
      const counted = a.yot === null ? [] : (activePos.get(yotKey(a.yot)) ?? []);
      const active = roundFte(counted.reduce((sum, s) => sum + (s.fte ?? 0), 0));
      // An unreadable uplift leaves the formula unknown rather than quietly without its uplift.
      const formula = a.caseload === null || a.invalid.has('syvShare') || a.invalid.has('deprivationIndex') ? null : formulaFte(a.caseload, a.syvShare, a.deprivationIndex, rb);
      let status: AllocationStatus;
      if (active < rb.minimumPoFte) status = 'below-minimum';
      else if (formula === null) status = 'unknown';
      else status = active < formula ? 'below-formula' : 'meets';
      allocations.push({
        ref: ref(x, 'Allocations', a.row, a.yot),
        pdu: a.pdu,
        yot: x.yotName(a.yot),
        nation: a.nation,
        caseload: a.caseload,
        syvShare: a.syvShare,
        deprivationIndex: a.deprivationIndex,
        formulaFte: formula,
        activePoFte: active,
        difference: formula === null ? null : roundFte(active - formula),
        status,
        counted: counted.map((s) => ref(x, 'Secondments', s.row, s.id)),
        findings: rowFindings(x, 'Allocations', a.row),
      });
    }
  }
  allocations.sort((a, b) => byRegionThen(a.ref, b.ref) || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot) || byPlace(a.ref, b.ref));

  const psoAllocations: PackPsoAllocation[] = [];
  for (const x of indexed) {
    for (const p of psoByPdu(x.input.records, asOf, rb)) {
      psoAllocations.push({ region: x.input.region, source: x.input.source, pdu: p.pdu, yots: p.yots, formulaFte: p.formulaFte, activePsoFte: p.activePsoFte, below: p.activePsoFte < p.formulaFte - 1e-9 });
    }
  }
  psoAllocations.sort((a, b) => regionIndex(a.region) - regionIndex(b.region) || compareText(a.pdu, b.pdu) || compareText(a.source, b.source));

  // --- Disputes open on as-of (NPF 2021 §9) -----------------------------------------
  const disputes: PackDispute[] = [];
  for (const x of indexed) {
    for (const dsp of x.input.records.disputes) {
      if (dsp.raised !== null && dsp.raised > asOf) continue;
      if (dsp.resolved !== null && dsp.resolved <= asOf) continue;
      const due = dsp.raised === null ? null : addDays(dsp.raised, rb.disputeEscalationDays);
      const escalated = dsp.escalated !== null && dsp.escalated <= asOf ? dsp.escalated : null;
      let status: DisputeStatus;
      if (escalated !== null) status = 'escalated';
      else if (due === null) status = 'unknown';
      else status = asOf > due ? 'overdue' : 'within-time';
      disputes.push({
        ref: ref(x, 'Disputes', dsp.row, dsp.id),
        yot: x.yotName(dsp.yot),
        raised: dsp.raised,
        escalationDue: due,
        escalated,
        reportedToYogb: dsp.reportedToYogb !== null && dsp.reportedToYogb <= asOf ? dsp.reportedToYogb : null,
        daysOpen: dsp.raised === null ? null : daysBetween(dsp.raised, asOf),
        status,
        summary: dsp.summary === null ? null : scrub(dsp.summary),
        findings: rowFindings(x, 'Disputes', dsp.row),
      });
    }
  }
  disputes.sort((a, b) => byRegionThen(a.ref, b.ref) || (a.raised ?? 0) - (b.raised ?? 0) || compareText(a.ref.id, b.ref.id) || byPlace(a.ref, b.ref));

  // --- Board actions (optional Actions table) ----------------------------------------
  const actions: PackAction[] = [];
  for (const x of indexed) {
    for (const a of x.input.records.actions) {
      if (a.raisedAt !== null && a.raisedAt > asOf) continue;
      const closedBy = a.closed !== null && a.closed <= asOf;
      // Closed: a Closed date on or before the as-of date, or Status Closed with no date (a later date is not yet closed).
      const isClosed = closedBy || (a.status === 'Closed' && a.closed === null);
      actions.push({
        ref: ref(x, 'Actions', a.row, a.id),
        action: a.action === null ? null : scrub(a.action),
        owner: includeNames ? a.owner : null,
        due: a.due,
        raisedAt: a.raisedAt,
        closed: closedBy ? a.closed : null,
        state: isClosed ? 'closed' : a.due !== null && a.due < asOf ? 'overdue' : 'open',
        findings: rowFindings(x, 'Actions', a.row),
      });
    }
  }
  actions.sort((a, b) => byRegionThen(a.ref, b.ref) || (a.due ?? Infinity) - (b.due ?? Infinity) || compareText(a.ref.id, b.ref.id) || byPlace(a.ref, b.ref));

  // --- Findings, grouped by severity -------------------------------------------------
  const findings: PackFinding[] = [];
  for (const x of indexed) {
    for (const f of x.findings) {
      findings.push({
        region: x.input.region,
        source: x.input.source,
        rule: f.rule,
        severity: f.severity,
        table: f.table,
        sheet: f.sheet,
        row: f.row,
        column: f.column,
        cell: f.cell,
        key: f.key === null ? null : scrub(f.key),
        message: scrub(f.message),
        citation: f.citation,
      });
    }
  }
  const sourceIndex = new Map(inputs.map((i, n) => [i.source, n] as const));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      regionIndex(a.region) - regionIndex(b.region) ||
      (sourceIndex.get(a.source) ?? 0) - (sourceIndex.get(b.source) ?? 0) ||
      (TABLE_ORDER[a.table ?? ''] ?? -1) - (TABLE_ORDER[b.table ?? ''] ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      compareText(a.cell, b.cell) ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );

  // --- Summary per PDU/YOT, per region and overall -----------------------------------
  const summaryMap = new Map<string, { region: string; pdu: string | null; yot: string; rows: { secondments: PackSecondment[]; vacancies: PackVacancy[]; fee: number; findings: FindingCounts; dataQuality: FindingCounts } }>();
  const summaryEntry = (region: string, yot: string, pdu: string | null) => {
    const k = `${region}\u0000${yotKey(yot)}`;
    let e = summaryMap.get(k);
    if (!e) {
      e = { region, pdu, yot, rows: { secondments: [], vacancies: [], fee: 0, findings: ZERO, dataQuality: ZERO } };
      summaryMap.set(k, e);
    }
    if (e.pdu === null && pdu !== null) e.pdu = pdu;
    return e;
  };
  for (const x of indexed) {
    const recs = x.input.records;
    const add = (yot: string | null, pdu: string | null, table: TableName, row: number) => {
      const e = summaryEntry(x.input.region, x.yotName(yot), pdu);
      e.rows.findings = addCounts(e.rows.findings, rowFindings(x, table, row));
      e.rows.dataQuality = addCounts(e.rows.dataQuality, countFindings((x.byRow.get(rowKey(table, row)) ?? []).filter((f) => isDataQuality(f.rule))));
    };
    for (const s of recs.secondments) add(s.yot, s.pdu, 'Secondments', s.row);
    for (const v of recs.vacancies) add(v.yot, v.pdu, 'Vacancies', v.row);
    for (const a of recs.allocations) add(a.yot, a.pdu, 'Allocations', a.row);
    for (const dsp of recs.disputes) add(dsp.yot, null, 'Disputes', dsp.row);
  }
  for (const s of secondments) summaryEntry(s.ref.region, s.yot, s.pdu).rows.secondments.push(s);
  for (const v of vacancies) summaryEntry(v.ref.region, v.yot, v.pdu).rows.vacancies.push(v);
  for (const f of fees) summaryEntry(f.region, f.yot, f.pdu).rows.fee += f.fee;

  const tallyOf = (ss: readonly PackSecondment[], vs: readonly PackVacancy[], fee: number, fc: FindingCounts): PackTally => {
    const byStage = [0, 0, 0, 0, 0];
    for (const v of vs) byStage[v.countedAtStage - 1]!++;
    return {
      // Cover for a secondee still seconded is that secondee's post, not another one.
      posts: ss.length + vs.filter((v) => !coverOnAsOf.has(v)).length,
      inPost: ss.length,
      vacant: vs.length,
      byStage: byStage as unknown as StageCounts,
      exitsDue: ss.filter((s) => s.endingWithinHorizon).length,
      overdueReviews: ss.reduce((n, s) => n + s.overdueReviews, 0),
      fees: fee,
      findings: fc,
    };
  };
  const summary: PackSummaryRow[] = [...summaryMap.values()]
    .map((e) => ({ region: e.region, pdu: e.pdu, yot: e.yot, ...tallyOf(e.rows.secondments, e.rows.vacancies, e.rows.fee, e.rows.findings), dataQuality: e.rows.dataQuality }))
    .sort((a, b) => regionIndex(a.region) - regionIndex(b.region) || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot));

  const disputeCounts = (list: readonly PackDispute[]) => ({ openDisputes: list.length, disputesOverdue: list.filter((d) => d.status === 'overdue').length });
  const regions: PackRegion[] = regionNames.map((region) => {
    const fc = indexed.filter((x) => x.input.region === region).reduce((c, x) => addCounts(c, countFindings(x.findings)), ZERO);
    return {
      region,
      sources: inputs.filter((i) => i.region === region).map((i) => i.source),
      ...tallyOf(
        secondments.filter((s) => s.ref.region === region),
        vacancies.filter((v) => v.ref.region === region),
        fees.filter((f) => f.region === region).reduce((n, f) => n + f.fee, 0),
        fc,
      ),
      ...disputeCounts(disputes.filter((d) => d.ref.region === region)),
    };
  });
  const findingCounts = countFindings(findings);
  const totals = { ...tallyOf(secondments, vacancies, feeTotal, findingCounts), ...disputeCounts(disputes) };

  const sources: PackSource[] = indexed.map((x) => ({
    source: x.input.source,
    region: x.input.region,
    meetingDate: x.input.records.board.meetingDate,
    trackerSubmitted: x.input.records.board.trackerSubmitted,
    boardAsOf: x.input.records.board.asOf,
    findings: countFindings(x.findings),
  }));

  let meetingDate: Day | null;
  if (options.meetingDate !== undefined) meetingDate = options.meetingDate;
  else {
    const given = [...new Set(sources.map((s) => s.meetingDate).filter((d): d is Day => d !== null))];
    meetingDate = given.length === 1 ? given[0]! : null;
  }

  return {
    asOf,
    quarter: fyQuarter(asOf),
    financialYear: financialYear(asOf),
    financialYearStart: fyStart,
    feeBasisDate: basisDate,
    endingBy,
    endingWithinMonths: rb.packEndingWithinMonths,
    reviewsDueBy,
    meetingDate,
    rulebook,
    includeNames,
    scrub,
    sources,
    regions,
    totals,
    summary,
    secondments,
    vacancies,
    fees,
    feeTotal,
    claims,
    allocations,
    psoAllocations,
    disputes,
    actions,
    findings,
    findingCounts,
  };
}

