import { maxExtensionMonths, termMonths } from '../../calc/secondment';
import { day, defineRule, duration } from '../define';

/**
 * secondment/term-exceeded: a secondment must end by its last day, the day
 * before the anniversary `24 + extension months` after the start (the 1st of the
 * next month when that month has no such day; calc/secondment lastDay) (NPF 2021 §5.4; police: YOT
 * Police Review 2010 §5.10.2). The term is taken at the lawful maximum when the
 * recorded extension is too long (that is secondment/extension-too-long's
 * finding), so a secondee kept on beyond the maximum is still caught here.
 *
 * Fires when there is no actual end date and as-of is after the last day, or the
 * actual end date is after the last day (docs/rules.md catalogue). An actual end date
 * on the last day itself is within the term.
 */
export default defineRule({
  id: 'secondment/term-exceeded',
  kind: 'secondment',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.4' },
  description: 'The secondment has run, or is recorded to end, beyond the last day its term allows.',
  needs: ['start', 'actualEnd', 'extensionMonths', 'scheme'],
  messages: {
    stillRunning:
      'The last day of this secondment was {{lastDay}} ({{term}} from the start on {{start}}, NPF 2021 §5.4), but no actual end date is recorded by {{asOf}}.',
    endedLate:
      'Actual end date is {{actualEnd}}; the last day of this secondment is {{lastDay}} ({{term}} from the start on {{start}}, NPF 2021 §5.4).',
    stillRunningPolice:
      'The last day of this police secondment was {{lastDay}} ({{term}} from the start on {{start}}, YOT Police Review 2010 §5.10.2), but no actual end date is recorded by {{asOf}}.',
    endedLatePolice:
      'Actual end date is {{actualEnd}}; the last day of this police secondment is {{lastDay}} ({{term}} from the start on {{start}}, YOT Police Review 2010 §5.10.2).',
  },
  messageCitations: { stillRunningPolice: { doc: 'YOT Police Review 2010', section: '§5.10.2' }, endedLatePolice: { doc: 'YOT Police Review 2010', section: '§5.10.2' } },
  check(s, { asOf, rulebook, term: dates }, report) {
    const last = dates.lastDay();
    if (s.start === null || last === null) return;
    const stillRunning = s.actualEnd === null;
    if (stillRunning ? asOf <= last : s.actualEnd! <= last) return;
    // Facts only for a finding: most secondments are within their term.
    const term = duration(termMonths(Math.min(s.extensionMonths, maxExtensionMonths(s.scheme, rulebook)), s.scheme, rulebook));
    const police = s.scheme === 'Police';
    if (stillRunning) report(police ? 'stillRunningPolice' : 'stillRunning', { lastDay: day(last), term, start: day(s.start), asOf: day(asOf) }, 'actualEnd');
    else report(police ? 'endedLatePolice' : 'endedLate', { lastDay: day(last), term, start: day(s.start), actualEnd: day(s.actualEnd!) }, 'actualEnd');
  },
});
