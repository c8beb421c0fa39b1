/**
 * Where a table's rows are read from, decided once for every reader (the .xlsx
 * reader, the exceljs reader the benchmark compares, the Office.js reader):
 * workbook-format.md §"Tables": an Excel table of that name, else a worksheet of
 * that name. Names compare as Excel compares them, without regard to case, and
 * without the spaces a sheet name picks up at either end ("Vacancies ").
 *
 * Pure: the readers hand in what the workbook holds, by name, and read the
 * source this chooses.
 */

/** Do two sheet or table names name the same thing, as Excel sees it? */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The sheet called `name`, if there is one. */
export function sheetNamed<S extends { readonly name: string }>(sheets: readonly S[], name: string): S | undefined {
  return sheets.find((s) => sameName(s.name, name));
}

/** The Excel table called `name` (by its name or, in the file, its display name), if there is one. */
export function tableNamed<T extends { readonly name: string; readonly displayName?: string }>(tables: readonly T[], name: string): T | undefined {
  return tables.find((t) => sameName(t.name, name) || (t.displayName !== undefined && t.displayName !== '' && sameName(t.displayName, name)));
}

/** What holds a table's rows: an Excel table, else a sheet, else nothing. */
export type Source<T, S> = { readonly kind: 'table'; readonly table: T } | { readonly kind: 'sheet'; readonly sheet: S } | null;

/** An Excel table called `name`, else a sheet called `name`, else null. */
export function sourceOf<T extends { readonly name: string; readonly displayName?: string }, S extends { readonly name: string }>(
  name: string,
  tables: readonly T[],
  sheets: readonly S[],
): Source<T, S> {
  const table = tableNamed(tables, name);
  if (table) return { kind: 'table', table };
  const sheet = sheetNamed(sheets, name);
  return sheet ? { kind: 'sheet', sheet } : null;
}
