/**
 * The Vacancies sheet's part of the model: each vacancy open on the as-of date,
 * the stage it has reached and may have reached, and whether stage 5
 * reimbursement could be paid (NPF 2021 §5.5). Also which open vacancies are
 * cover for a secondee still seconded: the same post, counted once (§5.4).
 * Pure.
 */
import { daysBetween, type Day } from '../../../dates';
import type { RulebookValues } from '../../../rulebook';
import { yotKey } from '../../../calc/allocation';
import { isActive } from '../../../calc/secondment';
import { eligibleStage, highestStageReached, isOpen, stage5Earliest } from '../../../calc/vacancy';
import type { Nation, Secondment, Vacancy, VacancyReason, VacancyRole } from '../../../records/types';
import { sortByKeys, textKey, type FindingCounts, type PackRows, type RowRef } from '../../rows';

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
export function coverVacancies(
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
  if (unnamed.length === 0) return cover;
  // The active secondees by YOT, in order, each YOT's name keyed once (a scan of every active
  // secondment for each cover vacancy was quadratic: minutes at 100,000 rows). `from` skips the
  // secondees at the head of a YOT's list already covered (covered ones stay covered).
  const byYot = new Map<string, { readonly list: Secondment[]; from: number }>();
  for (const a of active) {
    const k = yotKey(yotOf(a.yot));
    const e = byYot.get(k);
    if (e) e.list.push(a);
    else byYot.set(k, { list: [a], from: 0 });
  }
  for (const v of unnamed) {
    const e = byYot.get(yotKey(yotOf(v.yot)));
    if (e === undefined) continue;
    while (e.from < e.list.length && covered.has(e.list[e.from]!)) e.from++;
    let s: Secondment | undefined;
    for (let i = e.from; i < e.list.length; i++) {
      const a = e.list[i]!;
      if (!covered.has(a) && (v.role === null || a.role === v.role)) {
        s = a;
        break;
      }
    }
    if (s === undefined) continue;
    covered.add(s);
    cover.add(v);
  }
  return cover;
}

/** §5.5: fractional PSO vacancies under the rulebook's minimum FTE are not funded at stages 4–5. */
export function isFractionalPso(role: VacancyRole | null, fte: number | null, rb: RulebookValues): boolean {
  return role === 'PSO' && fte !== null && fte < rb.fractionalPsoMinimumFte;
}

/** The Vacancy fields the stage figures read, with stage dates after as-of treated as not yet reached. */
function stagesByAsOf(v: Vacancy, asOf: Day): (Day | null)[] {
  return v.stageDates.map((d) => (d !== null && d !== undefined && d <= asOf ? d : null));
}

/**
 * Vacancies open on as-of, longest vacant first (within each region), and those
 * of them that are cover for a secondee still seconded on as-of.
 */
export function packVacancies(p: PackRows): { vacancies: PackVacancy[]; coverOnAsOf: Set<PackVacancy> } {
  const { asOf, rb, ref } = p;
  const vacancies: PackVacancy[] = [];
  // Open vacancies that are cover for a secondee still seconded on as-of: the same post (as for the fee, NPF 2021 §5.4).
  const coverOnAsOf = new Set<PackVacancy>();
  for (const x of p.indexed) {
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
        findings: p.rowFindings(x, 'Vacancies', v.row),
      };
      vacancies.push(packed);
      if (cover.has(v)) coverOnAsOf.add(packed);
    }
  }
  // Region, vacant from (unknown first), ID (compareText), then place.
  sortByKeys(vacancies, (v) => [p.regionIndex(v.ref.region), v.vacantFrom ?? 0, textKey(v.ref.id)], (a, b) => p.byPlace(a.ref, b.ref));
  return { vacancies, coverOnAsOf };
}
