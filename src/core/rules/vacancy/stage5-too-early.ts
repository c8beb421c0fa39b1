import { stage5Earliest, stage5MonthsFromVacant } from '../../calc/vacancy';
import { plural } from '../../words';
import { day, defineRule, months } from '../define';

/**
 * vacancy/stage5-too-early: stage 5 (Probation reimburses in lieu) comes
 * "following a further period of 1 month" after stage 4 (NPF 2021 §5.5 stage 5):
 * earliest `EDATE(stage4Date, 1)`, with no second floor from the vacancy date (a
 * stage 4 dated too early is its own finding, vacancy/stage4-too-early). With no
 * stage 4 date, the earliest is `EDATE(vacantFrom, 4)`: three months to stage 4
 * and the further month.
 */
export default defineRule({
  id: 'vacancy/stage5-too-early',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 5' },
  description: (rb) =>
    `Stage 5 is dated before a further ${plural(rb.stage5WaitMonthsAfterStage4, 'month')} after stage 4 (with no stage 4 date, before the post had been vacant for ${plural(stage5MonthsFromVacant(rb), 'month')}).`,
  needs: ['vacantFrom', 'stage4Date', 'stage5Date'],
  messages: {
    afterStage4:
      'Stage 5 started on {{stage5}}; the earliest date is {{earliest}}, "following a further period of {{months}}" after stage 4 on {{stage4}}.',
    afterVacant:
      'Stage 5 started on {{stage5}} with no stage 4 date; the earliest date is {{earliest}} ({{months}} after the post fell vacant on {{vacantFrom}}: stage 4 and the further month).',
  },
  check(v, { rulebook }, report) {
    const stage5 = v.stageDates[5];
    if (v.vacantFrom === null || stage5 === null || stage5 === undefined) return;
    const stage4 = v.stageDates[4] ?? null;
    const earliest = stage5Earliest(v.vacantFrom, stage4, rulebook);
    if (stage5 >= earliest) return;
    if (stage4 !== null) {
      report('afterStage4', { stage5: day(stage5), earliest: day(earliest), stage4: day(stage4), months: months(rulebook.stage5WaitMonthsAfterStage4) }, 'stage5Date');
    } else {
      report('afterVacant', { stage5: day(stage5), earliest: day(earliest), vacantFrom: day(v.vacantFrom), months: months(stage5MonthsFromVacant(rulebook)) }, 'stage5Date');
    }
  },
});
