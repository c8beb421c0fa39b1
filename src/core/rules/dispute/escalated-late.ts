import { addDays } from '../../dates';
import { plural } from '../../words';
import { day, days, defineRule } from '../define';

/**
 * dispute/escalated-late: "Where the issues cannot be resolved within 28 days from
 * when the dispute was raised, the issue should be escalated" (NPF 2021 §9). An
 * escalation dated after day 28 was late, even if the dispute has since been
 * resolved (dispute/escalation-overdue covers a dispute not escalated at all).
 * Escalated on day 28 itself is in time; an escalation dated after the as-of date
 * is not yet judged.
 */
export default defineRule({
  id: 'dispute/escalated-late',
  kind: 'dispute',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§9' },
  description: (rb) => `A dispute was escalated more than ${plural(rb.disputeEscalationDays, 'day')} after it was raised.`,
  needs: ['raised', 'escalated'],
  messages: {
    late:
      'The dispute raised on {{raised}} was escalated on {{escalated}}, {{age}} after it was raised; unresolved disputes are to be escalated to the Head of PDU and the YOS senior manager within {{limit}}, by {{due}}.',
  },
  check(dispute, { asOf, rulebook }, report) {
    if (dispute.raised === null || dispute.escalated === null || dispute.escalated > asOf) return;
    const due = addDays(dispute.raised, rulebook.disputeEscalationDays);
    if (dispute.escalated <= due) return;
    report('late', {
      raised: day(dispute.raised), escalated: day(dispute.escalated), age: days(dispute.escalated - dispute.raised),
      limit: days(rulebook.disputeEscalationDays), due: day(due),
    }, 'escalated');
  },
});
