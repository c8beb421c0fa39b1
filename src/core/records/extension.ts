/**
 * Reading an "Extension" cell (docs/workbook-format.md). London Protocol 2010 §2:
 * a secondment may be extended "for up to, but not more than, one additional
 * year", so part years are allowed and an extension is held in whole months.
 *
 * `6 months`, `6m`, `6 mths`, `0.5`, `0.5 years`, `1 year`, `1y`, `12m`,
 * `1 year 6 months`, a number, Y (1 year) or N (none). A bare number is years
 * unless the column's header says months ("Extension months"). A length that is
 * not a whole number of months (0.3 years) is not read: no guess is made.
 *
 * Kept apart from values.ts on purpose: it is the one field whose reading
 * depends on its header. The patterns are linear (no nested quantifiers) and
 * only the first {@link MAX_EXTENSION_TEXT} characters are ever looked at.
 */
import type { Cell } from './types';

/** How a number with no unit is read. */
export type BareUnit = 'years' | 'months';

/** Text longer than this is not an extension (and is not scanned). */
export const MAX_EXTENSION_TEXT = 40;

export type ExtensionResult = { readonly ok: true; readonly months: number } | { readonly ok: false };

const NOT_READ: ExtensionResult = { ok: false };

/** What data/invalid-value says an Extension cell should hold. */
export const EXTENSION_EXPECTED = 'a length of extension such as "6 months", "1 year", "12m" or 0.5 (years), 0 or more';

/** Whole months from an amount in a unit; null unless whole (to 1e-9) and 0 or more. */
function toMonths(amount: number, unit: BareUnit): number | null {
  if (!Number.isFinite(amount) || amount < 0) return null;
  const months = unit === 'years' ? amount * 12 : amount;
  const whole = Math.round(months);
  return Math.abs(months - whole) < 1e-9 ? whole : null;
}

const NUMBER = '(\\d{1,4}(?:\\.\\d{1,6})?|\\.\\d{1,6})';
const YEARS = '(?:years?|yrs?|y)';
const MONTHS = '(?:months?|mths?|mons?|m)';
const ONE_UNIT = new RegExp(`^${NUMBER}\\s*(${YEARS}|${MONTHS})?$`);
const YEARS_AND_MONTHS = new RegExp(`^(\\d{1,2})\\s*${YEARS}\\s*,?\\s*(?:and\\s+|&\\s*)?(\\d{1,2})\\s*${MONTHS}$`);
const IS_YEARS = new RegExp(`^${YEARS}$`);

/**
 * Months of extension in a cell; blank is handled by the caller (0).
 * @example parseExtension('6 months', 'years') //=> { ok: true, months: 6 }
 * @example parseExtension(0.5, 'years') //=> { ok: true, months: 6 }
 * @example parseExtension(6, 'months') //=> { ok: true, months: 6 }
 * @example parseExtension('1 year', 'years') //=> { ok: true, months: 12 }
 */
export function parseExtension(cell: Cell, bareUnit: BareUnit): ExtensionResult {
  if (cell === null) return { ok: true, months: 0 };
  if (typeof cell === 'boolean') return { ok: true, months: cell ? 12 : 0 };
  if (typeof cell === 'number') {
    const m = toMonths(cell, bareUnit);
    return m === null ? NOT_READ : { ok: true, months: m };
  }
  if (cell.length > MAX_EXTENSION_TEXT) return NOT_READ;
  const text = cell.trim().toLowerCase();
  if (text === '' || text === 'none' || text === 'nil') return { ok: true, months: 0 };
  if (text === 'y' || text === 'yes') return { ok: true, months: 12 };
  if (text === 'n' || text === 'no') return { ok: true, months: 0 };
  let m = ONE_UNIT.exec(text);
  if (m) {
    const unit: BareUnit = m[2] === undefined ? bareUnit : IS_YEARS.test(m[2]) ? 'years' : 'months';
    const months = toMonths(Number(m[1]), unit);
    return months === null ? NOT_READ : { ok: true, months };
  }
  m = YEARS_AND_MONTHS.exec(text);
  if (m) return { ok: true, months: Number(m[1]) * 12 + Number(m[2]) };
  return NOT_READ;
}

/** A header that says its numbers are months ("Extension months", "Extension (mths)"). */
export function headerSaysMonths(header: string): boolean {
  const h = header.slice(0, 100).toLowerCase();
  return h.includes('month') || /\bmths?\b/.test(h);
}

