import { isActive } from '../../calc/secondment';
import { plural } from '../../words';
import { day, defineRule, months } from '../define';

/**
 * secondment/exit-planning-overdue (probation secondees only): six months before
 * the end of a secondment an exit planning meeting (YOS manager, link manager,
 * secondee) plans the return and starts recruiting a replacement (NPF 2021 §5.4,
 * with the London Protocol 2010 §2 as supporting text). Due `EDATE(lastDay, −6)`; overdue when an active secondment has no exit
 * planning meeting recorded and as-of is after the due date. The last day is the
 * lawful one (the term taken at the maximum when the extension is too long).
 *
 * Only whether a meeting is recorded is checked, not its date: docs/rules.md does not
 * make a late meeting a finding.
 */
export default defineRule({
  id: 'secondment/exit-planning-overdue',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.4; London Protocol 2010 §2' },
  description: (rb) => `Probation secondees: an active secondment has no exit planning meeting although its last day is less than ${plural(rb.exitPlanningMonthsBeforeEnd, 'month')} away.`,
  needs: ['start', 'actualEnd', 'extensionMonths', 'scheme', 'exitPlanningMeeting'],
  messages: {
    missing:
      'Exit planning meeting due by {{due}}, {{period}} before the last day of the secondment on {{lastDay}}, to plan the return and recruit a replacement (NPF 2021 §5.4; London Protocol 2010 §2); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook, term }, report) {
    // NPF 2021 §5.4 and the London Protocol set this for probation secondees (PO, PSO) only.
    if (s.exitPlanningMeeting !== null || s.scheme !== 'Probation' || !isActive(s, asOf)) return;
    const last = term.lastDay();
    const due = term.exitPlanningDue();
    if (last === null || due === null) return;
    if (asOf <= due) return;
    report(
      'missing',
      { due: day(due), lastDay: day(last), asOf: day(asOf), period: months(rulebook.exitPlanningMonthsBeforeEnd) },
      'exitPlanningMeeting',
    );
  },
});
