/**
 * A sheet's print ranges, worked out once for every writer from its PrintSetup:
 * the print area (column A to the last column a board reads, row 1 to the last
 * row the sheet uses) and the rows and columns repeated on every page. Each
 * writer puts them in its library's syntax. Pure.
 */
import { columnLetter } from '../a1';
import type { LayoutSheet } from './document';

export interface PrintRanges {
  /** The print area is A1:{lastColumn}{lastRow}. */
  readonly lastColumn: string;
  readonly lastRow: number;
  /** Rows repeated at the top of every page (the table's header row), or none. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  /** Columns A..this one repeated at the left of every page across, or none. */
  readonly titleColumns: string | null;
}

/** The last row a sheet uses: its lines, its fields, and every table down to its totals row. */
export function lastRow(s: LayoutSheet): number {
  return Math.max(1, ...s.lines.map((l) => l.row), ...s.fields.map((f) => f.row), ...s.tables.map((t) => t.headerRow + t.rows.length + (t.totals !== null ? 1 : 0)));
}

/** The sheet's print area and print titles. Only the columns a board reads print: where a row came from (tracker row, workbook, rule id) stays unprinted. */
export function printRanges(s: LayoutSheet): PrintRanges {
  return {
    lastColumn: columnLetter(s.print.printColumns),
    lastRow: lastRow(s),
    titleRows: s.print.repeatRows,
    titleColumns: s.print.repeatColumns === null ? null : columnLetter(s.print.repeatColumns),
  };
}
