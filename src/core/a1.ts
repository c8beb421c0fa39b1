/**
 * A1 references, both ways: the one place a column number becomes Excel's
 * letters (the findings' cell addresses, the tracker template's formulas and
 * list ranges, both pack writers' ranges, print areas and print titles) and
 * letters become numbers again (the .xlsx readers). Pure.
 */

/** Excel's grid: rows and columns beyond these are not in any sheet Excel can open. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** Column letter(s) for a 1-based column number: 1 → A, 26 → Z, 27 → AA, 28 → AB. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'A' → 1, 'XFD' → 16384; 0 when not a column; past Excel's last column for more than three letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length && i < 4; i++) {
    const c = letters.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) return 0;
    n = n * 26 + c - 64;
  }
  return letters.length > 3 ? EXCEL_MAX_COLS + 1 : n;
}

/** 'B12' → { row: 12, col: 2 }; null when not a cell address. Absolute `$` marks are ignored. */
export function parseAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/.exec(ref);
  if (!m) return null;
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}

/** 'A3:T24' (or one cell, or 'Sheet1!A3:T24') → bounds; null when not a range. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.replace(/^.*!/, '').split(':');
  const tl = a === undefined ? null : parseAddress(a);
  const br = b === undefined ? tl : parseAddress(b);
  if (!tl || !br) return null;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
}
