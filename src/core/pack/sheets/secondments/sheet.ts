/**
 * The Secondments sheet: each secondment active on the as-of date, soonest
 * ending first, with its lawful last day (NPF 2021 §5.4; London Protocol 2010
 * §2), exit planning meeting and reviews. Secondee names only when asked for.
 */
import { DEFAULT_TERM_CITATION, type RulebookValues } from '../../../rulebook';
import type { CellValue } from '../../document';
import type { ColumnSpec, PackSheet, SheetContext, SheetDraft } from '../types';
import { plural, rag, uk } from '../../words';
import { findingsRag, regionLines } from '../text';
import type { ReviewStatus } from './model';

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

export function secondmentsDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  const asOf = uk(model.asOf);
  const months = model.endingWithinMonths;
  const t = model.totals;
  const rb = model.rulebook.values;
  const namesNote = model.includeNames ? 'Secondee names are included: handle as personal data.' : 'Secondee names are left out of this pack.';
  const columns: ColumnSpec[] = [
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
  return {
    name: 'Secondments',
    freeze: true,
    lines: [
      { text: `Secondments active on ${asOf}`, style: 'title' },
      { text: `${plural(model.secondments.length, 'active secondment')}; ${t.exitsDue} with a last day on or before ${uk(model.endingBy)} (within ${months} months); ${plural(t.overdueReviews, 'review')} overdue; reviews due by ${uk(model.reviewsDueBy)} are shown amber.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${r.inPost} active, ${r.exitsDue} ending within ${months} months, ${r.overdueReviews} reviews overdue.`),
      { text: lastDayNote(rb, model.rulebook.termCitation), style: 'text' },
      { text: `Probation secondees: PPDA within ${plural(rb.ppdaMonths, 'month')} of the start, six-month review within ${plural(rb.sixMonthReviewMonths, 'month')} (London Protocol 2010 §2, §5), three-way review at least every ${plural(rb.threeWayReviewMonths, 'month')} (NPF 2021 §5.3). Police secondees have an annual PDR instead (YOT Police Review 2010 §5.10.4.1): their probation reviews show "n/a". ${namesNote}`, style: 'text' },
    ],
    table: {
      name: 'PackSecondments',
      caption: `Secondments active on ${asOf}, soonest ending first, with exit planning and reviews`,
      columns,
      rows: model.secondments.map((s): CellValue[] => [
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
}

export const secondmentsSheet: PackSheet = {
  name: 'Secondments',
  describe: (ctx) => `Active secondments: those ending within ${ctx.model.endingWithinMonths} months, exit planning, PPDA, six-month and three-way reviews`,
  draft: secondmentsDraft,
};
