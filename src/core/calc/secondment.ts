/**
 * Secondment term dates (NPF 2021 §5.4; London Protocol 2010 §2, §5, §8;
 * YOT Police Review 2010 §5.10.2). Pure: every "when" is computed from the
 * record and the rulebook; every "is it late" takes an explicit as-of date.
 */
import { addDays, addMonths, type Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import type { Scheme, Secondment } from '../records/types';

/** The longest extension a scheme allows: Probation 1 year ("2+1"), Police 3 years (to 5 in all). */
export function maxExtensionYears(scheme: Scheme, rb: RulebookValues): number {
  return scheme === 'Police' ? rb.policeMaxExtensionYears : rb.probationMaxExtensionYears;
}

/** The initial term of a scheme in years (2 for both). */
export function initialYears(scheme: Scheme, rb: RulebookValues): number {
  return scheme === 'Police' ? rb.policeInitialYears : rb.probationInitialYears;
}

/**
 * Last day of a secondment: `EDATE(start, 12 × (initial + extension)) − 1`.
 * @example lastDay(01/04/2023, 0, 'Probation') //=> 31/03/2025
 * @example lastDay(29/02/2024, 0, 'Probation') //=> 27/02/2026 (EDATE gives 28/02/2026)
 */
export function lastDay(start: Day, extensionYears: number, scheme: Scheme, rb: RulebookValues): Day {
  return addDays(addMonths(start, 12 * (initialYears(scheme, rb) + extensionYears)), -1);
}

/**
 * The last day a secondment may lawfully run to. An extension above the
 * scheme's maximum is reported by secondment/extension-too-long; for every other
 * check the term is taken at the maximum the framework allows, so a secondee kept
 * on beyond it is still caught by secondment/term-exceeded.
 */
export function lawfulLastDay(s: Secondment, rb: RulebookValues): Day | null {
  if (s.start === null) return null;
  const ext = Math.min(s.extensionYears, maxExtensionYears(s.scheme, rb));
  return lastDay(s.start, ext, s.scheme, rb);
}

/** Exit planning meeting due: `EDATE(lastDay, −6)` (London Protocol 2010 §2). */
export function exitPlanningDue(last: Day, rb: RulebookValues): Day {
  return addMonths(last, -rb.exitPlanningMonthsBeforeEnd);
}

/** Six-month review due: `EDATE(start, 6)` (London Protocol 2010 §2). */
export function sixMonthReviewDue(start: Day, rb: RulebookValues): Day {
  return addMonths(start, rb.sixMonthReviewMonths);
}

/** PPDA / SPDR due: `EDATE(start, 1)` (London Protocol 2010 §5, §8). */
export function ppdaDue(start: Day, rb: RulebookValues): Day {
  return addMonths(start, rb.ppdaMonths);
}

/** Next three-way review due: `EDATE(lastReview or start, 3)` (NPF 2021 §5.3; London Protocol 2010 §8). */
export function threeWayReviewDue(s: Pick<Secondment, 'start' | 'lastThreeWayReview'>, rb: RulebookValues): Day | null {
  const from = s.lastThreeWayReview ?? s.start;
  return from === null ? null : addMonths(from, rb.threeWayReviewMonths);
}

/** Active on a day: started, and no actual end date on or before it (rules.md). */
export function isActive(s: Pick<Secondment, 'start' | 'actualEnd'>, on: Day): boolean {
  return s.start !== null && s.start <= on && (s.actualEnd === null || s.actualEnd > on);
}
