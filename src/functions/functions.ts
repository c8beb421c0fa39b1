/**
 * Excel custom functions, namespace YOT (=YOT.EXITDATE(...) and so on).
 *
 * Each function is a thin wrapper: read the arguments (./args.ts), call the pure
 * core (src/core/calc, src/core/dates) with the rulebook in force (NPF 2021, or
 * a region's own saved in the workbook from the Rules view), return a
 * number, text or TRUE/FALSE. Dates go in and out as Excel serial numbers. The
 * only "today" is here, at the edge, when an as-of date is left out. No function
 * is volatile.
 *
 * The JSDoc blocks are the source of dist/functions.json
 * (custom-functions-metadata-plugin, see webpack.config.js).
 *
 * Registration: there are deliberately no CustomFunctions.associate calls in
 * this file. The metadata plugin's loader appends
 * `CustomFunctions.associate("<id>", <function>)` for every @customfunction to
 * this module when webpack builds it, from the same JSDoc ids that go into
 * functions.json; writing them here as well would register every function twice
 * (office.js warns "[DuplicatedName]"). test/e2e/functions-dist.test.ts checks
 * that the bundle registers each id in functions.json exactly once.
 */
import { MAX_SERIAL, MIN_SERIAL, financialYear, formatUk, fyQuarter, localToday, type Day } from '../core/dates';
import { PARAMETER_NAMES, type RulebookValues } from '../core/rulebook';
import { readSavedRulebook, savedRulebookValues } from '../core/rulebook/saved';
import { RULEBOOK_KEY } from '../adapters/excel/settings';
import { deprivationIndex as meanDeprivation, formulaFte, managementFee, psoFteForPdu } from '../core/calc/allocation';
import { exitPlanningDue, lastDay, sixMonthReviewDue } from '../core/calc/secondment';
import { eligibleStage } from '../core/calc/vacancy';
import { stageEarliest } from '../core/calc/stages';
import { fundedAtStages4And5 } from '../core/calc/funding';
import { escalationDue } from '../core/calc/disputes';
import { formatPounds } from '../core/words';
import * as args from './args';

/**
 * The rulebook in force in this workbook: a region's own, loaded in the task
 * pane's Rules view and saved in the workbook's settings, else NPF 2021. Read
 * at each use (the functions share the task pane's runtime, so a rulebook
 * loaded there applies at the next recalculation); a damaged setting means NPF 2021.
 */
function rulebookInForce(): RulebookValues {
  let raw: unknown = null;
  try {
    raw = typeof Office !== 'undefined' ? Office.context?.document?.settings?.get(RULEBOOK_KEY) : null;
  } catch {
    raw = null; // settings not available yet (before Office has initialised): the default rulebook
  }
  return savedRulebookValues(readSavedRulebook(raw));
}

/** RB.name is the value of `name` in the rulebook in force, looked up when read. */
const RB: RulebookValues = Object.defineProperties(
  {},
  Object.fromEntries(PARAMETER_NAMES.map((name) => [name, { enumerable: true, get: () => rulebookInForce()[name] }])),
) as RulebookValues;

/**
 * Run a function body; turn a bad argument into #VALUE! (or #N/A when missing)
 * with its message, and anything unexpected into #VALUE! with a plain message,
 * never a bare error.
 */
function excel<T>(name: string, work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof args.ArgumentError) {
      throw new CustomFunctions.Error(e.missing ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, e.message);
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `YOT.${name} could not work this out (${detail}). Check the arguments; if they look right, tell whoever supports the add-in.`,
    );
  }
}

/** A computed date, checked to be one Excel can show. */
function dateOut(d: Day): number {
  if (d < MIN_SERIAL || d > MAX_SERIAL) {
    throw new args.ArgumentError('The answer falls outside the dates Excel can show (01/03/1900 to 31/12/9999): check the dates given.');
  }
  return d;
}

/**
 * A stage 4 date, if given. One dated too early still gives an answer (stage 5 is
 * a month after it, NPF 2021 §5.5 stage 5), as the pack does; the date itself is
 * reported by the workbook check (vacancy/stage4-too-early).
 */
function stage4Given(value: unknown): Day | null {
  return args.optionalDate(value, 'Stage 4 date');
}

// ------------------------------------------------------------ resource allocation

/**
 * Probation Officer FTE a YOT should have under the resource formula: caseload ÷ 20, with the serious youth violence and deprivation uplifts, never under 0.5 FTE (NPF 2021 §5.1).
 * @customfunction FTE FTE
 * @param caseload Average PO caseload of the YOT (12 cases = 0.6 FTE).
 * @param [syvShare] Share of the YOT's offences that are serious youth violence: 15 or 0.15 for 15%. Leave out if there is no SYV data (no uplift).
 * @param [deprivationIndex] Deprivation index from 0 to 1 (see YOT.DEPRIVATION), or a percentage. Leave out if there is no deprivation data (no uplift).
 * @returns PO FTE for the YOT.
 */
export function poFte(caseload: unknown, syvShare?: unknown, deprivationIndex?: unknown): number {
  return excel('FTE', () => {
    const cases = args.requiredNonNegative(caseload, 'Caseload', 'the YOT\'s average PO caseload, such as 12');
    return formulaFte(cases, args.share(syvShare, 'SYV share'), args.share(deprivationIndex, 'Deprivation index'), RB);
  });
}

/**
 * PSO FTE for a Probation Delivery Unit's YOTs for court, office and group work: 0.3 FTE per YOT, at least 0.2 FTE per PDU (NPF 2021 §5.1).
 * @customfunction PSOFTE PSOFTE
 * @param yotCount Number of YOTs in the PDU (a whole number, 1 or more).
 * @returns PSO FTE for the PDU.
 */
export function psoFte(yotCount: unknown): number {
  return excel('PSOFTE', () => {
    const count = args.optionalWhole(yotCount, 'Number of YOTs', 'Count each YOT once.');
    if (count === null) throw new args.ArgumentError('Number of YOTs is blank: give how many YOTs the PDU covers, such as 2.', true);
    if (count < 1) throw new args.ArgumentError(`Number of YOTs must be 1 or more; found ${count}.`);
    return psoFteForPdu(count, RB);
  });
}

/**
 * Deprivation index of a YOT: the mean of 6 factor scores (England) or 7 (Wales), equal weighting (NPF 2021 §5.1).
 * @customfunction DEPRIVATION DEPRIVATION
 * @param factor1 Factor 1 score, 0 to 1 (or a percentage).
 * @param factor2 Factor 2 score, 0 to 1 (or a percentage).
 * @param factor3 Factor 3 score, 0 to 1 (or a percentage).
 * @param factor4 Factor 4 score, 0 to 1 (or a percentage).
 * @param factor5 Factor 5 score, 0 to 1 (or a percentage).
 * @param factor6 Factor 6 score, 0 to 1 (or a percentage).
 * @param [factor7] Factor 7 score, Wales only; leave out in England.
 * @returns Deprivation index from 0 to 1.
 */
export function deprivation(
  factor1: unknown,
  factor2: unknown,
  factor3: unknown,
  factor4: unknown,
  factor5: unknown,
  factor6: unknown,
  factor7?: unknown,
): number {
  return excel('DEPRIVATION', () => {
    const scores = [factor1, factor2, factor3, factor4, factor5, factor6].map((f, i) => args.requiredShare(f, `Factor ${i + 1}`));
    const seventh = args.share(factor7, 'Factor 7');
    if (seventh !== null) scores.push(seventh);
    return meanDeprivation(scores);
  });
}

/**
 * Management fee Probation pays for seconded officers: £5,000 per Probation Officer, by head not FTE; none for PSOs or police officers (NPF 2021 §5.4).
 * @customfunction FEE FEE
 * @param role "PO", "PSO" or "Police Officer".
 * @param [headcount] Number of officers in post on 1 April (people, not FTE). Leave out for 1.
 * @returns Fee in £ for the financial year.
 */
export function fee(role: unknown, headcount?: unknown): number {
  return excel('FEE', () => {
    const who = args.role(role);
    const heads = args.optionalWhole(headcount, 'Headcount', `The fee is counted by head, not FTE: ${formatPounds(RB.managementFeePerPo)} per PO – NPF 2021 §5.4.`) ?? 1;
    return managementFee(who, heads, RB);
  });
}

// ------------------------------------------------------------ secondment term

/**
 * Last day of a secondment: the day before the anniversary 2 years plus the extension after the start; an anniversary in a month without the start's day (29 February, the 31st) is the 1st of the next month (NPF 2021 §5.4; London Protocol 2010 §2; YOT Police Review 2010 §5.10.2).
 * @customfunction EXITDATE EXITDATE
 * @param startDate Start date of the secondment.
 * @param [extensionYears] Extension agreed, in years; part years allowed (0.5 = 6 months), or text such as "6 months". Probation at most 1 year, Police at most 3. Leave out for none.
 * @param [scheme] "Probation" (the default) or "Police".
 * @returns Last day of the secondment (format the cell as a date).
 */
export function exitDate(startDate: unknown, extensionYears?: unknown, scheme?: unknown): number {
  return excel('EXITDATE', () => {
    const start = args.requiredDate(startDate, 'Start date');
    const s = args.scheme(scheme);
    return dateOut(lastDay(start, args.extensionMonths(extensionYears, s, RB), s, RB));
  });
}

/**
 * Date by which the exit planning meeting (YOS manager, link manager, secondee) must be held: 6 months before the last day (NPF 2021 §5.4; London Protocol 2010 §2).
 * @customfunction EXITPLANDATE EXITPLANDATE
 * @param startDate Start date of the secondment.
 * @param [extensionYears] Extension agreed, in years; part years allowed (0.5 = 6 months), or text such as "6 months". Probation at most 1 year, Police at most 3. Leave out for none.
 * @param [scheme] "Probation" (the default) or "Police".
 * @returns Exit planning meeting due date (format the cell as a date).
 */
export function exitPlanDate(startDate: unknown, extensionYears?: unknown, scheme?: unknown): number {
  return excel('EXITPLANDATE', () => {
    const start = args.requiredDate(startDate, 'Start date');
    const s = args.scheme(scheme);
    return dateOut(exitPlanningDue(lastDay(start, args.extensionMonths(extensionYears, s, RB), s, RB), RB));
  });
}

/**
 * Date by which the six-month review meeting must be held: 6 months after the start (London Protocol 2010 §2).
 * @customfunction REVIEWDATE REVIEWDATE
 * @param startDate Start date of the secondment.
 * @returns Six-month review due date (format the cell as a date).
 */
export function reviewDate(startDate: unknown): number {
  return excel('REVIEWDATE', () => dateOut(sixMonthReviewDue(args.requiredDate(startDate, 'Start date'), RB)));
}

// ------------------------------------------------------------ vacancies

/**
 * Highest stage of the five-stage vacancy process a vacant post may have reached by a date: 3 until 3 months after it fell vacant, then 4, then 5 a month after stage 4 (4 months after it fell vacant when stage 4 has no date) (NPF 2021 §5.5).
 * @customfunction VACANCYSTAGE VACANCYSTAGE
 * @param vacantFrom Date the post fell vacant.
 * @param [asOf] Date to judge on. Leave out for today (worked out when the formula is entered or its inputs change; give TODAY() to keep it current).
 * @param [stage4Date] Date stage 4 started, if it has.
 * @returns 3, 4 or 5.
 */
export function vacancyStage(vacantFrom: unknown, asOf?: unknown, stage4Date?: unknown): number {
  return excel('VACANCYSTAGE', () => {
    const vacant = args.requiredDate(vacantFrom, 'Vacant from');
    const on = args.optionalDate(asOf, 'As-of date') ?? localToday(new Date());
    if (on < vacant) {
      throw new args.ArgumentError(`The as-of date ${formatUk(on)} is before the post fell vacant on ${formatUk(vacant)}.`);
    }
    return eligibleStage(vacant, on, stage4Given(stage4Date), RB);
  });
}

/**
 * Earliest date a stage of the vacancy process may start: stages 1–3 at once, stage 4 three months after the post fell vacant, stage 5 a month after stage 4 (four months after the post fell vacant when stage 4 has no date) (NPF 2021 §5.5).
 * @customfunction STAGEDATE STAGEDATE
 * @param vacantFrom Date the post fell vacant.
 * @param stage Stage, 1 to 5.
 * @param [stage4Date] Date stage 4 started, if it has (used for stage 5).
 * @returns Earliest start date of the stage (format the cell as a date).
 */
export function stageDate(vacantFrom: unknown, stage: unknown, stage4Date?: unknown): number {
  return excel('STAGEDATE', () => {
    const vacant = args.requiredDate(vacantFrom, 'Vacant from');
    const n = args.stage(stage);
    return dateOut(stageEarliest(vacant, n, stage4Given(stage4Date), RB));
  });
}

/**
 * TRUE when a vacant post can be funded at stages 4 and 5; FALSE for fractional PSO posts under 0.5 FTE, which are not funded (NPF 2021 §5.5).
 * @customfunction FUNDABLE FUNDABLE
 * @param role "PO" or "PSO".
 * @param fte FTE of the vacant post, above 0 and at most 1.
 * @returns TRUE or FALSE.
 */
export function fundable(role: unknown, fte: unknown): boolean {
  return excel('FUNDABLE', () => fundedAtStages4And5(args.vacancyRole(role), args.fte(fte, 'FTE'), RB));
}

// ------------------------------------------------------------ governance

/**
 * Date a dispute must be escalated to the Head of PDU and YOS senior manager if still unresolved: 28 days after it was raised (NPF 2021 §9).
 * @customfunction ESCALATIONDATE ESCALATIONDATE
 * @param raisedDate Date the dispute was raised between the YOS manager and link manager.
 * @returns Escalation due date (format the cell as a date).
 */
export function escalationDate(raisedDate: unknown): number {
  return excel('ESCALATIONDATE', () => dateOut(escalationDue(args.requiredDate(raisedDate, 'Date raised'), RB)));
}

/**
 * Financial year (1 April to 31 March) a date falls in, such as "2025/26".
 * @customfunction FY FY
 * @param date The date.
 * @returns Financial year label.
 */
export function financialYearOf(date: unknown): string {
  return excel('FY', () => financialYear(args.requiredDate(date, 'Date')));
}

/**
 * Financial year and quarter a date falls in, such as "2025/26 Q2" (Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March).
 * @customfunction FYQUARTER FYQUARTER
 * @param date The date.
 * @returns Financial quarter label.
 */
export function financialQuarterOf(date: unknown): string {
  return excel('FYQUARTER', () => fyQuarter(args.requiredDate(date, 'Date')));
}

// Registration: appended below this line by custom-functions-metadata-plugin's loader at build time (see the header).
