/**
 * The Disputes sheet's part of the model: each dispute open on the as-of date
 * and whether it is overdue for escalation (NPF 2021 §9). Pure.
 */
import { addDays, daysBetween, type Day } from '../../../dates';
import { compareText } from '../../../records/region';
import type { FindingCounts, PackRows, RowRef } from '../../rows';

export type DisputeStatus = 'overdue' | 'escalated' | 'within-time' | 'unknown';

/** A dispute open on the as-of date (NPF 2021 §9). */
export interface PackDispute {
  readonly ref: RowRef;
  readonly yot: string;
  readonly raised: Day | null;
  readonly escalationDue: Day | null;
  readonly escalated: Day | null;
  readonly reportedToYogb: Day | null;
  readonly daysOpen: number | null;
  readonly status: DisputeStatus;
  readonly summary: string | null;
  readonly findings: FindingCounts;
}

/** Disputes open on as-of (raised by then, not resolved by then), oldest first within each region. */
export function packDisputes(p: PackRows): PackDispute[] {
  const { asOf, rb, ref, scrub } = p;
  const disputes: PackDispute[] = [];
  for (const x of p.indexed) {
    for (const dsp of x.input.records.disputes) {
      if (dsp.raised !== null && dsp.raised > asOf) continue;
      if (dsp.resolved !== null && dsp.resolved <= asOf) continue;
      const due = dsp.raised === null ? null : addDays(dsp.raised, rb.disputeEscalationDays);
      const escalated = dsp.escalated !== null && dsp.escalated <= asOf ? dsp.escalated : null;
      let status: DisputeStatus;
      if (escalated !== null) status = 'escalated';
      else if (due === null) status = 'unknown';
      else status = asOf > due ? 'overdue' : 'within-time';
      disputes.push({
        ref: ref(x, 'Disputes', dsp.row, dsp.id),
        yot: x.yotName(dsp.yot),
        raised: dsp.raised,
        escalationDue: due,
        escalated,
        reportedToYogb: dsp.reportedToYogb !== null && dsp.reportedToYogb <= asOf ? dsp.reportedToYogb : null,
        daysOpen: dsp.raised === null ? null : daysBetween(dsp.raised, asOf),
        status,
        summary: dsp.summary === null ? null : scrub(dsp.summary),
        findings: p.rowFindings(x, 'Disputes', dsp.row),
      });
    }
  }
  return disputes.sort((a, b) => p.byRegionThen(a.ref, b.ref) || (a.raised ?? 0) - (b.raised ?? 0) || compareText(a.ref.id, b.ref.id) || p.byPlace(a.ref, b.ref));
}
