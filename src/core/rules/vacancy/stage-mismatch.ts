import { highestStageReached } from '../../calc/vacancy';
import { defineRule } from '../define';

/**
 * vacancy/stage-mismatch: the current stage is derived from the stage dates
 * (docs/workbook-format.md); a current stage that says otherwise makes the tracker
 * contradict its own evidence trail (NPF 2021 §5.5 i). Skipped when a stage date
 * could not be read, since the highest stage reached is then unknown.
 */
export default defineRule({
  id: 'vacancy/stage-mismatch',
  kind: 'vacancy',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.5 i' },
  description: 'The current stage differs from the highest stage that has a date.',
  needs: ['currentStage', 'stage1Date', 'stage2Date', 'stage3Date', 'stage4Date', 'stage5Date'],
  messages: {
    mismatch: 'Current stage is {{current}}; expected {{highest}}, the highest stage with a date.',
    noDates: 'Current stage is {{current}}; expected it to match the highest stage with a date, but no stage has a date.',
  },
  check(v, _ctx, report) {
    if (v.currentStage === null) return;
    const highest = highestStageReached(v);
    if (v.currentStage === highest) return;
    if (highest === 0) report('noDates', { current: v.currentStage }, 'currentStage');
    else report('mismatch', { current: v.currentStage, highest }, 'currentStage');
  },
});
