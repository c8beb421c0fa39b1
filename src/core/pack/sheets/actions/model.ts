/**
 * The board's actions, carried from quarter to quarter (the optional Actions
 * table; NPF 2021 §5.5 vi, the YOGB): each action raised by the as-of date and
 * its state, and which to list this quarter. Pure.
 */
import { quarterStart, type Day } from '../../../dates';
import { compareText } from '../../../records/region';
import type { PackModel } from '../../model';
import type { FindingCounts, PackRows, RowRef } from '../../rows';
import { looksLikeName } from '../../../privacy';

/** A board action (the optional Actions table), as the pack reads it on the as-of date. */
export interface PackAction {
  readonly ref: RowRef;
  readonly action: string | null;
  /** The owner as written when it is a role ("Regional SPOC") or names were asked for; null when none is given or it is a person's name withheld. */
  readonly owner: string | null;
  /** True when the owner is a person's name left out (names not asked for). */
  readonly ownerWithheld: boolean;
  readonly due: Day | null;
  readonly raisedAt: Day | null;
  /** The day it was closed (on or before the as-of date), or null while open or when closed with no date. */
  readonly closed: Day | null;
  /** open: not closed by the as-of date; overdue: open with its due date before the as-of date. */
  readonly state: 'open' | 'overdue' | 'closed';
  readonly findings: FindingCounts;
}

/** The board's actions raised by the as-of date (optional Actions table), soonest due first within each region. */
export function packActions(p: PackRows): PackAction[] {
  const { asOf, ref, scrub, includeNames } = p;
  const actions: PackAction[] = [];
  for (const x of p.indexed) {
    for (const a of x.input.records.actions) {
      if (a.raisedAt !== null && a.raisedAt > asOf) continue;
      const closedBy = a.closed !== null && a.closed <= asOf;
      // Closed: a Closed date on or before the as-of date, or Status Closed with no date (a later date is not yet closed).
      const isClosed = closedBy || (a.status === 'Closed' && a.closed === null);
      actions.push({
        ref: ref(x, 'Actions', a.row, a.id),
        action: a.action === null ? null : scrub(a.action),
        owner: a.owner !== null && (includeNames || !looksLikeName(a.owner)) ? scrub(a.owner) : null,
        ownerWithheld: a.owner !== null && !includeNames && looksLikeName(a.owner),
        due: a.due,
        raisedAt: a.raisedAt,
        closed: closedBy ? a.closed : null,
        state: isClosed ? 'closed' : a.due !== null && a.due < asOf ? 'overdue' : 'open',
        findings: p.rowFindings(x, 'Actions', a.row),
      });
    }
  }
  return actions.sort((a, b) => p.byRegionThen(a.ref, b.ref) || (a.due ?? Infinity) - (b.due ?? Infinity) || compareText(a.ref.id, b.ref.id) || p.byPlace(a.ref, b.ref));
}

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
