import { formatUk } from '../../dates';
import { stage5Earliest } from '../../calc/vacancy';
import { formatPounds } from '../../text';
import { defineRule } from '../define';


/**
 * vacancy/reimbursement-ineligible: Probation reimburses in lieu only at stage 5,
 * "following a further period of 1 month" after stage 4, with YOS evidence
 * (NPF 2021 §5.5 stage 5). A reimbursement above £0 needs a stage 5 date on or
 * after `stage5Earliest(vacantFrom, stage4Date)`. A stage 5 dated too early is
 * also a vacancy/stage5-too-early finding: that one is about the stage, this
 * one about the money.
 */
export default defineRule({
  id: 'vacancy/reimbursement-ineligible',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 5' },
  description: 'A reimbursement is claimed without a stage 5 date on or after its earliest date.',
  needs: ['reimbursement', 'vacantFrom', 'stage4Date', 'stage5Date'],
  messages: {
    noStage5:
      'A reimbursement of {{amount}} is claimed; reimbursement is paid only at stage 5, on or after {{earliest}}, but no stage 5 date is recorded.',
    early:
      'A reimbursement of {{amount}} is claimed; reimbursement is paid only from stage 5, which can start no earlier than {{earliest}}, but stage 5 is dated {{stage5}}.',
  },
  check(v, { rulebook }, report) {
    if (v.reimbursement === null || v.reimbursement <= 0 || v.vacantFrom === null) return;
    const earliest = stage5Earliest(v.vacantFrom, v.stageDates[4] ?? null, rulebook);
    const stage5 = v.stageDates[5] ?? null;
    if (stage5 === null) {
      report('noStage5', { amount: formatPounds(v.reimbursement), earliest: formatUk(earliest) }, 'reimbursement');
    } else if (stage5 < earliest) {
      report('early', { amount: formatPounds(v.reimbursement), earliest: formatUk(earliest), stage5: formatUk(stage5) }, 'reimbursement');
    }
  },
});
