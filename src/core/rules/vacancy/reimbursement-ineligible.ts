import { stage5Earliest } from '../../calc/vacancy';
import { yotTempInPost } from '../../calc/temp';
import { day, defineRule, phrase, pounds } from '../define';

/**
 * vacancy/reimbursement-ineligible: Probation reimburses in lieu only at stage 5,
 * "following a further period of 1 month" after stage 4, with "evidence that the
 * vacancy remains unfilled by either PO/PSO or YOT appointed appropriate temporary
 * staff" (NPF 2021 §5.5 stage 5). A reimbursement above £0 needs a stage 5 date
 * on or after `stage5Earliest(vacantFrom, stage4Date)`, and no YOT-appointed temp
 * in the post on the stage 5 date (Filled by "YOT temp" with no temp cover ended
 * before it): that post is filled, and its temp is the stage 4 invoice, not a
 * reimbursement. A stage 5 dated too early is also vacancy/stage5-too-early:
 * that one is about the stage, this one about the money.
 */
export default defineRule({
  id: 'vacancy/reimbursement-ineligible',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 5' },
  description: 'A reimbursement is claimed without a stage 5 date on or after its earliest date, or while a YOT-appointed temp fills the post.',
  needs: ['reimbursement', 'vacantFrom', 'stage4Date', 'stage5Date', 'filledBy', 'filledDate', 'tempCoverEnded'],
  messages: {
    noStage5:
      'A reimbursement of {{amount}} is claimed; reimbursement is paid only at stage 5, on or after {{earliest}}, but no stage 5 date is recorded.',
    early:
      'A reimbursement of {{amount}} is claimed; reimbursement is paid only from stage 5, which can start no earlier than {{earliest}}, but stage 5 is dated {{stage5}}.',
    yotTemp:
      'A reimbursement of {{amount}} is claimed from stage 5 on {{stage5}}; stage 5 needs evidence that the post "remains unfilled by either PO/PSO or YOT appointed appropriate temporary staff", but Filled by is "{{filledBy}}"{{since}}{{ended}}.',
  },
  check(v, { rulebook }, report) {
    if (v.reimbursement === null || v.reimbursement <= 0 || v.vacantFrom === null) return;
    const earliest = stage5Earliest(v.vacantFrom, v.stageDates[4] ?? null, rulebook);
    const stage5 = v.stageDates[5] ?? null;
    const amount = pounds(v.reimbursement);
    if (stage5 === null) {
      report('noStage5', { amount, earliest: day(earliest) }, 'reimbursement');
      return;
    }
    if (stage5 < earliest) report('early', { amount, earliest: day(earliest), stage5: day(stage5) }, 'reimbursement');
    if (yotTempInPost(v, stage5)) {
      report('yotTemp', {
        amount, stage5: day(stage5), filledBy: v.filledByText ?? v.filledBy ?? '', since: v.filledDate === null ? '' : phrase(' from {{date}}', { date: day(v.filledDate) }),
        // Quote the Temp cover ended cell as it is: blank, or a date on or after stage 5.
        ended: v.tempCoverEnded === null ? ' and no temp cover ended date' : phrase(', and temp cover ended on {{date}}, not before stage 5', { date: day(v.tempCoverEnded) }),
      }, 'reimbursement');
    }
  },
});
