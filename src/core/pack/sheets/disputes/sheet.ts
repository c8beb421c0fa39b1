/**
 * The Disputes sheet: each dispute open on the as-of date and whether it is
 * overdue for escalation (NPF 2021 §9).
 */
import type { CellValue } from '../../document';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { plural, rag, uk } from '../../words';
import { findingsRag, regionLines } from '../text';

export function disputesDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  const asOf = uk(model.asOf);
  const t = model.totals;
  const rb = model.rulebook.values;
  return {
    name: 'Disputes',
    freeze: true,
    lines: [
      { text: `Disputes open on ${asOf}`, style: 'title' },
      { text: `${plural(t.openDisputes, 'dispute')} open; ${t.disputesOverdue} overdue for escalation.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${r.openDisputes} open, ${r.disputesOverdue} overdue for escalation.`),
      { text: `Unresolved after ${rb.disputeEscalationDays} days: escalate to the Head of PDU and YOS senior manager; the regional SPOC makes it known to the YOGB (NPF 2021 §9).`, style: 'text' },
    ],
    table: {
      name: 'PackDisputes',
      caption: `Disputes open on ${asOf} and whether each is overdue for escalation`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'Dispute ID', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Raised', kind: 'date' },
        { header: 'Days open', kind: 'integer' },
        { header: 'Escalation due', kind: 'date' },
        { header: 'Escalated', kind: 'date' },
        { header: 'Reported to YOGB', kind: 'date' },
        { header: 'Status', kind: 'rag' },
        { header: 'Summary', kind: 'text', wrapAt: 50 },
        { header: 'Findings', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: model.disputes.map((dsp): CellValue[] => [
        dsp.ref.region,
        dsp.ref.id,
        dsp.yot,
        dsp.raised,
        dsp.daysOpen,
        dsp.escalationDue,
        dsp.escalated,
        dsp.reportedToYogb,
        dsp.status === 'overdue'
          ? rag('Red', `overdue for escalation (due ${uk(dsp.escalationDue)})`)
          : dsp.status === 'escalated'
            ? rag('Amber', `escalated ${uk(dsp.escalated)}, unresolved`)
            : dsp.status === 'within-time'
              ? rag('Green', `within ${rb.disputeEscalationDays} days (escalate after ${uk(dsp.escalationDue)})`)
              : 'Raised date unknown',
        dsp.summary,
        findingsRag(dsp.findings),
        dsp.ref.row,
      ]),
    },
  };
}

export const disputesSheet: PackSheet = {
  name: 'Disputes',
  describe: () => 'Open disputes and those overdue for escalation',
  draft: disputesDraft,
};
