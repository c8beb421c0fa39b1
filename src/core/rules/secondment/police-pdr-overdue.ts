import { isActive, policePdrDue } from '../../calc/secondment';
import { plural } from '../../words';
import { day, defineRule, months } from '../define';

/**
 * secondment/police-pdr-overdue: police secondees are not managed through the
 * London Protocol's PPDA and reviews; they have an annual Personal Development
 * Review (YOT Police Review 2010 §5.10.4.1). The next is due `EDATE(last PDR, 12)`,
 * or `EDATE(start, 12)` when none is recorded, and is overdue when as-of is after
 * it (on the due day itself is in time). Only active police secondments are
 * checked.
 *
 * Runs only on a register that has a "Last PDR" column: older trackers lack it,
 * and a blank column nobody was asked to keep must not fill the findings.
 */
export default defineRule({
  id: 'secondment/police-pdr-overdue',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'YOT Police Review 2010', section: '§5.10.4.1' },
  description: (rb) =>
    `Police secondees: no annual Personal Development Review in the last ${plural(rb.policePdrMonths, 'month')} (checked only when the register has a "Last PDR" column).`,
  needs: ['start', 'actualEnd', 'lastPdr', 'scheme'],
  messages: {
    overdue:
      'Personal Development Review due by {{due}}, {{period}} after the last one on {{last}} (annual PDR, YOT Police Review 2010 §5.10.4.1); none recorded since then, as of {{asOf}}.',
    noneSinceStart:
      'Personal Development Review due by {{due}}, {{period}} after the start on {{start}} (annual PDR, YOT Police Review 2010 §5.10.4.1); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook, records }, report) {
    if (s.scheme !== 'Police' || s.start === null || !isActive(s, asOf)) return;
    if (records.layouts.Secondments?.columns['lastPdr'] === undefined) return;
    const due = policePdrDue(s, rulebook);
    if (due === null || asOf <= due) return;
    const facts = { due: day(due), asOf: day(asOf), period: months(rulebook.policePdrMonths) };
    if (s.lastPdr === null) report('noneSinceStart', { ...facts, start: day(s.start) }, 'lastPdr');
    else report('overdue', { ...facts, last: day(s.lastPdr) }, 'lastPdr');
  },
});
