import { lastDay, maxExtensionMonths, termMonths } from '../../calc/secondment';
import { day, defineRule, duration } from '../define';

/**
 * secondment/planned-end-mismatch: a planned end date should be the last day
 * worked out from the start and the extension: the day before the anniversary
 * `N = 24 + extension months` after the start, where an anniversary in a month
 * without the start's day (29 February, the 31st) is the 1st of the next month
 * (NPF 2021 §5.4; calc/secondment lastDay). A common slip is the anniversary
 * itself, a day too late. A start on 29/02/2024 ends on 28/02/2026.
 *
 * The computed last day uses the extension as recorded, not clamped to the
 * maximum: the planned end should agree with what the register says was agreed.
 * When the extension is above the scheme's maximum the comparison is skipped:
 * secondment/extension-too-long already reports the row, and neither the
 * recorded nor the clamped term would be a fair yardstick.
 */
export default defineRule({
  id: 'secondment/planned-end-mismatch',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.4' },
  description: 'The planned end date is not the last day worked out from the start date and extension.',
  needs: ['start', 'plannedEnd', 'extensionMonths', 'scheme'],
  messages: {
    mismatch:
      'Planned end date is {{plannedEnd}}; the last day of a secondment of {{term}} starting {{start}} (extension: {{extension}}) is {{expected}}, the day before the anniversary of the start.',
  },
  check(s, { rulebook }, report) {
    if (s.start === null || s.plannedEnd === null) return;
    if (s.extensionMonths > maxExtensionMonths(s.scheme, rulebook)) return;
    const expected = lastDay(s.start, s.extensionMonths, s.scheme, rulebook);
    if (s.plannedEnd === expected) return;
    report(
      'mismatch',
      {
        plannedEnd: day(s.plannedEnd),
        start: day(s.start),
        extension: duration(s.extensionMonths),
        expected: day(expected),
        term: duration(termMonths(s.extensionMonths, s.scheme, rulebook)),
      },
      'plannedEnd',
    );
  },
});
