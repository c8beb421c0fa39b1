/**
 * Where the lines above a sheet's tables go and how tall their rows are, worked
 * out once for every writer. Excel grows a row to fit wrapped text only in an
 * unmerged cell, and neither Excel nor LibreOffice does it for a file it opens,
 * so a line that wraps across the printed page (merged over the columns of the
 * first page across) needs its height stated; an estimate, a little generous
 * rather than cut off. Pure.
 */
import type { LayoutLine, LayoutSheet } from './document';
import { columnPoints, PRINTABLE_WIDTH_POINTS, WIDTH_PER_CHAR } from './layout';
import type { PackStyle, WrappingTextStyle } from './style';

/** Excel's cell padding in width units (5 px of 7 a character): a file stores a column's width with it. */
export const COLUMN_PADDING = 0.7;

/** Lines a text takes wrapped in a column `width` characters wide (greedy, by word), for text `widthFactor` times as wide as body text. */
export function wrappedLines(text: string, width: number, widthFactor = 1): number {
  const perLine = Math.max(1, Math.floor((width - 1) / WIDTH_PER_CHAR / widthFactor));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    let n = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word.length;
      if (used > 0 && used + 1 + w > perLine) {
        n++;
        used = 0;
      }
      while (w > perLine) {
        n++;
        w -= perLine;
      }
      used += (used > 0 ? 1 : 0) + w;
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** How many columns print on the first page across: all the printed ones when fitted to width, else as many as fit at the sheet's scale. */
export function firstPageColumns(s: LayoutSheet): number {
  if (s.print.fitToWidth === 1) return s.print.printColumns;
  const room = PRINTABLE_WIDTH_POINTS / (s.print.scale / 100);
  let used = 0;
  let n = 0;
  for (const w of s.columnWidths.slice(0, s.print.printColumns)) {
    used += columnPoints(w);
    if (used > room) break;
    n++;
  }
  return Math.max(1, n);
}

/** A row's height for `lines` lines of text in this style, in points (a little room to spare). */
export function rowHeight(lines: number, t: WrappingTextStyle): number {
  return lines * t.lineHeight + 2;
}

export interface LinePlacement {
  /** Columns A.. this one hold the line (merged when more than one). */
  readonly span: number;
  readonly wrap: boolean;
  /** Row height in points. */
  readonly height: number;
}

/**
 * A title is one line, never wrapped. Other lines wrap within the first printed
 * page's width, merged across its columns (not on the Cover, whose column B
 * holds the fields' values), so print never cuts them off.
 */
export function linePlacement(s: LayoutSheet, l: LayoutLine, style: PackStyle): LinePlacement {
  const t = style.lines[l.style];
  if (l.style === 'title') return { span: 1, wrap: false, height: t.lineHeight };
  const pageCols = firstPageColumns(s);
  const pageWidth = s.columnWidths.slice(0, pageCols).reduce((n, w) => n + w + COLUMN_PADDING, 0);
  return { span: pageCols > 1 && s.fields.length === 0 ? pageCols : 1, wrap: true, height: rowHeight(wrappedLines(l.text, pageWidth / t.widthFactor), t) };
}
