import { formatUk } from '../../dates';
import { defineRule } from '../define';

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
      const missing: number[] = [];
      let later: { stage: number; date: number } | null = null;
      for (let m = 1; m < n; m++) {
        if (v.invalid.has(`stage${m}Date`)) continue;
        const earlier = v.stageDates[m];
        if (earlier === null || earlier === undefined) missing.push(m);
        else if (earlier > date && later === null) later = { stage: m, date: earlier };
      }
      if (missing.length > 0) {
        report('missing', { stage: n, date: formatUk(date), missing: stageList(missing) }, `stage${n}Date`);
      } else if (later !== null) {
        report('later', { stage: n, date: formatUk(date), earlier: later.stage, earlierDate: formatUk(later.date) }, `stage${n}Date`);
      }
    }
  },
});
