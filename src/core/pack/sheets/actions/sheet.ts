/**
 * The Actions sheet: the board's own actions (the optional Actions table),
 * overdue first, then open, then those closed since last quarter. Owners are
 * people: an owner written as a role is shown, one written as a person's name only when names were asked for.
 */
import type { CellValue } from '../../layout';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { plural, rag, uk } from '../../words';
import { actionLists } from './model';

export function actionsDraft(ctx: SheetContext): SheetDraft | null {
  const { model, previous } = ctx;
  // No workbook has an Actions table (or it is empty): the sheet is left out, as the table is optional.
  if (model.actions.length === 0) return null;
  const l = actionLists(model, previous === null ? null : previous.model.asOf);
  const sinceText = previous === null ? `this quarter (since ${uk(l.since + 1)})` : `since ${previous.model.quarter} (after ${uk(l.since)})`;
  const rows = [...l.overdue, ...l.open, ...l.closedSince];
  const names = model.includeNames;
  return {
    name: 'Actions',
    freeze: true,
    lines: [
      { text: `Board actions on ${uk(model.asOf)}: open, overdue and closed ${sinceText}`, style: 'title' },
      { text: `${plural(l.open.length + l.overdue.length, 'action')} open, ${l.overdue.length} of them overdue; ${l.closedSince.length} closed ${sinceText}.`, style: 'subtitle' },
      {
        text: `From each workbook's Actions table (NPF 2021 §5.5 vi: the YOGB). Overdue: still open after its due date. ${names ? 'Owners are included (names were asked for): handle as personal data.' : 'An owner written as a role is shown; one written as a person’s name is left out unless names are asked for.'}`,
        style: 'text',
      },
    ],
    table: {
      name: 'PackActions',
      caption: `Board actions open, overdue, or closed ${sinceText}`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'Action ID', kind: 'text' },
        { header: 'Action', kind: 'text', wrapAt: 56 },
        { header: 'Owner', kind: 'text', wrapAt: 24 },
        { header: 'Raised at', kind: 'date' },
        { header: 'Due', kind: 'date' },
        { header: 'Status', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: rows.map((a): CellValue[] => [
        a.ref.region,
        a.ref.id,
        a.action,
        a.owner ?? (a.ownerWithheld ? 'Name left out' : null),
        a.raisedAt,
        a.due,
        a.state === 'overdue'
          ? rag('Red', `overdue (due ${uk(a.due)})`)
          : a.state === 'open'
            ? rag('Green', a.due === null ? 'open, no due date' : `open (due ${uk(a.due)})`)
            : `Closed ${uk(a.closed)}`,
        a.ref.row,
      ]),
    },
  };
}

export const actionsSheet: PackSheet = {
  name: 'Actions',
  describe: (ctx) => (ctx.model.actions.length === 0 ? '' : 'The board’s actions: overdue, open, and closed since last quarter'),
  draft: actionsDraft,
};
