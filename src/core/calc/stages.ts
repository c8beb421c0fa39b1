/**
 * The earliest date of each stage of the five-stage vacancy process
 * (NPF 2021 §5.5), for one stage at a time. Built on ./vacancy.ts.
 */
import type { Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import { stage4Earliest, stage5Earliest } from './vacancy';

export type StageNumber = 1 | 2 | 3 | 4 | 5;

/**
 * Earliest date a stage may start: stages 1–3 have no waiting period (from the
 * day the post falls vacant); stage 4 from `EDATE(vacantFrom, 3)`; stage 5 from
 * `EDATE(stage4Date, 1)` (no floor from the vacancy date), or `EDATE(vacantFrom, 4)`
 * when stage 4 has no date.
 * @example stageEarliest(31/01/2025, 4, null) //=> 30/04/2025 (EDATE clamps to the month's end)
 * @example stageEarliest(31/01/2025, 5, null) //=> 31/05/2025
 * @example stageEarliest(01/01/2025, 5, 15/05/2025) //=> 15/06/2025
 */
export function stageEarliest(vacantFrom: Day, stage: StageNumber, stage4Date: Day | null, rb: RulebookValues): Day {
  if (stage === 5) return stage5Earliest(vacantFrom, stage4Date, rb);
  if (stage === 4) return stage4Earliest(vacantFrom, rb);
  return vacantFrom;
}
