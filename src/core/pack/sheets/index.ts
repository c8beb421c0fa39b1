/**
 * The pack's sheets after the Cover, in the order they are placed. One line per
 * sheet: a new sheet is a folder under sheets/ (its model, its draft, its test)
 * and a line here. The Cover (cover/sheet.ts) comes first and is made from this
 * list: its contents table has a line for each sheet drafted from it.
 */
import type { PackSheet } from './types';
import { boardSummarySheet } from './board-summary/sheet';
import { movementSheet } from './movement/sheet';
import { summarySheet } from './summary/sheet';
import { vacanciesSheet } from './vacancies/sheet';
import { secondmentsSheet } from './secondments/sheet';
import { allocationSheet } from './allocation/sheet';
import { financeSheet } from './finance/sheet';
import { disputesSheet } from './disputes/sheet';
import { actionsSheet } from './actions/sheet';
import { dataQualitySheet } from './data-quality/sheet';

export const PACK_SHEETS: readonly PackSheet[] = [
  boardSummarySheet,
  movementSheet,
  summarySheet,
  vacanciesSheet,
  secondmentsSheet,
  allocationSheet,
  financeSheet,
  disputesSheet,
  actionsSheet,
  dataQualitySheet,
];

export { coverDraft, type ContentsEntry } from './cover/sheet';
export type { PackSheet, PreviousQuarter, SheetContext, SheetDraft } from './types';
