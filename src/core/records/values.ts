/**
 * Reading one cell as a field's type. Never throws: a cell that can't be read
 * gives a problem the parser turns into a data/* finding.
 */
import { fromExcelSerial, parseDate, type DateProblem } from '../dates';
import { normaliseHeader, type FieldType } from './schema';
import { EXTENSION_EXPECTED, parseExtension } from './extension';
import type { Cell } from './types';
import { visible } from '../privacy';

const INVISIBLE = /\p{Cf}/u;

export type CellResult =
  | { readonly ok: true; readonly value: string | number | boolean | null }
  | { readonly ok: false; readonly rule: 'data/invalid-date'; readonly messageId: 'impossible' | 'unrecognised' | 'outOfRange' }
  | { readonly ok: false; readonly rule: 'data/invalid-value'; readonly expected: string };

const BLANK: CellResult = { ok: true, value: null };

/** A cell with nothing in it (blank, or only spaces). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as the user sees it, for "found …" in messages. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/**
 * Longest text a number, date, band or stage parser looks at. Nothing a tracker holds in such a cell is
 * longer (a date or an amount is under 30 characters); a longer text is simply not a number or a date,
 * and the parsers never spend time in proportion to a huge cell.
 */
export const MAX_PARSE_LENGTH = 64;

/**
 * Largest amount or count accepted: a tracker's money and counts are far below it, and it keeps every sum
 * the pack makes finite and exact in Excel (15 significant digits). Anything larger is data/invalid-value.
 */
export const MAX_NUMBER = 1e12;

/** Longest part of a cell quoted back in a finding ("found …"): enough to recognise it, never a whole pasted document. */
export const MAX_QUOTED = 80;

/** The cell as quoted in a finding: its text, cut at MAX_QUOTED characters with "…". */
export function foundText(cell: Cell | undefined): string {
  const t = typeof cell === 'string' && cell.length > MAX_QUOTED * 4 ? cell.slice(0, MAX_QUOTED * 4).trim() : cellText(cell);
  return t.length > MAX_QUOTED ? `${[...t.slice(0, MAX_QUOTED + 1)].slice(0, MAX_QUOTED - 1).join('')}…` : t;
}

/** A number from a number cell or a number typed as text ('0.5', '£6,200', '£6,200.50', '15%'); null if none. */
export function readNumber(cell: Cell): { n: number; percent: boolean } | null {
  if (typeof cell === 'number') return Number.isFinite(cell) && Math.abs(cell) <= MAX_NUMBER ? { n: cell, percent: false } : null;
  if (typeof cell !== 'string' || cell.length > MAX_PARSE_LENGTH * 4) return null;
  const t = cell.trim();
  if (t.length > MAX_PARSE_LENGTH) return null;
  // Linear: no nested or adjacent quantifiers that can match the same characters two ways.
  const m = /^£?[ \t]*(-?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?[ \t]*(%?)$/.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const n = Number(`${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(n) || Math.abs(n) > MAX_NUMBER) return null;
  return { n, percent: m[4] === '%' };
}

const DATE_PROBLEM: Record<Exclude<DateProblem, 'empty'>, 'impossible' | 'unrecognised' | 'outOfRange'> = {
  impossible: 'impossible',
  unrecognised: 'unrecognised',
  'out-of-range': 'outOfRange',
};

function invalid(expected: string): CellResult {
  return { ok: false, rule: 'data/invalid-value', expected };
}

/** The cell's text for a parser that only ever matches short text: '' when it is too long to be one. */
function shortText(cell: Exclude<Cell, null>): string {
  if (typeof cell === 'string' && cell.length > MAX_PARSE_LENGTH * 4) return '';
  const t = cellText(cell);
  return t.length > MAX_PARSE_LENGTH ? '' : t;
}

/** Read a cell as a field type. Blank is `{ ok: true, value: null }`. */
export function readCell(cell: Cell | undefined, type: FieldType): CellResult {
  if (isBlank(cell)) return BLANK;
  const c = cell as Exclude<Cell, null>;
  switch (type.kind) {
    case 'text': {
      // Invisible characters (zero-width spaces, joiners, BOMs) change nothing a reader sees: "S-001" with one is still S-001.
      const t = cellText(c);
      return { ok: true, value: INVISIBLE.test(t) ? visible(t).trim() : t };
    }
    case 'date': {
      if (typeof c === 'number') {
        const d = fromExcelSerial(c);
        return d === null ? { ok: false, rule: 'data/invalid-date', messageId: 'outOfRange' } : { ok: true, value: d };
      }
      if (typeof c === 'boolean') return { ok: false, rule: 'data/invalid-date', messageId: 'unrecognised' };
      if (c.length > MAX_PARSE_LENGTH * 4 || c.trim().length > MAX_PARSE_LENGTH) return { ok: false, rule: 'data/invalid-date', messageId: 'unrecognised' };
      const p = parseDate(c);
      if (p.ok) return { ok: true, value: p.day };
      return { ok: false, rule: 'data/invalid-date', messageId: DATE_PROBLEM[p.problem as Exclude<DateProblem, 'empty'>] };
    }
    case 'fte': {
      const r = readNumber(c);
      const n = r === null ? NaN : r.percent ? r.n / 100 : r.n;
      return n > 0 && n <= 1 ? { ok: true, value: n } : invalid('a number above 0 and at most 1 (1 = full time)');
    }
    case 'number': {
      const r = readNumber(c);
      return r !== null && !r.percent && r.n >= 0 ? { ok: true, value: r.n } : invalid('a number, 0 or more');
    }
    case 'share': {
      const r = readNumber(c);
      if (r === null || r.n < 0) return invalid('a fraction from 0 to 1 or a percentage from 0 to 100');
      const n = r.percent || r.n > 1 ? r.n / 100 : r.n;
      return n <= 1 ? { ok: true, value: n } : invalid('a fraction from 0 to 1 or a percentage from 0 to 100');
    }
    case 'index': {
      const r = readNumber(c);
      if (r === null) return invalid('a score from 0 to 1');
      const n = r.percent ? r.n / 100 : r.n;
      return n >= 0 && n <= 1 ? { ok: true, value: n } : invalid('a score from 0 to 1');
    }
    case 'whole': {
      const yn = readYesNo(c);
      if (yn !== null) return { ok: true, value: yn ? 1 : 0 };
      const r = readNumber(c);
      return r !== null && !r.percent && Number.isInteger(r.n) && r.n >= 0 ? { ok: true, value: r.n } : invalid('a whole number of years, 0 or more');
    }
    case 'extension': {
      const r = parseExtension(c, type.bareUnit);
      return r.ok ? { ok: true, value: r.months } : invalid(EXTENSION_EXPECTED);
    }
    case 'yn': {
      const yn = readYesNo(c);
      return yn === null ? invalid('Y or N') : { ok: true, value: yn };
    }
    case 'money': {
      const r = readNumber(c);
      return r !== null && !r.percent && r.n >= 0 ? { ok: true, value: r.n } : invalid('an amount in £, 0 or more');
    }
    case 'band': {
      const m = typeof c === 'number' ? [String(c), String(c)] : /^(?:band|b)?\s*(\d{1,2})$/i.exec(shortText(c));
      const n = m ? Number(m[1]) : NaN;
      return Number.isInteger(n) && n > 0 ? { ok: true, value: n } : invalid('a pay band such as "Band 4"');
    }
    case 'stage': {
      const m = typeof c === 'number' ? [String(c), String(c)] : /^(?:stage|s)?\s*(\d)$/i.exec(shortText(c));
      const n = m ? Number(m[1]) : NaN;
      return Number.isInteger(n) && n >= 1 && n <= 5 ? { ok: true, value: n } : invalid('a stage from 1 to 5');
    }
    case 'enum': {
      const v = type.aliases[normaliseHeader(shortText(c))];
      return v === undefined ? invalid(`one of ${type.allowed.join(', ')}`) : { ok: true, value: v };
    }
  }
}

/** Y/N, Yes/No, TRUE/FALSE; null for anything else. */
export function readYesNo(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string' || cell.length > MAX_PARSE_LENGTH) return null;
  const t = cell.trim().toLowerCase();
  if (t === 'y' || t === 'yes' || t === 'true') return true;
  if (t === 'n' || t === 'no' || t === 'false') return false;
  return null;
}
