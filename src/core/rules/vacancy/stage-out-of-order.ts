import { day, defineRule } from '../define';

/** The record field of each stage's date, by stage number (made once, not per record). */
const STAGE_DATE_FIELDS: readonly string[] = ['', 'stage1Date', 'stage2Date', 'stage3Date', 'stage4Date', 'stage5Date'];

/** "stage 1", "stages 1 and 2", "stages 1, 2 and 3". */
function stageList(stages: readonly number[]): string {
  if (stages.length === 1) return `stage ${stages[0]}`;
  return `stages ${stages.slice(0, -1).join(', ')} and ${stages[stages.length - 1]}`;
}

/**
 * vacancy/stage-out-of-order: the stages are taken in order (NPF 2021 §5.5: "the
 * staged process that must be adhered to"; condition i, an evidence trail for
 * each stage): a stage's date needs every earlier stage dated on or before it.
 *
 * One finding per offending stage, at that stage's date cell. When a stage has
 * both kinds of problem, the missing earlier dates are reported (filling them in
 * is the first fix). A stage date that could not be read (already a
 * data/invalid-date finding) is neither missing nor comparable, so it is left
 * out rather than skipping the whole row.
 */
export default defineRule({
  id: 'vacancy/stage-out-of-order',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 i' },
  description: 'A stage is dated while an earlier stage has no date, or an earlier stage is dated after it.',
  messages: {
    missing: 'Stage {{stage}} is dated {{date}}; every earlier stage should be dated on or before it, but there is no date for {{missing}}.',
    later: 'Stage {{stage}} is dated {{date}}; every earlier stage should be dated on or before it, but stage {{earlier}} is dated {{earlierDate}}.',
  },
  check(v, _ctx, report) {
    for (let n = 2; n <= 5; n++) {
      const date = v.stageDates[n];
      if (date === null || date === undefined) continue;
      // Nothing is allocated unless a finding is made: this runs for every stage of every vacancy.
      let missing: number[] | null = null;
      let laterStage = 0;
      let laterDate = 0;
      for (let m = 1; m < n; m++) {
        if (v.invalid.size > 0 && v.invalid.has(STAGE_DATE_FIELDS[m]!)) continue;
        const earlier = v.stageDates[m];
        if (earlier === null || earlier === undefined) (missing ??= []).push(m);
        else if (earlier > date && laterStage === 0) {
          laterStage = m;
          laterDate = earlier;
        }
      }
      if (missing !== null) {
        report('missing', { stage: n, date: day(date), missing: stageList(missing) }, STAGE_DATE_FIELDS[n]!);
      } else if (laterStage !== 0) {
        report('later', { stage: n, date: day(date), earlier: laterStage, earlierDate: day(laterDate) }, STAGE_DATE_FIELDS[n]!);
      }
    }
  },
});
