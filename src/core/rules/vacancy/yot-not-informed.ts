import { formatUk } from '../../dates';
import { isOpen, stage4Earliest } from '../../calc/vacancy';
import { plural } from '../../text';
import { defineRule } from '../define';

/**
 * vacancy/yot-not-informed: once a vacancy "has been unfilled for a maximum period
 * of 3 months ... YOT manager is to be informed" (NPF 2021 §5.5 stage 4). Due on
 * `EDATE(vacantFrom, 3)`; fires for a vacancy open on the as-of date, from the due
 * date on, with no YOT informed date. A YOT informed date after the as-of date
 * means the YOT had not been informed on the as-of date (a re-run of an earlier
 * quarter), so it fires too, with its own message.
 */
export default defineRule({
  id: 'vacancy/yot-not-informed',
  kind: 'vacancy',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 4' },
  description: 'An open vacancy has been unfilled for 3 months and no date is recorded for informing the YOT manager.',
  needs: ['vacantFrom', 'filledDate', 'yotInformed'],
  messages: {
    notInformed:
      'The post has been vacant since {{vacantFrom}}; the YOT manager should have been informed by {{due}} ({{months}} unfilled), but no YOT informed date is recorded (as of {{asOf}}).',
    informedLater:
      'The post has been vacant since {{vacantFrom}}; the YOT manager should have been informed by {{due}} ({{months}} unfilled), but the YOT informed date is {{informed}}, after the as-of date {{asOf}}.',
  },
  check(v, { asOf, rulebook }, report) {
    if (v.vacantFrom === null || !isOpen(v, asOf)) return;
    const due = stage4Earliest(v.vacantFrom, rulebook);
    if (asOf < due) return;
    if (v.yotInformed !== null && v.yotInformed <= asOf) return;
    const facts = { vacantFrom: formatUk(v.vacantFrom), due: formatUk(due), months: plural(rulebook.stage4WaitMonths, 'month'), asOf: formatUk(asOf) };
    if (v.yotInformed === null) report('notInformed', facts, 'yotInformed');
    else report('informedLater', { ...facts, informed: formatUk(v.yotInformed) }, 'yotInformed');
  },
});
