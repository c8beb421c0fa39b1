import { formatUk } from '../../dates';
import { ppdaDue } from '../../calc/secondment';
import { defineRule } from '../define';

/**
 * secondment/ppda-overdue (probation secondees only): the Performance Planning and Development Agreement
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
  description: (rb) => `Probation secondees: the PPDA / SPDR was not agreed within ${rb.ppdaMonths === 1 ? 'the first month' : `${rb.ppdaMonths} months`} of the start.`,
  needs: ['start', 'ppdaAgreed', 'actualEnd', 'scheme'],
  messages: {
    late: 'PPDA agreed on {{agreed}}; it was due by {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §5).',
    missing: 'PPDA due {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §5); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook }, report) {
    // A duty for probation secondees (PO, PSO); police officers have an annual PDR instead (secondment/police-pdr-overdue).
    if (s.start === null || s.scheme !== 'Probation') return;
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
