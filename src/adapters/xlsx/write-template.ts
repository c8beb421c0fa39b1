/**
 * The tracker template (src/core/template) → an exceljs workbook: Excel tables
 * with the canonical headers, drop-downs from a hidden Lists sheet, date and
 * number validation with UK input messages, calculated columns as plain Excel
 * formulas, red/amber conditional formats relative to the Board's As-of date,
 * frozen header rows and fitted widths. No sheet is protected (SPOCs add columns).
 *
 * No Node imports: the taskpane's browser file mode uses this module too (it
 * downloads the bytes); the CLI writes them to a file.
 */
import ExcelJS from 'exceljs';
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
import { toUtcDate } from '../../core/dates';

const S = TEMPLATE_STYLE;
const argb = (rrggbb: string): string => `FF${rrggbb}`;
const FONT = { name: S.font.name, size: S.font.size };

/** An exceljs data-validation for a template column (undefined when it has none). */
export function excelValidation(doc: TemplateDocument, c: TemplateColumn): ExcelJS.DataValidation | undefined {
  const v = c.validation;
  if (!v) return undefined;
  const prompt = c.prompt ? { showInputMessage: true, promptTitle: c.prompt.title, prompt: c.prompt.text } : {};
  switch (v.kind) {
    case 'list':
      return {
        type: 'list', allowBlank: true, formulae: [listRange(doc, v.list)], showErrorMessage: true,
        errorStyle: v.strict ? 'stop' : 'warning', errorTitle: c.header, error: `Choose ${c.header} from the list.`, ...prompt,
      };
    case 'date':
      return {
        type: 'date', operator: 'between', allowBlank: true, formulae: [toUtcDate(DATE_MIN), toUtcDate(DATE_MAX)], showErrorMessage: true,
        errorStyle: 'stop', errorTitle: c.header, error: 'Enter a real date between 01/01/2000 and 31/12/2100, as dd/mm/yyyy.', ...prompt,
      };
    case 'whole':
    case 'decimal':
      return {
        type: v.kind, operator: 'between', allowBlank: true, formulae: [v.min, v.max], showErrorMessage: true,
        errorStyle: 'stop', errorTitle: c.header, error: `Enter ${v.kind === 'whole' ? 'a whole number' : 'a number'} from ${v.min} to ${v.max}.`, ...prompt,
      };
  }
}

function cellValue(v: string | number | null | undefined, c: TemplateColumn): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' && c.numFmt === DATE_FORMAT) return toUtcDate(v);
  return v;
}

function writeTable(wb: ExcelJS.Workbook, doc: TemplateDocument, t: TemplateTable): void {
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const data = doc.data[t.name] ?? [];
  const rows: ExcelJS.CellValue[][] = [];
  for (let i = 0; i < doc.rows; i++) {
    const r = i + 2;
    const record = data[i];
    rows.push(t.columns.map((c) => (c.formula ? { formula: formulaAt(t, c, r).slice(1) } : cellValue(record?.[c.header], c))));
  }
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: S.tableStyle, showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  const header = ws.getRow(1);
  header.height = 30;
  t.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const h = header.getCell(i + 1);
    h.font = { ...FONT, bold: true, color: { argb: argb(S.header.font) } };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.formula ? S.calculated.headerFill : S.header.fill) } };
    h.alignment = { wrapText: true, vertical: 'bottom' };
    const style: Partial<ExcelJS.Style> = {
      font: FONT,
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      ...(c.formula ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(S.calculated.fill) } } } : {}),
    };
    const validation = excelValidation(doc, c);
    for (let r = 2; r <= doc.rows + 1; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.style = style;
      if (validation) cell.dataValidation = validation;
    }
    if (c.due) {
      const ref = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${doc.rows + 1}`;
      const f = dueFormulas(t, c, 2);
      ws.addConditionalFormatting({
        ref,
        rules: [
          { type: 'expression', priority: 1, formulae: [f.overdue], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(S.overdue.fill) } }, font: { color: { argb: argb(S.overdue.font) }, bold: S.overdue.bold } } },
          { type: 'expression', priority: 2, formulae: [f.soon], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(S.dueSoon.fill) } }, font: { color: { argb: argb(S.dueSoon.font) } } } },
        ],
      });
    }
  });
}

function writeBoard(wb: ExcelJS.Workbook, doc: TemplateDocument): void {
  const ws = wb.addWorksheet(BOARD_SHEET);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 24;
  const title = ws.getCell(1, 1);
  title.value = `YOS Governance Board – ${doc.region} return`;
  title.font = { ...FONT, size: S.title.size, bold: true };
  doc.board.forEach((b, i) => {
    const r = BOARD_FIRST_ROW + i;
    const label = ws.getCell(r, 1);
    label.value = b.label;
    label.font = { ...FONT, bold: true };
    const cell = ws.getCell(r, 2);
    cell.value = b.value === null ? null : b.date && typeof b.value === 'number' ? toUtcDate(b.value) : b.value;
    cell.font = FONT;
    if (b.date) {
      cell.numFmt = DATE_FORMAT;
      cell.dataValidation = {
        type: 'date', operator: 'between', allowBlank: true, formulae: [toUtcDate(DATE_MIN), toUtcDate(DATE_MAX)], showErrorMessage: true,
        errorStyle: 'stop', error: 'Enter a real date between 01/01/2000 and 31/12/2100, as dd/mm/yyyy.', showInputMessage: true, promptTitle: b.label, prompt: 'A date as dd/mm/yyyy.',
      };
    }
  });
}

function writeHowTo(wb: ExcelJS.Workbook, doc: TemplateDocument): void {
  const ws = wb.addWorksheet(HOW_TO_SHEET);
  ws.getColumn(1).width = 110;
  doc.howTo.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    const heading = line.startsWith('## ');
    cell.value = heading ? line.slice(3) : line;
    cell.font = { ...FONT, bold: heading || i === 0, size: i === 0 ? S.howToTitle.size : FONT.size };
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (!heading && i > 0) ws.getRow(i + 1).height = Math.max(1, Math.ceil(line.length / 105)) * 13 + 2;
  });
}

function writeLists(wb: ExcelJS.Workbook, doc: TemplateDocument): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  doc.lists.forEach((l, i) => {
    ws.getCell(1, i + 1).value = l.name;
    l.values.forEach((v, j) => {
      ws.getCell(j + 2, i + 1).value = v;
    });
    ws.getColumn(i + 1).width = Math.max(12, l.name.length + 2, ...l.values.map((v) => String(v).length + 2));
  });
}

/** The template as an exceljs workbook: How to fill this in, Board, the tables, and the hidden Lists sheet. */
export function renderTemplateXlsx(doc: TemplateDocument): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'YOT secondment governance add-in';
  // The formulas are written without results: the spreadsheet works them all out on opening.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  writeHowTo(wb, doc);
  writeBoard(wb, doc);
  for (const t of doc.tables) writeTable(wb, doc, t);
  writeLists(wb, doc);
  // Open on the Board sheet, where the As-of date goes first.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return wb;
}

/** The template's .xlsx bytes. */
export async function templateXlsxBytes(doc: TemplateDocument): Promise<Uint8Array> {
  const buf = await renderTemplateXlsx(doc).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
