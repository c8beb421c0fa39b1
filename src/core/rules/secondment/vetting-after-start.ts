import { day, defineRule } from '../define';

/**
 * secondment/vetting-after-start: Heads of PDU ensure every secondee has been
 * vetted to the appropriate level "prior to commencement of post with the YOS"
 * (NPF 2021 §5.3). Vetting cleared on the start date itself is in time.
 * Vetting is "by The Probation Service" (NPF 2021 §5.3), so this is a duty for
 * probation secondees (PO, PSO): a police row is not checked (its force vets it).
 */
export default defineRule({
  id: 'secondment/vetting-after-start',
  kind: 'secondment',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.3 (Heads of PDU)' },
  description: 'Probation secondees: vetting was cleared after the secondee started.',
  needs: ['start', 'vettingCleared', 'scheme'],
  messages: {
    late: 'Vetting cleared on {{vetting}}, after the secondment started on {{start}}; secondees must be vetted to the appropriate level before they start (NPF 2021 §5.3).',
  },
  check(s, _ctx, report) {
    if (s.start === null || s.vettingCleared === null || s.scheme !== 'Probation') return;
    if (s.vettingCleared > s.start) {
      report('late', { vetting: day(s.vettingCleared), start: day(s.start) }, 'vettingCleared');
    }
  },
});
