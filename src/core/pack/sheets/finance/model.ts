/**
 * The Finance sheet's part of the model: each YOT's management fee on the fee
 * basis date (NPF 2021 §5.4), and every stage 4 temp invoice and stage 5
 * reimbursement in the Vacancy Trackers with whether it could be paid
 * (NPF 2021 §5.5 stages 4–5). Pure.
 */
import { daysInMonth, financialYearStart, fromYmd, toYmd, type Day } from '../../../dates';
import type { RulebookValues } from '../../../rulebook';
import { managementFee, yotKey } from '../../../calc/allocation';
import { isActive } from '../../../calc/secondment';
import { isOpen, stage4Earliest, stage5Earliest } from '../../../calc/vacancy';
import { yotTempInPost } from '../../../calc/temp';
import type { Scheme, SecondmentRole, VacancyRole } from '../../../records/types';
import { compareText } from '../../../records/region';
import { sortByKeys, textKey, type PackRows, type RowRef } from '../../rows';
import { coverVacancies, isFractionalPso } from '../vacancies/model';

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

const KIND_ORDER: Record<FeeBasisRow['kind'], number> = { 'in-post': 0, vacant: 1, cover: 2 };

/** Management fees: PO posts on the fee basis date, by head, per YOT (NPF 2021 §5.4); every YOT of a workbook has a line. */
export function packFees(p: PackRows): PackFee[] {
  const { rb, ref } = p;
  const basisDate = feeBasisDate(p.asOf, rb);
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
  for (const x of p.indexed) {
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
      basis: sortByKeys([...e.basis], (b) => [KIND_ORDER[b.kind], textKey(b.ref.id)], (a, b) => p.byPlace(a.ref, b.ref)),
    };
  });
  return fees.sort((a, b) => p.regionIndex(a.region) - p.regionIndex(b.region) || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot));
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

/** Stage 4 temp invoices and stage 5 reimbursements (NPF 2021 §5.5), each judged on its stage date. */
export function packClaims(p: PackRows): PackClaim[] {
  const { asOf, rb, ref } = p;
  const claims: PackClaim[] = [];
  for (const x of p.indexed) {
    for (const v of x.input.records.vacancies) {
      const fractional = isFractionalPso(v.role, v.fte, rb);
      const stage4 = v.stageDates[4] ?? null;
      const stage5 = v.stageDates[5] ?? null;
      if ((v.tempInvoice === null || v.tempInvoice <= 0) && (v.reimbursement === null || v.reimbursement <= 0)) continue;
      const rowRef = ref(x, 'Vacancies', v.row, v.id);
      const yot = x.yotName(v.yot);
      const filledBy = v.filledByText ?? v.filledBy;
      // Each claim one object literal, its fields always in this order (spreading a shared base and the check
      // into each made objects that every later filter over 40,000 claims read slowly).
      const claim = (kind: PackClaim['kind'], stage: 4 | 5, stageDate: Day | null, earliest: Day | null, amount: number, check: { eligible: boolean; problem: ClaimProblem }): PackClaim => ({
        ref: rowRef,
        pdu: v.pdu,
        yot,
        role: v.role,
        fte: v.fte,
        kind,
        stage,
        stageDate,
        earliest,
        amount,
        filledBy,
        eligible: check.eligible,
        problem: check.problem,
      });
      if (v.tempInvoice !== null && v.tempInvoice > 0) {
        const earliest = v.vacantFrom === null ? null : stage4Earliest(v.vacantFrom, rb);
        claims.push(claim('temp-invoice', 4, stage4, earliest, v.tempInvoice, claimCheck(stage4, earliest, fractional, asOf)));
      }
      if (v.reimbursement !== null && v.reimbursement > 0) {
        const earliest = v.vacantFrom === null ? null : stage5Earliest(v.vacantFrom, stage4, rb);
        let check = claimCheck(stage5, earliest, fractional, asOf);
        // Stage 5 needs the post "unfilled by either PO/PSO or YOT appointed appropriate temporary staff" (NPF 2021 §5.5 stage 5).
        if (check.eligible && stage5 !== null && yotTempInPost(v, stage5)) check = { eligible: false, problem: 'yot-temp' };
        claims.push(claim('reimbursement', 5, stage5, earliest, v.reimbursement, check));
      }
    }
  }
  return sortByKeys(claims, (c) => [p.regionIndex(c.ref.region), c.stage, textKey(c.pdu), textKey(c.yot), textKey(c.ref.id)], (a, b) => p.byPlace(a.ref, b.ref));
}
