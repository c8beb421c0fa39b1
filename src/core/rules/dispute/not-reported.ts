import { day, defineRule } from '../define';

/**
 * dispute/not-reported: an escalated dispute is one "the regional SPOC makes ...
 * known to the YOGB" (NPF 2021 §9). A dispute escalated on or before the YOGB
 * meeting date on the Board sheet needs a Reported to YOGB date on or before that
 * meeting. Skipped when the workbook gives no meeting date (nothing to judge
 * against), when the dispute was escalated after the meeting (it goes to the next
 * one), or when the escalation is after the as-of date.
 */
export default defineRule({
  id: 'dispute/not-reported',
  kind: 'dispute',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§9' },
  description: 'An escalated dispute has no Reported to YOGB date on or before the YOGB meeting date on the Board sheet.',
  needs: ['escalated', 'reportedToYogb'],
  messages: {
    notReported:
      'The dispute was escalated on {{escalated}}; the regional SPOC makes an escalated dispute known to the YOGB, so a Reported to YOGB date on or before the meeting on {{meeting}} was expected, but none is recorded.',
    reportedAfter:
      'The dispute was escalated on {{escalated}}; the regional SPOC makes an escalated dispute known to the YOGB, so a Reported to YOGB date on or before the meeting on {{meeting}} was expected, but it is {{reported}}.',
  },
  check(dispute, { asOf, records }, report) {
    const meeting = records.board.meetingDate;
    if (meeting === null || dispute.escalated === null || dispute.escalated > asOf || dispute.escalated > meeting) return;
    const facts = { escalated: day(dispute.escalated), meeting: day(meeting) };
    if (dispute.reportedToYogb === null) report('notReported', facts, 'reportedToYogb');
    else if (dispute.reportedToYogb > meeting) report('reportedAfter', { ...facts, reported: day(dispute.reportedToYogb) }, 'reportedToYogb');
  },
});
