/**
 * A secondment's term dates, worked out once per secondment and shared by the
 * rules that use them (NPF 2021 §5.4; London Protocol 2010 §2, §5, §8). The
 * engine points one of these at each secondment in turn before its checks run;
 * each date is computed on first use and kept until the next secondment, so
 * five rules asking for the last day cost one EDATE, and nothing is allocated
 * per record. The dates themselves come from calc/secondment (one definition).
 */
import type { Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import type { Secondment } from '../records/types';
import { exitPlanningDue, lawfulLastDay, ppdaDue, sixMonthReviewDue, threeWayReviewDue } from '../calc/secondment';

/** Not yet worked out for the current secondment (a Day is never NaN, null means "none"). */
const UNSET = Number.NaN;

/** The term dates of the secondment being checked; a rule reads them, never keeps the object. */
export interface SecondmentTerm {
  /** The last day it may lawfully run to (calc/secondment lawfulLastDay), or null with no start date. */
  lastDay(): Day | null;
  /** Exit planning meeting due, `EDATE(lastDay, −6)`, or null with no start date. */
  exitPlanningDue(): Day | null;
  /** Six-month review due, `EDATE(start, 6)`, or null with no start date. */
  sixMonthReviewDue(): Day | null;
  /** PPDA due, `EDATE(start, 1)`, or null with no start date. */
  ppdaDue(): Day | null;
  /** Next three-way review due, `EDATE(last review or start, 3)`, or null with neither. */
  threeWayReviewDue(): Day | null;
}

export class TermDates implements SecondmentTerm {
  private s: Secondment | null = null;
  private last: Day | null = UNSET;
  private exit: Day | null = UNSET;
  private six: Day | null = UNSET;
  private ppda: Day | null = UNSET;
  private threeWay: Day | null = UNSET;

  constructor(private readonly rb: RulebookValues) {}

  /** Point at the next secondment: every date is worked out afresh on first use. */
  reset(s: Secondment): void {
    this.s = s;
    this.last = this.exit = this.six = this.ppda = this.threeWay = UNSET;
  }

  /** Let go of the last secondment once a run is over (the engine keeps one of these between runs). */
  release(): void {
    this.s = null;
  }

  private get current(): Secondment {
    if (this.s === null) throw new Error('TermDates read before a secondment was set');
    return this.s;
  }

  lastDay(): Day | null {
    if (Number.isNaN(this.last)) this.last = lawfulLastDay(this.current, this.rb);
    return this.last;
  }

  exitPlanningDue(): Day | null {
    if (Number.isNaN(this.exit)) {
      const last = this.lastDay();
      this.exit = last === null ? null : exitPlanningDue(last, this.rb);
    }
    return this.exit;
  }

  sixMonthReviewDue(): Day | null {
    if (Number.isNaN(this.six)) {
      const start = this.current.start;
      this.six = start === null ? null : sixMonthReviewDue(start, this.rb);
    }
    return this.six;
  }

  ppdaDue(): Day | null {
    if (Number.isNaN(this.ppda)) {
      const start = this.current.start;
      this.ppda = start === null ? null : ppdaDue(start, this.rb);
    }
    return this.ppda;
  }

  threeWayReviewDue(): Day | null {
    if (Number.isNaN(this.threeWay)) this.threeWay = threeWayReviewDue(this.current, this.rb);
    return this.threeWay;
  }
}
