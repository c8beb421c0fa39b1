/**
 * How the tracker template looks, declared once (as core/pack/style.ts is for the
 * pack): colours as RRGGBB hex, the font, the table style. The two template
 * writers (src/adapters/xlsx exceljs, src/adapters/excel Office.js) only translate
 * it into their library's terms (ARGB "FF…" or "#…"). Pure.
 */
export const TEMPLATE_STYLE = {
  font: { name: 'Arial', size: 10 },
  title: { size: 14 },
  /** The How to use sheet's first line. */
  howToTitle: { size: 13 },
  tableStyle: 'TableStyleLight9',
  /** Header row of an entered column: white bold on dark blue. */
  header: { fill: '1F4E78', font: 'FFFFFF' },
  /** A calculated column (a formula the user does not type): grey header, light grey cells. */
  calculated: { headerFill: '595959', fill: 'EDEDED' },
  /** Conditional marks, each with words beside it in the column: overdue red (bold), due soon amber. */
  overdue: { fill: 'F4CCCC', font: '9C0006', bold: true },
  dueSoon: { fill: 'FFEB9C', font: '7F6000', bold: false },
} as const;
