/**
 * The board's actions, carried from quarter to quarter (the optional Actions
 * table; NPF 2021 §5.5 vi, the YOGB): which to list this quarter. Pure.
 */
import { quarterStart, type Day } from '../../../dates';
import type { PackAction, PackModel } from '../../model';

export interface ActionLists {
  /** Open on the as-of date, due on or after it (or with no due date). */
  readonly open: readonly PackAction[];
  /** Open on the as-of date with a due date before it. */
  readonly overdue: readonly PackAction[];
  /** Closed after `since` and on or before the as-of date. */
  readonly closedSince: readonly PackAction[];
  /** The day after which a closed action counts as "since last quarter": last quarter's as-of date, else the day before this quarter began. */
  readonly since: Day;
}

/**
 * Open and overdue actions, and those closed since last quarter: after the
 * previous pack's as-of date when one is given, else within this quarter.
 */
export function actionLists(model: PackModel, previousAsOf: Day | null): ActionLists {
  const since = previousAsOf ?? quarterStart(model.asOf) - 1;
  return {
    open: model.actions.filter((a) => a.state === 'open'),
    overdue: model.actions.filter((a) => a.state === 'overdue'),
    closedSince: model.actions.filter((a) => a.state === 'closed' && a.closed !== null && a.closed > since),
    since,
  };
}
