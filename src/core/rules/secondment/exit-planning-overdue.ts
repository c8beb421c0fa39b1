import { formatUk } from '../../dates';
import { isActive } from '../../calc/secondment';
import { defineRule } from '../define';

/**
 * secondment/exit-planning-overdue: six months before the end of a secondment a
 * three-way meeting (YOS manager, link manager / Liaison SPO, secondee) plans the
 * return and starts recruiting a replacement (London Protocol 2010 §2; NPF 2021
 * §5.4). Due `EDATE(lastDay, −6)`; overdue when an active secondment has no exit
 * planning meeting recorded and as-of is after the due date. The last day is the
 * lawful one (the term taken at the maximum when the extension is too long).
 *
 * Only whether a meeting is recorded is checked, not its date: rules.md does not
 * make a late meeting a finding.
 */
export default defineRule({
  id: 'secondment/exit-planning-overdue',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'London Protocol 2010', section: '§2' },
  description: 'An active secondment has no exit planning meeting although its end is less than six months away.',
  needs: ['start', 'actualEnd', 'extensionYears', 'scheme', 'exitPlanningMeeting'],
  messages: {
    missing:
      'Exit planning meeting due by {{due}}, {{period}} before the last day of the secondment on {{lastDay}}, to plan the return and recruit a replacement (London Protocol 2010 §2); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook, term }, report) {
    if (s.exitPlanningMeeting !== null || !isActive(s, asOf)) return;
    const last = term.lastDay();
    const due = term.exitPlanningDue();
    if (last === null || due === null) return;
    if (asOf <= due) return;
    const months = rulebook.exitPlanningMonthsBeforeEnd;
    report(
      'missing',
      { due: formatUk(due), lastDay: formatUk(last), asOf: formatUk(asOf), period: `${months} month${months === 1 ? '' : 's'}` },
      'exitPlanningMeeting',
    );
  },
});
