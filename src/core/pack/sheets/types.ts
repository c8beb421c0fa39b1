/**
 * What a pack sheet module gives the layout: a draft of its sheet (title lines,
 * optional fields, one or more tables) made from the pack's model. A sheet is a
 * folder under sheets/ (its model, its draft, its test) and is hooked into the
 * pack by one line in sheets/index.ts, whose order is the pack's; layout.ts
 * sizes, places and scrubs every sheet alike. Pure.
 */
import type { CellValue, ColumnKind, LayoutField, LayoutLine } from '../document';
import type { PackModel } from '../model';
import type { Movement } from './movement/model';

export interface ColumnSpec {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Long text: wrap at this many characters. */
  readonly wrapAt?: number;
  /**
   * Every text in this column has already been passed by the model's withholder (`model.scrub`, e.g. the
   * Data quality appendix's messages, withheld in packFindings): the layout fits it to a cell without
   * withholding it again. Only for texts taken straight from such a field, never for one built around it.
   */
  readonly withheld?: boolean;
}

export interface TableDraft {
  readonly name: string;
  readonly caption: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly totals?: readonly (string | number | null)[] | null;
  /** A heading line above the table (for a sheet's second and later tables). */
  readonly heading?: string;
}

export interface SheetDraft {
  readonly name: string;
  readonly lines: readonly { text: string; style: LayoutLine['style'] }[];
  readonly fields?: readonly Omit<LayoutField, 'row'>[];
  readonly table: TableDraft;
  /** Further tables below the first, each after a blank row and its heading. */
  readonly more?: readonly TableDraft[];
  /** Freeze the header row (every sheet but the Cover and the Board summary). */
  readonly freeze: boolean;
}

/** Last quarter's pack and what moved since: given when the pack is built with --previous. */
export interface PreviousQuarter {
  readonly model: PackModel;
  readonly movement: Movement;
}

export interface SheetContext {
  readonly model: PackModel;
  readonly previous: PreviousQuarter | null;
}

/** A sheet of the pack, placed in the order of sheets/index.ts. */
export interface PackSheet {
  readonly name: string;
  /** One line for the Cover's contents table. */
  readonly describe: (ctx: SheetContext) => string;
  /** The sheet, or null when it has nothing to show (Movement without a previous quarter). */
  readonly draft: (ctx: SheetContext) => SheetDraft | null;
}
