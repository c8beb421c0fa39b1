import type { Day } from '../../dates';
import { plural } from '../../words';
import { day, defineRule, months, type Facts } from '../define';

/** The due date, the start and the period, as every message of this rule states them. */
function ppdaFacts(due: Day, start: Day, period: number): Facts {
  return { due: day(due), start: day(start), period: months(period) };
}

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
  description: (rb) => `Probation secondees: the PPDA / SPDR was not agreed within ${rb.ppdaMonths === 1 ? 'the first month' : plural(rb.ppdaMonths, 'month')} of the start.`,
  needs: ['start', 'ppdaAgreed', 'actualEnd', 'scheme'],
  messages: {
    late: 'PPDA agreed on {{agreed}}; it was due by {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §5).',
    missing: 'PPDA due {{due}} ({{period}} after the start on {{start}}, London Protocol 2010 §5); none recorded by {{asOf}}.',
  },
  check(s, { asOf, rulebook, term }, report) {
    // A duty for probation secondees (PO, PSO); police officers have an annual PDR instead (secondment/police-pdr-overdue).
    if (s.start === null || s.scheme !== 'Probation') return;
    const due = term.ppdaDue();
    if (due === null) return;
    // Facts are made only for a finding: most secondments have none.
    if (s.ppdaAgreed !== null) {
      if (s.ppdaAgreed > due) report('late', { ...ppdaFacts(due, s.start, rulebook.ppdaMonths), agreed: day(s.ppdaAgreed) }, 'ppdaAgreed');
      return;
    }
    if (asOf <= due) return;
    if (s.actualEnd !== null && s.actualEnd <= due) return;
    report('missing', { ...ppdaFacts(due, s.start, rulebook.ppdaMonths), asOf: day(asOf) }, 'ppdaAgreed');
  },
});
