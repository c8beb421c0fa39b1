import { addMonths, formatUk } from '../../dates';
import { stage5Earliest } from '../../calc/vacancy';
import { plural } from '../../text';
import { defineRule } from '../define';

/**
 * vacancy/stage5-too-early: stage 5 (Probation reimburses in lieu) comes "following
 * a further period of 1 month" after stage 4, which itself needs 3 months unfilled
 * (NPF 2021 §5.5 stage 5): earliest `EDATE(stage4Date, 1)`, and never before
 * `EDATE(vacantFrom, 4)` even when stage 4 was dated early or not at all.
 * The message names whichever limit is the later one (the one that binds).
 */
export default defineRule({
  id: 'vacancy/stage5-too-early',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 5' },
  description: 'Stage 5 is dated before a further month after stage 4, or before the post had been vacant for 4 months.',
  needs: ['vacantFrom', 'stage4Date', 'stage5Date'],
  messages: {
    afterStage4:
      'Stage 5 started on {{stage5}}; the earliest date is {{earliest}} ({{months}} after stage 4 on {{stage4}}).',
    afterVacant:
      'Stage 5 started on {{stage5}}; the earliest date is {{earliest}} ({{months}} after the post fell vacant on {{vacantFrom}}).',
  },
  check(v, { rulebook }, report) {
    const stage5 = v.stageDates[5];
    if (v.vacantFrom === null || stage5 === null || stage5 === undefined) return;
    const stage4 = v.stageDates[4] ?? null;
    const earliest = stage5Earliest(v.vacantFrom, stage4, rulebook);
    if (stage5 >= earliest) return;
    if (stage4 !== null && addMonths(stage4, rulebook.stage5WaitMonthsAfterStage4) === earliest) {
      report('afterStage4', { stage5: formatUk(stage5), earliest: formatUk(earliest), stage4: formatUk(stage4), months: plural(rulebook.stage5WaitMonthsAfterStage4, 'month') }, 'stage5Date');
    } else {
      report('afterVacant', { stage5: formatUk(stage5), earliest: formatUk(earliest), vacantFrom: formatUk(v.vacantFrom), months: plural(rulebook.stage5MinMonthsFromVacant, 'month') }, 'stage5Date');
    }
  },
});
