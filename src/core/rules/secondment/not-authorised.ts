import { defineRule } from '../define';

/**
 * secondment/not-authorised: a Probation secondee does the work of an "officer
 * of a provider of probation services" and must be authorised as one
 * (PI 31/2014 §3.2, §3.8). Police secondees are not probation officers, so the
 * rule is for the Probation scheme only. A blank Authorised officer cell is
 * already a data/missing-field finding (the field is required for Probation),
 * so this fires only on an explicit N.
 *
 * It fires whether or not the secondment is still active: the register should
 * show the secondee was authorised while in post (an authorisation that lapsed
 * on leaving the provider's employment, §3.9, is not a reason to record N here).
 */
export default defineRule({
  id: 'secondment/not-authorised',
  kind: 'secondment',
  severity: 'error',
  citation: { doc: 'PI 31/2014', section: '§3.2, §3.8' },
  description: 'A Probation secondee is not recorded as an authorised officer.',
  needs: ['authorised', 'scheme'],
  messages: {
    notAuthorised:
      'Authorised officer is N; a Probation secondee must be authorised as an officer of a provider of probation services (PI 31/2014 §3.2, §3.8), so Y is expected.',
  },
  check(s, _ctx, report) {
    if (s.scheme !== 'Probation' || s.authorised !== false) return;
    report('notAuthorised', {}, 'authorised');
  },
});
