/**
 * The Secondments sheet's part of the model: each secondment active on the
 * as-of date, its lawful last day (NPF 2021 §5.4; London Protocol 2010 §2) and
 * where its exit planning meeting and reviews stand. Pure.
 */
import type { Day } from '../../../dates';
import { exitPlanningDue, isActive, lawfulLastDay, policePdrDue, ppdaDue, sixMonthReviewDue, threeWayReviewDue } from '../../../calc/secondment';
import type { Nation, Scheme, SecondmentRole } from '../../../records/types';
import { sortByKeys, textKey, type FindingCounts, type PackRows, type RowRef } from '../../rows';

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

function review(due: Day, held: Day | null, asOf: Day, dueBy: Day): ReviewStatus {
  const heldByAsOf = held !== null && held <= asOf ? held : null;
  let state: ReviewState;
  if (heldByAsOf !== null) state = 'held';
  else if (asOf > due) state = 'overdue';
  else if (due <= dueBy) state = 'due';
  else state = 'not-due';
  return { due, held: heldByAsOf, state };
}

/** Secondments active on as-of, soonest last day first (within each region). */
export function packSecondments(p: PackRows): PackSecondment[] {
  const { asOf, rb, reviewsDueBy, endingBy, includeNames, ref } = p;
  const secondments: PackSecondment[] = [];
  for (const x of p.indexed) {
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
        findings: p.rowFindings(x, 'Secondments', s.row),
      });
    }
  }
  // Region, last day, ID (compareText), then place.
  return sortByKeys(secondments, (s) => [p.regionIndex(s.ref.region), s.lastDay, textKey(s.ref.id)], (a, b) => p.byPlace(a.ref, b.ref));
}
