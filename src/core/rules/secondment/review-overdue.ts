import type { Day } from '../../dates';
import { plural } from '../../words';
import { day, defineRule, months, type Facts } from '../define';

/** The due date, the start and the period, as every message of this rule states them. */
function reviewFacts(due: Day, start: Day, period: number): Facts {
  return { due: day(due), start: day(start), period: months(period) };
}

/**
 * secondment/review-overdue (probation secondees only): a review meeting takes place within six months of
 * the secondee starting in post (London Protocol 2010 §2): due `EDATE(start, 6)`.
 * Fires when the review was held after the due date, or is blank while as-of is
 * after it ("after" = strictly later: on the due date is in time).
 *
 * A secondment that ended on or before the due date with nothing recorded is
 * exempt: there was no six months in post to review. A review recorded late is
 * still reported, whenever the secondment ended.
 */
export default defineRule({
  id: 'secondment/review-overdue',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'London Protocol 2010', section: '§2' },
  description: (rb) => `Probation secondees: the six-month review was not held within ${plural(rb.sixMonthReviewMonths, 'month')} of the start.`,
  needs: ['start', 'sixMonthReview', 'actualEnd', 'scheme'],
  messages: {
    late: 'Six-month review held on {{held}}; it was due by {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §2).',
    missing: 'Six-month review due {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §2); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook, term }, report) {
    // A London Protocol duty for probation secondees (PO, PSO); police officers have an annual PDR instead.
    if (s.start === null || s.scheme !== 'Probation') return;
    const due = term.sixMonthReviewDue();
    if (due === null) return;
    // Facts are made only for a finding: most secondments have none.
    if (s.sixMonthReview !== null) {
      if (s.sixMonthReview > due) report('late', { ...reviewFacts(due, s.start, rulebook.sixMonthReviewMonths), held: day(s.sixMonthReview) }, 'sixMonthReview');
      return;
    }
    if (asOf <= due) return;
    if (s.actualEnd !== null && s.actualEnd <= due) return;
    report('missing', { ...reviewFacts(due, s.start, rulebook.sixMonthReviewMonths), asOf: day(asOf) }, 'sixMonthReview');
  },
});
