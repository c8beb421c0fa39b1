/**
 * The task pane's small helpers, without React or Office.js: dates typed in,
 * where a finding is and its severity in words, and column-mapping changes.
 * The work itself is in check.ts and pack-plan.ts, loaded with import() when
 * first needed, so the rules and the pack are not part of the first load.
 */
import { parseDate, type Day } from '../core/dates';
import type { ColumnMapping, TableName } from '../core/records/types';
import type { Finding } from '../core/rules/define';
import { UserFacingError } from '../adapters/host';
import { findingCountsText } from '../core/words';

/**
 * A date typed into the pane: '' is "not given" (null); an input type=date
 * gives ISO 2025-09-30, and a UK 30/09/2025 typed by hand is read too.
 */
export function readDateInput(text: string, what: string): Day | null {
  const t = text.trim();
  if (t === '') return null;
  const parsed = parseDate(t);
  if (!parsed.ok) throw new UserFacingError(`The ${what} "${t}" is not a date; use the date picker or type it as dd/mm/yyyy.`);
  return parsed.day;
}

/** Where a finding is, for people: 'Secondments!L13', 'Board sheet', or 'Whole workbook'. */
export function locationOf(f: Finding): string {
  if (f.sheet !== null && f.cell !== null) return `${f.sheet}!${f.cell}`;
  if (f.sheet !== null) return `${f.sheet} sheet`;
  if (f.table !== null) return `${f.table} table`;
  return 'Whole workbook';
}

/** Severity in words, for headings and accessible names (never colour alone). */
export const SEVERITY_WORDS = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'For information', many: 'For information' },
} as const;

/** '12 errors, 14 warnings and 9 for information' */
export function summaryText(summary: Readonly<Record<'error' | 'warning' | 'info', number>>): string {
  return findingCountsText(summary);
}

/** A mapping with one header's choice changed: a field key, 'ignore', or null to go back to matching by name. */
export function withMapping(mapping: ColumnMapping, table: TableName, header: string, field: string | null): ColumnMapping {
  const forTable = { ...(mapping[table] ?? {}) };
  const key = header.trim();
  if (field === null) delete forTable[key];
  else forTable[key] = field;
  const out: ColumnMapping = { ...mapping };
  if (Object.keys(forTable).length > 0) out[table] = forTable;
  else delete out[table];
  return out;
}
