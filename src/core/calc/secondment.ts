/**
 * Secondment term dates (NPF 2021 §5.4; London Protocol 2010 §2, §5, §8;
 * YOT Police Review 2010 §5.10.2). Pure: every "when" is computed from the
 * record and the rulebook; every "is it late" takes an explicit as-of date.
 */
import { addDays, addMonths, toYmd, type Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import type { Scheme, Secondment } from '../records/types';

/** The longest extension a scheme allows, in years: Probation 1 ("2+1"), Police 3 (to 5 in all). */
export function maxExtensionYears(scheme: Scheme, rb: RulebookValues): number {
  return scheme === 'Police' ? rb.policeMaxExtensionYears : rb.probationMaxExtensionYears;
}

/**
 * The longest extension a scheme allows, in months: Probation 12 ("for up to, but
 * not more than, one additional year", London Protocol 2010 §2; NPF 2021 §5.4
 * "2+1"), Police 36 ("extended annually up to a maximum of 5 years", YOT Police
 * Review 2010 §5.10.2).
 */
export function maxExtensionMonths(scheme: Scheme, rb: RulebookValues): number {
  return Math.round(12 * maxExtensionYears(scheme, rb));
}

/** The initial term of a scheme in years (2 for both). */
export function initialYears(scheme: Scheme, rb: RulebookValues): number {
  return scheme === 'Police' ? rb.policeInitialYears : rb.probationInitialYears;
}

/** Months in the term: the initial term plus the extension. */
export function termMonths(extensionMonths: number, scheme: Scheme, rb: RulebookValues): number {
  return Math.round(12 * initialYears(scheme, rb)) + extensionMonths;
}

/**
 * The day before the anniversary `months` after `start`. The anniversary is
 * `EDATE(start, months)` when that month has the start's day; when EDATE had to
 * clamp (no 29 February, no 31st) the anniversary is the 1st of the next month,
 * so the day before it is the clamped date itself:
 * `EDATE(start, N) − 1`, or `EDATE(start, N)` when `DAY(EDATE(start, N)) < DAY(start)`.
 * @example dayBeforeAnniversary(01/04/2023, 24) //=> 31/03/2025
 * @example dayBeforeAnniversary(29/02/2024, 24) //=> 28/02/2026
 * @example dayBeforeAnniversary(31/08/2023, 30) //=> 28/02/2026
 * @example dayBeforeAnniversary(01/03/2026, 24) //=> 29/02/2028
 */
export function dayBeforeAnniversary(start: Day, months: number): Day {
  const e = addMonths(start, months);
  return toYmd(e).day < toYmd(start).day ? e : addDays(e, -1);
}

/**
 * Last day of a secondment: the day before the anniversary `12 × initial +
 * extension months` after the start (NPF 2021 §5.4; London Protocol 2010 §2;
 * police: YOT Police Review 2010 §5.10.2). See {@link dayBeforeAnniversary}.
 * @example lastDay(01/04/2023, 0, 'Probation') //=> 31/03/2025
 * @example lastDay(01/04/2023, 6, 'Probation') //=> 30/09/2025
 * @example lastDay(29/02/2024, 0, 'Probation') //=> 28/02/2026
 */
export function lastDay(start: Day, extensionMonths: number, scheme: Scheme, rb: RulebookValues): Day {
  return dayBeforeAnniversary(start, termMonths(extensionMonths, scheme, rb));
}

/**
 * The last day a secondment may lawfully run to. An extension above the
 * scheme's maximum is reported by secondment/extension-too-long; for every other
 * check the term is taken at the maximum the framework allows, so a secondee kept
 * on beyond it is still caught by secondment/term-exceeded.
 */
export function lawfulLastDay(s: Secondment, rb: RulebookValues): Day | null {
  if (s.start === null) return null;
  const ext = Math.min(s.extensionMonths, maxExtensionMonths(s.scheme, rb));
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

/**
 * Active on a day: started on or before it, and its actual end date (the last day
 * in post), if any, on or after it (docs/rules.md): a secondee whose last day is
 * 1 April is in post on 1 April.
 */
export function isActive(s: Pick<Secondment, 'start' | 'actualEnd'>, on: Day): boolean {
  return s.start !== null && s.start <= on && (s.actualEnd === null || s.actualEnd >= on);
}

/** Police PDR due: `EDATE(last PDR or start, 12)` (YOT Police Review 2010 §5.10.4.1). */
export function policePdrDue(s: Pick<Secondment, 'start' | 'lastPdr'>, rb: RulebookValues): Day | null {
  const from = s.lastPdr ?? s.start;
  return from === null ? null : addMonths(from, rb.policePdrMonths);
}

/** The probation duties (PPDA, six-month review, three-way review, exit planning, vetting) apply: PO and PSO secondees (London Protocol 2010; NPF 2021 §5.3, §5.4). */
export function isProbation(s: Pick<Secondment, 'scheme'>): boolean {
  return s.scheme === 'Probation';
}
