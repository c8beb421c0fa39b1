/**
 * The pack's sheet modules, in the order they are placed (each after the sheet
 * it names). One line per sheet: a new sheet is a folder under sheets/ and a
 * line here.
 */
import type { PackSheet } from './types';
import { boardSummarySheet } from './board-summary/sheet';
import { movementSheet } from './movement/sheet';
import { actionsSheet } from './actions/sheet';

export const PACK_SHEETS: readonly PackSheet[] = [
  boardSummarySheet,
  movementSheet,
  actionsSheet,
];

export type { PackSheet, PreviousQuarter, SheetContext, SheetDraft } from './types';
