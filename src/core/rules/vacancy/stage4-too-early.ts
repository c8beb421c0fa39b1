import { stage4Earliest } from '../../calc/vacancy';
import { plural } from '../../words';
import { day, defineRule, months } from '../define';

/**
 * vacancy/stage4-too-early: stage 4 (YOT informed; the YOT may secure a temp and
 * invoice Probation) only once the post has been unfilled for 3 months
 * (NPF 2021 §5.5 stage 4): earliest `EDATE(vacantFrom, 3)`.
 */
export default defineRule({
  id: 'vacancy/stage4-too-early',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 stage 4' },
  description: (rb) => `Stage 4 is dated before the post had been vacant for ${plural(rb.stage4WaitMonths, 'month')}.`,
  needs: ['vacantFrom', 'stage4Date'],
  messages: {
    early: 'Stage 4 started on {{stage4}}; the earliest date is {{earliest}} ({{months}} after the post fell vacant on {{vacantFrom}}).',
  },
  check(v, { rulebook }, report) {
    const stage4 = v.stageDates[4];
    if (v.vacantFrom === null || stage4 === null || stage4 === undefined) return;
    const earliest = stage4Earliest(v.vacantFrom, rulebook);
    if (stage4 < earliest) {
      report('early', { stage4: day(stage4), earliest: day(earliest), vacantFrom: day(v.vacantFrom), months: months(rulebook.stage4WaitMonths) }, 'stage4Date');
    }
  },
});
