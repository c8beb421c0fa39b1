import { formatUk } from '../../dates';
import { initialYears, lastDay, maxExtensionYears } from '../../calc/secondment';
import { defineRule } from '../define';

/**
 * secondment/planned-end-mismatch: a planned end date should be the last day
 * worked out from the start and the extension,
 * `EDATE(start, 12 × (initial + extension)) − 1` (NPF 2021 §5.4). A common slip is
 * the anniversary itself, a day too late.
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
  needs: ['start', 'plannedEnd', 'extensionYears', 'scheme'],
  messages: {
    mismatch:
      'Planned end date is {{plannedEnd}}; the last day of a {{years}}-year secondment starting {{start}} (extension years: {{extension}}) is {{expected}}, the day before the anniversary of the start.',
  },
  check(s, { rulebook }, report) {
    if (s.start === null || s.plannedEnd === null) return;
    if (s.extensionYears > maxExtensionYears(s.scheme, rulebook)) return;
    const expected = lastDay(s.start, s.extensionYears, s.scheme, rulebook);
    if (s.plannedEnd === expected) return;
    report(
      'mismatch',
      {
        plannedEnd: formatUk(s.plannedEnd),
        start: formatUk(s.start),
        extension: s.extensionYears,
        expected: formatUk(expected),
        years: initialYears(s.scheme, rulebook) + s.extensionYears,
      },
      'plannedEnd',
    );
  },
});
