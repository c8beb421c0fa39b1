import { isActive } from '../../calc/secondment';
import { plural } from '../../words';
import { day, defineRule, months } from '../define';

/**
 * secondment/three-way-overdue (probation secondees only): the link manager keeps in touch with secondee and
 * YOS manager through three-way reviews "at least quarterly" (NPF 2021 §5.3;
 * London Protocol 2010 §8). The next is due `EDATE(last review, 3)`, or
 * `EDATE(start, 3)` when none is recorded, and is overdue when as-of is after it
 * (on the due day itself is in time). Only active secondments are checked: one
 * that has ended or not yet started has no reviews to keep up.
 */
export default defineRule({
  id: 'secondment/three-way-overdue',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.3; London Protocol 2010 §8' },
  description: (rb) => `Probation secondees: an active secondment has had no three-way review in the last ${plural(rb.threeWayReviewMonths, 'month')}.`,
  needs: ['start', 'actualEnd', 'lastThreeWayReview', 'scheme'],
  messages: {
    overdue:
      'Three-way review (secondee, YOS manager, link manager) due by {{due}}, {{period}} after the last one on {{last}} (at least quarterly, NPF 2021 §5.3); none recorded since then, as of {{asOf}}.',
    noneSinceStart:
      'Three-way review (secondee, YOS manager, link manager) due by {{due}}, {{period}} after the start on {{start}} (at least quarterly, NPF 2021 §5.3); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook, term }, report) {
    // The link manager's duty to probation secondees (NPF 2021 §5.3); police officers are not managed by a link manager.
    if (s.start === null || s.scheme !== 'Probation' || !isActive(s, asOf)) return;
    const due = term.threeWayReviewDue();
    if (due === null || asOf <= due) return;
    const facts = { due: day(due), asOf: day(asOf), period: months(rulebook.threeWayReviewMonths) };
    if (s.lastThreeWayReview === null) {
      report('noneSinceStart', { ...facts, start: day(s.start) }, 'lastThreeWayReview');
    } else {
      report('overdue', { ...facts, last: day(s.lastThreeWayReview) }, 'lastThreeWayReview');
    }
  },
});
