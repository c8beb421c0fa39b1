/**
 * "Create a tracker" inside Excel (Office.js): the template described in
 * src/core/template, written into the open workbook when it is empty (one blank
 * sheet, no tables) — the same tables, drop-downs, date rules, formulas and
 * conditional formats the .xlsx writer puts in a file.
 *
 * Two syncs, whatever the size: one to see whether the workbook is empty, one
 * for every write (the template is a few hundred kilobytes at most, well under
 * Excel on the web's 5 MB request limit). A workbook that holds anything is
 * never written to: the caller opens the tracker as a new workbook instead.
 *
 * No React here.
 */
import {
  BOARD_FIRST_ROW,
  BOARD_SHEET,
  DATE_FORMAT,
  DATE_MAX,
  DATE_MIN,
  dueFormulas,
  formulaAt,
  HOW_TO_SHEET,
  listRange,
  LISTS_SHEET,
  type TemplateColumn,
  type TemplateDocument,
  type TemplateTable,
} from '../../core/template';
import { columnLetter } from '../../core/a1';
import { TEMPLATE_STYLE } from '../../core/template/style';
import { UserFacingError } from '../host';
import { widthInPoints } from './write-pack';

const S = TEMPLATE_STYLE;
const hex = (rrggbb: string): string => `#${rrggbb}`;

export interface WriteTemplateStats {
  syncs: number;
}

/** Thrown when the open workbook already holds something: the tracker then goes into a new workbook. */
export class WorkbookNotEmptyError extends UserFacingError {
  constructor() {
    super('This workbook already has sheets or data, so the tracker was not added to it.');
    this.name = 'WorkbookNotEmptyError';
  }
}

/** The Office.js data-validation rule for a column (data validation is ExcelApi 1.8).
 * @excelApi 1.8
 */
export function officeRule(doc: TemplateDocument, c: TemplateColumn): Excel.DataValidationRule | null {
  const v = c.validation;
  if (!v) return null;
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: `=${listRange(doc, v.list)}` } };
    case 'date':
      return { date: { formula1: DATE_MIN, formula2: DATE_MAX, operator: 'Between' } } as unknown as Excel.DataValidationRule;
    case 'whole':
      return { wholeNumber: { formula1: v.min, formula2: v.max, operator: 'Between' } } as unknown as Excel.DataValidationRule;
    case 'decimal':
      return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } } as unknown as Excel.DataValidationRule;
  }
}

function cellValue(v: string | number | null | undefined): string | number {
  return v === null || v === undefined ? '' : v;
}

/**
 * Data validation needs ExcelApi 1.8 (conditional formats 1.6, frozen rows 1.7, getFirst 1.5).
 * @excelApi 1.8
 */
function writeTable(ws: Excel.Worksheet, doc: TemplateDocument, t: TemplateTable): void {
  const last = columnLetter(t.columns.length);
  const bottom = doc.rows + 1;
  ws.getRange(`A1:${last}1`).values = [t.columns.map((c) => c.header)];
  const data = doc.data[t.name] ?? [];
  const body: (string | number)[][] = [];
  for (let i = 0; i < doc.rows; i++) {
    const record = data[i];
    body.push(t.columns.map((c) => (c.formula ? formulaAt(t, c, i + 2) : cellValue(record?.[c.header]))));
  }
  // Formulas and constants together: a formula's text sets a formula, anything else a value.
  ws.getRange(`A2:${last}${bottom}`).formulas = body;
  const table = ws.tables.add(`A1:${last}${bottom}`, true);
  table.name = t.name;
  table.style = S.tableStyle;
  const header = table.getHeaderRowRange();
  header.format.font.bold = true;
  header.format.font.color = hex(S.header.font);
  header.format.fill.color = hex(S.header.fill);
  header.format.wrapText = true;
  t.columns.forEach((c, i) => {
    const col = columnLetter(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = widthInPoints(c.width);
    const range = ws.getRange(`${col}2:${col}${bottom}`);
    if (c.numFmt) range.numberFormat = [[c.numFmt]];
    if (c.formula) {
      range.format.fill.color = hex(S.calculated.fill);
      ws.getRange(`${col}1`).format.fill.color = hex(S.calculated.headerFill);
    }
    const rule = officeRule(doc, c);
    if (rule) {
      range.dataValidation.rule = rule;
      if (c.prompt) range.dataValidation.prompt = { showPrompt: true, title: c.prompt.title, message: c.prompt.text };
      const strict = c.validation?.kind !== 'list' || c.validation.strict;
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: strict ? 'Stop' : 'Warning',
        title: c.header,
        message: c.validation?.kind === 'list' ? `Choose ${c.header} from the list.` : c.validation?.kind === 'date' ? 'Enter a real date between 01/01/2000 and 31/12/2100, as dd/mm/yyyy.' : 'Enter a number in the range allowed.',
      };
    }
    if (c.due) {
      const f = dueFormulas(t, c, 2);
      for (const [formula, colours] of [[f.overdue, S.overdue], [f.soon, S.dueSoon]] as const) {
        const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = `=${formula}`;
        cf.custom.format.fill.color = hex(colours.fill);
        cf.custom.format.font.color = hex(colours.font);
        if (colours.bold) cf.custom.format.font.bold = true;
      }
    }
  });
  ws.freezePanes.freezeRows(1);
}

/**
 * Data validation needs ExcelApi 1.8 (conditional formats 1.6, frozen rows 1.7, getFirst 1.5).
 * @excelApi 1.8
 */
function writeBoard(ws: Excel.Worksheet, doc: TemplateDocument): void {
  ws.getRange('A1').values = [[`YOS Governance Board – ${doc.region} return`]];
  ws.getRange('A1').format.font.bold = true;
  ws.getRange('A1').format.font.size = 14;
  const first = BOARD_FIRST_ROW;
  const lastRow = first + doc.board.length - 1;
  ws.getRange(`A${first}:B${lastRow}`).values = doc.board.map((b) => [b.label, cellValue(b.value)]);
  ws.getRange(`A${first}:A${lastRow}`).format.font.bold = true;
  ws.getRange('A:A').format.columnWidth = widthInPoints(22);
  ws.getRange('B:B').format.columnWidth = widthInPoints(24);
  doc.board.forEach((b, i) => {
    if (!b.date) return;
    const cell = ws.getRange(`B${first + i}`);
    cell.numberFormat = [[DATE_FORMAT]];
    cell.dataValidation.rule = { date: { formula1: DATE_MIN, formula2: DATE_MAX, operator: 'Between' } } as unknown as Excel.DataValidationRule;
    cell.dataValidation.prompt = { showPrompt: true, title: b.label, message: 'A date as dd/mm/yyyy.' };
  });
}

/**
 * Data validation needs ExcelApi 1.8 (conditional formats 1.6, frozen rows 1.7, getFirst 1.5).
 * @excelApi 1.8
 */
function writeHowTo(ws: Excel.Worksheet, doc: TemplateDocument): void {
  ws.getRange(`A1:A${doc.howTo.length}`).values = doc.howTo.map((l) => [l.startsWith('## ') ? l.slice(3) : l]);
  ws.getRange('A:A').format.columnWidth = widthInPoints(110);
  ws.getRange(`A1:A${doc.howTo.length}`).format.wrapText = true;
  doc.howTo.forEach((l, i) => {
    if (i === 0 || l.startsWith('## ')) ws.getRange(`A${i + 1}`).format.font.bold = true;
  });
}

/**
 * Data validation needs ExcelApi 1.8 (conditional formats 1.6, frozen rows 1.7, getFirst 1.5).
 * @excelApi 1.8
 */
function writeLists(ws: Excel.Worksheet, doc: TemplateDocument): void {
  doc.lists.forEach((l, i) => {
    const col = columnLetter(i + 1);
    ws.getRange(`${col}1:${col}${l.values.length + 1}`).values = [[l.name], ...l.values.map((v) => [v])];
  });
  ws.visibility = 'Hidden';
}

/**
 * Write the template into the open workbook, which must be empty (one blank
 * sheet, no tables); throws WorkbookNotEmptyError otherwise, having written nothing.
 * Data validation needs ExcelApi 1.8 (conditional formats 1.6, frozen rows 1.7, getFirst 1.5).
 * @excelApi 1.8
 */
export async function writeTemplateSheets(context: Excel.RequestContext, doc: TemplateDocument, stats: WriteTemplateStats = { syncs: 0 }): Promise<{ sheets: string[] }> {
  const sync = async () => {
    stats.syncs++;
    await context.sync();
  };
  // Sync 1: is the workbook empty?
  const worksheets = context.workbook.worksheets;
  worksheets.load('items');
  const tables = context.workbook.tables;
  tables.load('items');
  const first = worksheets.getFirst();
  const used = first.getUsedRangeOrNullObject(true);
  // isNullObject is known once the range's own properties have been loaded and synced.
  used.load('address');
  stats.syncs++;
  await context.sync();
  if (worksheets.items.length !== 1 || tables.items.length > 0 || !used.isNullObject) throw new WorkbookNotEmptyError();

  // Sync 2: every write. The blank sheet becomes the first of the tracker's.
  first.name = HOW_TO_SHEET;
  writeHowTo(first, doc);
  const board = worksheets.add(BOARD_SHEET);
  writeBoard(board, doc);
  for (const t of doc.tables) writeTable(worksheets.add(t.sheet), doc, t);
  writeLists(worksheets.add(LISTS_SHEET), doc);
  board.activate();
  await sync();
  return { sheets: [HOW_TO_SHEET, BOARD_SHEET, ...doc.tables.map((t) => t.sheet), LISTS_SHEET] };
}
