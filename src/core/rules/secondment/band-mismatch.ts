import { defineRule } from '../define';

/**
 * secondment/band-mismatch: seconded Probation Officers are band 4 and Probation
 * Services Officers band 3 (E3 YOS proposals §7.3.2). Only checked when a band
 * is recorded (the Band column is optional); police officers have no probation
 * band, so they are never checked. A warning: the grade may have been agreed
 * locally.
 */
export default defineRule({
  id: 'secondment/band-mismatch',
  kind: 'secondment',
  severity: 'warning',
  citation: { doc: 'E3 YOS proposals', section: '§7.3.2' },
  description: (rb) => `A seconded PO is not band ${rb.poBand}, or a seconded PSO not band ${rb.psoBand}.`,
  needs: ['band', 'role'],
  messages: {
    po: 'Band is {{band}}; a seconded Probation Officer (PO) is expected to be band {{expected}} (E3 YOS proposals §7.3.2).',
    pso: 'Band is {{band}}; a seconded Probation Services Officer (PSO) is expected to be band {{expected}} (E3 YOS proposals §7.3.2).',
  },
  check(s, { rulebook }, report) {
    if (s.band === null) return;
    if (s.role === 'PO' && s.band !== rulebook.poBand) {
      report('po', { band: s.band, expected: rulebook.poBand }, 'band');
    } else if (s.role === 'PSO' && s.band !== rulebook.psoBand) {
      report('pso', { band: s.band, expected: rulebook.psoBand }, 'band');
    }
  },
});
