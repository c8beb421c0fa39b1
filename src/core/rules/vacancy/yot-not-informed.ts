import { isOpen, stage4Earliest } from '../../calc/vacancy';
import { plural } from '../../words';
import { day, days, defineRule, months } from '../define';

/**
 * vacancy/yot-not-informed: a vacancy "unfilled for a maximum period of 3 months,
 * then YOT manager is to be informed" (NPF 2021 §5.5 stage 4). Due on
 * `EDATE(vacantFrom, 3)`. Fires
 * - for a vacancy open on the as-of date, after the due date (informing on
 *   the due day is on time), with no YOT informed date (or one after the
 *   as-of date: not informed then);
 * - for a YOT informed date later than the due date (informed late), open or not.
 * A post filled on or before the due date never needed the YOT informing.
 */
export default defineRule({
  id: 'vacancy/yot-not-informed',
  kind: 'vacancy',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 4' },
  description: (rb) => `The YOT manager was not informed by the time the post had been unfilled for ${plural(rb.stage4WaitMonths, 'month')}: no YOT informed date, or a later one.`,
  needs: ['vacantFrom', 'filledDate', 'yotInformed'],
  messages: {
    notInformed:
      'The post has been vacant since {{vacantFrom}}; the YOT manager should have been informed by {{due}} ({{months}} unfilled), but no YOT informed date is recorded (as of {{asOf}}).',
    informedLater:
      'The post has been vacant since {{vacantFrom}}; the YOT manager should have been informed by {{due}} ({{months}} unfilled), but the YOT informed date is {{informed}}, after the as-of date {{asOf}}.',
    late:
      'The post fell vacant on {{vacantFrom}}; the YOT manager is to be informed once it has been unfilled for at most {{months}}, by {{due}}, but the YOT informed date is {{informed}}, {{daysLate}} late.',
  },
  check(v, { asOf, rulebook }, report) {
    if (v.vacantFrom === null) return;
    const due = stage4Earliest(v.vacantFrom, rulebook);
    if (v.filledDate !== null && v.filledDate <= due) return;
    // Facts made only for a finding, in one object each (no spread).
    if (v.yotInformed !== null && v.yotInformed <= asOf) {
      if (v.yotInformed > due)
        report('late', { vacantFrom: day(v.vacantFrom), due: day(due), months: months(rulebook.stage4WaitMonths), asOf: day(asOf), informed: day(v.yotInformed), daysLate: days(v.yotInformed - due) }, 'yotInformed');
      return;
    }
    // Informing on the due day is on time, so a blank is overdue only after it.
    if (!isOpen(v, asOf) || asOf <= due) return;
    if (v.yotInformed === null) report('notInformed', { vacantFrom: day(v.vacantFrom), due: day(due), months: months(rulebook.stage4WaitMonths), asOf: day(asOf) }, 'yotInformed');
    else report('informedLater', { vacantFrom: day(v.vacantFrom), due: day(due), months: months(rulebook.stage4WaitMonths), asOf: day(asOf), informed: day(v.yotInformed) }, 'yotInformed');
  },
});
