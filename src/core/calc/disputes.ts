/** Dispute escalation (NPF 2021 §9). */
import { addDays, type Day } from '../dates';
import type { RulebookValues } from '../rulebook';

/**
 * The day a dispute should be escalated if still unresolved: raised + 28 days.
 * Unresolved after 28 days, it goes to the Head of PDU and the YOS senior
 * manager, and the regional SPOC makes it known to the YOGB (NPF 2021 §9).
 * @example escalationDue(fromYmd(2025, 1, 10), NPF_2021.values) //=> 07/02/2025
 */
export function escalationDue(raised: Day, rb: RulebookValues): Day {
  return addDays(raised, rb.disputeEscalationDays);
}
