import { formatUk, type Day } from '../../dates';
import type { RulebookValues } from '../../rulebook';
import type { Secondment } from '../../records/types';
import { initialYears, maxExtensionYears } from '../../calc/secondment';
import { defineRule } from '../define';

function termFacts(s: Secondment, start: Day, last: Day, rulebook: RulebookValues): { lastDay: string; years: number; start: string } {
  const years = initialYears(s.scheme, rulebook) + Math.min(s.extensionYears, maxExtensionYears(s.scheme, rulebook));
  return { lastDay: formatUk(last), years, start: formatUk(start) };
}

/**
 * secondment/term-exceeded: a secondment must end by its last day,
 * `EDATE(start, 12 × (initial + extension)) − 1` (NPF 2021 §5.4; police: YOT
 * Police Review 2010 §5.10.2). The term is taken at the lawful maximum when the
 * recorded extension is too long (that is secondment/extension-too-long's
 * finding), so a secondee kept on beyond the maximum is still caught here.
 *
 * Fires when there is no actual end date and as-of is after the last day, or the
 * actual end date is after the last day (rules.md catalogue). An actual end date
 * on the last day itself is within the term.
 */
export default defineRule({
  id: 'secondment/term-exceeded',
  kind: 'secondment',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.4' },
  description: 'The secondment has run, or is recorded to end, beyond the last day its term allows.',
  needs: ['start', 'actualEnd', 'extensionYears', 'scheme'],
  messages: {
    stillRunning:
      'The last day of this secondment was {{lastDay}} ({{years}} years from the start on {{start}}, NPF 2021 §5.4), but no actual end date is recorded by {{asOf}}.',
    endedLate:
      'Actual end date is {{actualEnd}}; the last day of this secondment is {{lastDay}} ({{years}} years from the start on {{start}}, NPF 2021 §5.4).',
    stillRunningPolice:
      'The last day of this police secondment was {{lastDay}} ({{years}} years from the start on {{start}}, YOT Police Review 2010 §5.10.2), but no actual end date is recorded by {{asOf}}.',
    endedLatePolice:
      'Actual end date is {{actualEnd}}; the last day of this police secondment is {{lastDay}} ({{years}} years from the start on {{start}}, YOT Police Review 2010 §5.10.2).',
  },
  messageCitations: { stillRunningPolice: { doc: 'YOT Police Review 2010', section: '§5.10.2' }, endedLatePolice: { doc: 'YOT Police Review 2010', section: '§5.10.2' } },
  check(s, { asOf, rulebook, term }, report) {
    const last = term.lastDay();
    if (s.start === null || last === null) return;
    const police = s.scheme === 'Police';
    // Facts are made only for a finding: most secondments have none.
    if (s.actualEnd === null) {
      if (asOf > last) report(police ? 'stillRunningPolice' : 'stillRunning', { ...termFacts(s, s.start, last, rulebook), asOf: formatUk(asOf) }, 'actualEnd');
    } else if (s.actualEnd > last) {
      report(police ? 'endedLatePolice' : 'endedLate', { ...termFacts(s, s.start, last, rulebook), actualEnd: formatUk(s.actualEnd) }, 'actualEnd');
    }
  },
});
