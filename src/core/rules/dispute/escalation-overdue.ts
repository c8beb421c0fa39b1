import { addDays } from '../../dates';
import { plural } from '../../words';
import { day, days, defineRule } from '../define';

/**
 * dispute/escalation-overdue: "Where the issues cannot be resolved within 28 days
 * from when the dispute was raised, the issue should be escalated to Head of PDU
 * and Senior Manager of YOS" (NPF 2021 §9). Due = raised + 28 days: on day 28 it
 * is not yet overdue, on day 29 it is. A resolved or escalated date after the
 * as-of date counts as not yet resolved or escalated on the as-of date.
 */
export default defineRule({
  id: 'dispute/escalation-overdue',
  kind: 'dispute',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§9' },
  description: (rb) => `A dispute unresolved for more than ${plural(rb.disputeEscalationDays, 'day')} has not been escalated.`,
  needs: ['raised', 'escalated', 'resolved'],
  messages: {
    overdue:
      'The dispute raised on {{raised}} was unresolved after {{limit}} and should have been escalated to the Head of PDU and the YOS senior manager by {{due}}; as of {{asOf}} ({{age}} after it was raised) it is neither resolved nor escalated.',
  },
  check(dispute, { asOf, rulebook }, report) {
    if (dispute.raised === null) return;
    const due = addDays(dispute.raised, rulebook.disputeEscalationDays);
    if (asOf <= due) return;
    if (dispute.resolved !== null && dispute.resolved <= asOf) return;
    if (dispute.escalated !== null && dispute.escalated <= asOf) return;
    report('overdue', {
      raised: day(dispute.raised), limit: days(rulebook.disputeEscalationDays), due: day(due), asOf: day(asOf), age: days(asOf - dispute.raised),
    }, 'escalated');
  },
});
