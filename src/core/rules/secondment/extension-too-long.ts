import { initialYears, maxExtensionMonths } from '../../calc/secondment';
import { plural } from '../../words';
import { count, defineRule, duration, months } from '../define';

/**
 * secondment/extension-too-long: a secondment may be extended only so far.
 * Probation: "for up to, but not more than, one additional year" (London
 * Protocol 2010 §2), 3 years in all ("2+1", in line with Civil Service
 * Commissioner rules; NPF 2021 §5.4). Part years are allowed, so the check is in
 * months: at most 12. Police: at least 2 years, "extended annually up to a
 * maximum of 5 years" (YOT Police Review 2010 §5.10.2): at most 36 months. An
 * extension beyond the maximum is an error, not a clamp (docs/rules.md, "Secondment
 * term"); the other term rules take the term at the maximum (lawfulLastDay).
 */
export default defineRule({
  id: 'secondment/extension-too-long',
  kind: 'secondment',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.4; London Protocol 2010 §2' },
  description: (rb) =>
    `The extension is longer than the secondment scheme allows (Probation ${plural(Math.round(12 * rb.probationMaxExtensionYears), 'month')}, Police ${plural(Math.round(12 * rb.policeMaxExtensionYears), 'month')}).`,
  // An unreadable scheme would be taken as Probation by default: do not judge the extension against the wrong maximum.
  needs: ['extensionMonths', 'scheme'],
  messages: {
    probation:
      'Extension is {{extension}}; a Probation secondment may be extended "for up to, but not more than, one additional year" (London Protocol 2010 §2): at most {{max}}, {{total}} in all (NPF 2021 §5.4 "2+1").',
    police:
      'Extension is {{extension}}; a police secondment of {{initial}} may be extended annually up to {{total}} in all (YOT Police Review 2010 §5.10.2), so by at most {{max}}.',
  },
  messageCitations: { police: { doc: 'YOT Police Review 2010', section: '§5.10.2' } },
  check(s, { rulebook }, report) {
    const max = maxExtensionMonths(s.scheme, rulebook);
    if (s.extensionMonths <= max) return;
    const initial = initialYears(s.scheme, rulebook);
    report(
      s.scheme === 'Police' ? 'police' : 'probation',
      {
        extension: duration(s.extensionMonths),
        max: months(max),
        initial: count(initial, 'year'),
        total: duration(Math.round(12 * initial) + max),
      },
      'extensionMonths',
    );
  },
});
