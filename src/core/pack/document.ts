/**
 * The pack as a host-neutral document: its vocabulary (column kinds, number formats,
 * RAG colours, print setup), shape (sheets, lines, tables) and look (style.ts). Plain,
 * JSON-serialisable data (no exceljs, no Office.js): src/adapters/xlsx writes it
 * with exceljs, src/adapters/excel with Office.js, src/adapters/pdf with pdfmake.
 *
 * Dates are Days (Excel serials), money is whole pounds, RAG cells are
 * { rag, label } so a renderer colours them and the label says the same thing in
 * words (never colour alone).
 */
import type { BarChart } from './charts';
import type { PreviousQuarter } from './sheets/types';
import type { PackStyle } from './style';

// ---------------------------------------------------------------------------
// The document's vocabulary

/** Excel number formats, by column kind. */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const MONEY_FORMAT = '£#,##0';
export const FTE_FORMAT = '0.00';
export const NUMBER_FORMAT = '0.00';
export const INTEGER_FORMAT = '0';
export const TEXT_FORMAT = '@';

export type ColumnKind = 'text' | 'date' | 'money' | 'number' | 'fte' | 'integer' | 'rag';

export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: TEXT_FORMAT,
  date: DATE_FORMAT,
  money: MONEY_FORMAT,
  number: NUMBER_FORMAT,
  fte: FTE_FORMAT,
  integer: INTEGER_FORMAT,
  rag: TEXT_FORMAT,
};

/** The Government Security Classification every page carries. */
export const CLASSIFICATION = 'OFFICIAL-SENSITIVE';

export type Rag = 'Red' | 'Amber' | 'Green';

/** RAG fills and text colours (RGB hex): Excel's Bad / Neutral / Good styles, readable in print. */
export const RAG_COLOURS: Readonly<Record<Rag, { readonly fill: string; readonly font: string }>> = {
  Red: { fill: 'FFC7CE', font: '9C0006' },
  Amber: { fill: 'FFEB9C', font: '9C5700' },
  Green: { fill: 'C6EFCE', font: '006100' },
};

/** A RAG cell: the colour, and a label that says it in words ("Red: overdue (due 30/09/2025)"). */
export interface RagValue {
  readonly rag: Rag;
  readonly label: string;
}

/** A cell: text, a number (a Day in a date column), a RAG value, or blank. A string in a rag column is shown uncoloured. */
export type CellValue = string | number | null | RagValue;

export interface LayoutColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Width in Excel character units. */
  readonly width: number;
  /** Long text: wrap within the column width. */
  readonly wrap: boolean;
}

/** An Excel table (ListObject). */
export interface LayoutTable {
  /** Unique in the workbook, e.g. 'PackVacancies'. */
  readonly name: string;
  /** What the table holds, in words (alt text). */
  readonly caption: string;
  /** Sheet row of the header row. The table starts in column A. */
  readonly headerRow: number;
  readonly columns: readonly LayoutColumn[];
  /** Data rows (at least one: an empty table has one blank row, as Excel makes it). */
  readonly rows: readonly (readonly CellValue[])[];
  /** A totals row under the data: text is a label, a number a column sum (already computed), null blank. */
  readonly totals: readonly (string | number | null)[] | null;
}

export interface LayoutLine {
  readonly row: number;
  readonly text: string;
  readonly style: 'title' | 'subtitle' | 'text';
}

/** A label in column A and its value in column B (the Cover's details). */
export interface LayoutField {
  readonly row: number;
  readonly label: string;
  readonly value: string | number | null;
  readonly kind: 'text' | 'date' | 'money' | 'integer';
}

/** Header or footer text in three parts, with Excel's codes (&P page, &N pages). */
export interface HeaderFooter {
  readonly left: string;
  readonly centre: string;
  readonly right: string;
}

export interface PrintSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'landscape' | 'portrait';
  /**
   * 1: fit the printed columns on one page across, as many pages down as needed,
   * chosen only when the body text still prints at MIN_PRINT_POINTS or more;
   * 0: print at `scale`, the columns running on to a further page across.
   */
  readonly fitToWidth: 0 | 1;
  readonly fitToHeight: 0;
  /** Percent; used when not fitted to width. */
  readonly scale: number;
  /** Columns A.. this one are printed; the ones after it (where a row came from) stay in the sheet, unprinted. */
  readonly printColumns: number;
  /** Rows printed at the top of every page (the table's header row). */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
  /** Columns repeated at the left of every page across (A..this one) when the table does not fit across; null when it does. */
  readonly repeatColumns: number | null;
}

export interface LayoutSheet {
  readonly name: string;
  readonly lines: readonly LayoutLine[];
  readonly fields: readonly LayoutField[];
  readonly tables: readonly LayoutTable[];
  /** Rows 1..freezeRows stay in view when scrolling (0: none). */
  readonly freezeRows: number;
  /** Width of each sheet column from A, in Excel character units. */
  readonly columnWidths: readonly number[];
  readonly print: PrintSetup;
  readonly header: HeaderFooter;
  readonly footer: HeaderFooter;
}

export interface PackDocument {
  /** 'YOGB quarterly pack: North West, 2025/26 Q2' */
  readonly title: string;
  readonly classification: string;
  /** When the pack was made (ISO 8601), shown only on the Cover and in the file's properties; null to leave out. */
  readonly generatedAt: string | null;
  readonly properties: { readonly title: string; readonly subject: string; readonly keywords: string; readonly description: string; readonly creator: string };
  readonly sheets: readonly LayoutSheet[];
  /** How it looks (style.ts): fonts, fills, table style, alignment, margins. The writers translate it and add no style of their own. */
  readonly style: PackStyle;
  /** The Board summary's charts, as descriptions (charts.ts): SVG in the PDF (chart-svg.ts), PNG in the .xlsx, native charts in Excel. */
  readonly charts?: readonly BarChart[];
}

export interface LayoutOptions {
  /** The moment the pack is made; the caller passes it (the layout reads no clock). */
  readonly generatedAt?: Date | null;
  /** Last quarter's pack and the movement since (yot pack --previous): adds the Movement sheet and last quarter's figures. */
  readonly previous?: PreviousQuarter | null;
  /** The files the pack was built from, hashed at the edge (the core reads no files), for the Cover. */
  readonly inputs?: readonly InputFile[];
}

/** One input workbook as the Cover states it, so a board can tell two versions apart. */
export interface InputFile {
  readonly name: string;
  readonly quarter: 'this' | 'previous';
  readonly bytes: number;
  /** Lower-case hex. */
  readonly sha256: string;
}

/** Sheet names, in order, of a pack built without a previous quarter (with one, Movement follows the Board summary). */
export const SHEET_NAMES = ['Cover', 'Board summary', 'Summary', 'Vacancies', 'Secondments', 'Allocation', 'Finance', 'Disputes', 'Data quality'] as const;
