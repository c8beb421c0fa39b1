import { formatUk } from '../../dates';
import { ppdaDue } from '../../calc/secondment';
import { defineRule } from '../define';

/**
 * secondment/ppda-overdue: the Performance Planning and Development Agreement
 * (PPDA / SPDR) is agreed by the end of month one (London Protocol 2010 §5):
 * due `EDATE(start, 1)`. Fires when it was agreed after the due date, or is blank
 * while as-of is after it ("after" = strictly later: on the due date is in time).
 *
 * A secondment that ended on or before the due date with nothing recorded is
 * exempt: the secondee left before a PPDA could be late, and there is nothing
 * left to chase. A PPDA recorded late is still reported, whenever it ended.
 */
export default defineRule({
  id: 'secondment/ppda-overdue',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'London Protocol 2010', section: '§5' },
  description: 'The PPDA / SPDR was not agreed by the end of the first month of the secondment.',
  needs: ['start', 'ppdaAgreed', 'actualEnd'],
  messages: {
    late: 'PPDA agreed on {{agreed}}; it was due by {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §5).',
    missing: 'PPDA due {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §5); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook }, report) {
    if (s.start === null) return;
    const due = ppdaDue(s.start, rulebook);
    const months = rulebook.ppdaMonths;
    const facts = { due: formatUk(due), start: formatUk(s.start), period: `${months} month${months === 1 ? '' : 's'}` };
    if (s.ppdaAgreed !== null) {
      if (s.ppdaAgreed > due) report('late', { ...facts, agreed: formatUk(s.ppdaAgreed) }, 'ppdaAgreed');
      return;
    }
    if (asOf <= due) return;
    if (s.actualEnd !== null && s.actualEnd <= due) return;
    report('missing', { ...facts, asOf: formatUk(asOf) }, 'ppdaAgreed');
  },
});
