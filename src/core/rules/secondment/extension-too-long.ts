import { initialYears, maxExtensionYears } from '../../calc/secondment';
import { plural } from '../../text';
import { defineRule } from '../define';

/**
 * secondment/extension-too-long: a secondment may be extended only so far.
 * Probation: 2 years plus at most 1 ("2+1", 3 years in all, in line with Civil
 * Service Commissioner rules; NPF 2021 §5.4). Police: at least 2 years, extended
 * a year at a time up to 5 years in all (YOT Police Review 2010 §5.10.2). An
 * extension beyond the maximum is an error, not a clamp (rules.md, "Secondment
 * term"); the other term rules take the term at the maximum (lawfulLastDay).
 */
export default defineRule({
  id: 'secondment/extension-too-long',
  kind: 'secondment',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.4' },
  description: 'The extension is longer than the secondment scheme allows (Probation 1 year, Police 3 years).',
  // An unreadable scheme would be taken as Probation by default: do not judge the extension against the wrong maximum.
  needs: ['extensionYears', 'scheme'],
  messages: {
    probation:
      'Extension years is {{extension}}; a Probation secondment may be extended by at most {{max}} (the initial {{initial}} plus {{max}}, {{total}} in all, NPF 2021 §5.4 "2+1").',
    police:
      'Extension years is {{extension}}; a police secondment may be extended by at most {{max}} (the initial {{initial}} plus {{max}}, {{total}} in all, YOT Police Review 2010 §5.10.2).',
  },
  messageCitations: { police: { doc: 'YOT Police Review 2010', section: '§5.10.2' } },
  check(s, { rulebook }, report) {
    const max = maxExtensionYears(s.scheme, rulebook);
    if (s.extensionYears <= max) return;
    const initial = initialYears(s.scheme, rulebook);
    report(
      s.scheme === 'Police' ? 'police' : 'probation',
      { extension: s.extensionYears, max: plural(max, 'year'), initial: plural(initial, 'year'), total: plural(initial + max, 'year') },
      'extensionYears',
    );
  },
});
