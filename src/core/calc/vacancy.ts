/** The five-stage vacancy process (NPF 2021 §5.5): when each stage may start. */
import { addMonths, type Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import type { Vacancy } from '../records/types';

/** Earliest stage 4 date: `EDATE(vacantFrom, 3)` (NPF 2021 §5.5 stage 4). */
export function stage4Earliest(vacantFrom: Day, rb: RulebookValues): Day {
  return addMonths(vacantFrom, rb.stage4WaitMonths);
}

/**
 * Stage 5 with no stage 4 date: the earliest stage 4 could have been plus the
 * further wait, `stage4WaitMonths + stage5WaitMonthsAfterStage4` after the post
 * falls vacant (NPF 2021 §5.5 stages 4-5), so stage 5 can never come with stage 4.
 */
export function stage5MonthsFromVacant(rb: RulebookValues): number {
  return rb.stage4WaitMonths + rb.stage5WaitMonthsAfterStage4;
}

/**
 * Earliest stage 5 date: "following a further period of 1 month" after stage 4
 * (NPF 2021 §5.5 stage 5), so `EDATE(stage4Date, 1)` when stage 4's date is
 * known, with no second floor from the vacancy date (a stage 4 dated too early
 * is its own finding, vacancy/stage4-too-early). With no stage 4 date, the
 * earliest stage 4 could have been plus that month: `EDATE(vacantFrom, 3 + 1)`
 * with the default rulebook (stage5MonthsFromVacant).
 * @example stage5Earliest(31/08/2025, 30/11/2025) //=> 30/12/2025
 * @example stage5Earliest(31/01/2025, null) //=> 31/05/2025
 * @example stage5Earliest(01/01/2025, 15/05/2025) //=> 15/06/2025
 */
export function stage5Earliest(vacantFrom: Day, stage4Date: Day | null, rb: RulebookValues): Day {
  return stage4Date === null ? addMonths(vacantFrom, stage5MonthsFromVacant(rb)) : addMonths(stage4Date, rb.stage5WaitMonthsAfterStage4);
}

/**
 * The stage a vacancy may have reached by a date (docs/rules.md, "Stage eligibility"):
 * 3 until `EDATE(vacantFrom, 3)`, 4 from then, 5 from the earliest stage 5 date.
 */
export function eligibleStage(vacantFrom: Day, asOf: Day, stage4Date: Day | null, rb: RulebookValues): 3 | 4 | 5 {
  if (asOf >= stage5Earliest(vacantFrom, stage4Date, rb)) return 5;
  if (asOf >= stage4Earliest(vacantFrom, rb)) return 4;
  return 3;
}

/** Highest stage with a date (0 when none). */
export function highestStageReached(v: Pick<Vacancy, 'stageDates'>): number {
  for (let n = 5; n >= 1; n--) if (v.stageDates[n] !== null && v.stageDates[n] !== undefined) return n;
  return 0;
}

/** Open on a day: no filled date on or before it (docs/rules.md). */
export function isOpen(v: Pick<Vacancy, 'filledDate' | 'vacantFrom'>, on: Day): boolean {
  return (v.vacantFrom === null || v.vacantFrom <= on) && (v.filledDate === null || v.filledDate > on);
}
