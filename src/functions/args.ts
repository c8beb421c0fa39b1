/**
 * Reading the arguments Excel hands a custom function. Plain functions with no
 * Office dependency, so they can be tested in Node: each returns the typed
 * value or throws an {@link ArgumentError} whose message a SPOC can act on.
 * functions.ts turns that into a CustomFunctions.Error.
 *
 * What Excel passes: numbers (dates are serial numbers), text, TRUE/FALSE, and
 * for a left-out optional argument null. A reference to an empty cell arrives
 * as null in Excel on the web but as 0 in Excel on Windows and Mac, so for
 * dates 0 is read as blank (serial 0 is not a date anyone means).
 */
import { fromExcelSerial, parseDate, type Day } from '../core/dates';
import { normaliseHeader, SECONDMENT_ROLE } from '../core/records/schema';
import type { Scheme, SecondmentRole, VacancyRole } from '../core/records/types';
import type { RulebookValues } from '../core/rulebook';
import { MAX_EXTENSION_TEXT, parseExtension } from '../core/records/extension';
import { yearsAndMonths } from '../core/words';

/** A bad or missing argument. `missing` becomes #N/A in Excel, anything else #VALUE!. */
export class ArgumentError extends Error {
  constructor(
    message: string,
    readonly missing: boolean = false,
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/**
 * The plain value inside an argument: unwraps a one-cell range ([[x]]) and an
 * Excel data type value ({ type, basicValue }); refuses a range of several cells.
 */
function plain(value: unknown, label: string): unknown {
  let v = value;
  if (Array.isArray(v)) {
    const cells = v.flat(2) as unknown[];
    if (cells.length !== 1) throw new ArgumentError(`${label} must be a single value or one cell, not a range of ${cells.length} cells.`);
    v = cells[0];
  }
  if (typeof v === 'object' && v !== null) {
    const rich = v as { type?: unknown; basicValue?: unknown; errorType?: unknown };
    if (rich.type === 'Error') throw new ArgumentError(`${label} holds an Excel error (${String(rich.basicValue ?? rich.errorType ?? '#VALUE!')}); fix that cell first.`);
    if ('basicValue' in rich) return rich.basicValue;
    throw new ArgumentError(`${label} must be a number, a date or text, not an object.`);
  }
  return v;
}

/** True for a left-out argument, an empty cell or text that is only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A number typed as text: '0.5', ' 12 ', '£5,000', '15%'. Null when the text is not a number. */
function numberFromText(text: string): { n: number; percent: boolean } | null {
  const m = /^£?\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d*\.?\d+(?:[eE][-+]?\d+)?))\s*(%?)$/.exec(text.trim());
  if (!m) return null;
  return { n: Number(m[1]!.replace(/,/g, '')), percent: m[2] === '%' };
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value.trim()}"` : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}

/** A number (or numeric text); `percent` is true when the text ended in %. Blank → null. */
function readNumber(value: unknown, label: string): { n: number; percent: boolean } | null {
  const v = plain(value, label);
  if (isBlank(v)) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new ArgumentError(`${label} is not a usable number.`);
    return { n: v, percent: false };
  }
  if (typeof v === 'string') {
    const r = numberFromText(v);
    if (r !== null) return r;
  }
  throw new ArgumentError(`${label} must be a number; found ${shown(v)}.`);
}

function required<T>(value: T | null, label: string, example: string): T {
  if (value === null) throw new ArgumentError(`${label} is blank: give ${example}.`, true);
  return value;
}

// ---------------------------------------------------------------- dates

/**
 * An optional date: an Excel serial number (what a date cell holds), or text in
 * ISO or UK form, day first (`2025-04-01`, `01/04/2025`, `1 Apr 2025`). Blank or
 * 0 → null. A time of day is dropped.
 * @example optionalDate('31/01/2025', 'Vacant from') //=> 45688
 * @example optionalDate('31/04/2025', 'Vacant from') // throws: not a calendar date
 */
export function optionalDate(value: unknown, label: string): Day | null {
  const v = plain(value, label);
  if (isBlank(v) || v === 0) return null;
  if (typeof v === 'number') {
    const d = fromExcelSerial(v);
    if (d === null) {
      throw new ArgumentError(`${label} ${shown(v)} is not a date Excel can show (dates run from 01/03/1900 to 31/12/9999). Give a date such as 01/04/2025 or DATE(2025,4,1).`);
    }
    return d;
  }
  if (typeof v === 'string') {
    const p = parseDate(v);
    if (p.ok) return p.day;
    if (p.problem === 'impossible') {
      throw new ArgumentError(`${label} ${shown(v)} is not a calendar date. Dates are read day first (dd/mm/yyyy), never month first: check the day and the month.`);
    }
    if (p.problem === 'out-of-range') {
      throw new ArgumentError(`${label} ${shown(v)} is outside the dates Excel can show (01/03/1900 to 31/12/9999).`);
    }
  }
  throw new ArgumentError(`${label} ${shown(v)} is not a date. Give a date cell, DATE(2025,4,1), or text such as 01/04/2025 or 2025-04-01.`);
}

/** A required date: as {@link optionalDate}, but blank is an error (#N/A). */
export function requiredDate(value: unknown, label: string): Day {
  return required(optionalDate(value, label), label, 'a date such as 01/04/2025 or DATE(2025,4,1)');
}

// ---------------------------------------------------------------- numbers

/** A number, 0 or more (a caseload, say). Blank → null. */
export function optionalNonNegative(value: unknown, label: string): number | null {
  const r = readNumber(value, label);
  if (r === null) return null;
  if (r.percent) throw new ArgumentError(`${label} must be a plain number, not a percentage; found ${r.n}%.`);
  if (r.n < 0) throw new ArgumentError(`${label} cannot be negative; found ${r.n}.`);
  return r.n;
}

/** A number, 0 or more; blank is an error (#N/A). */
export function requiredNonNegative(value: unknown, label: string, example: string): number {
  return required(optionalNonNegative(value, label), label, example);
}

/** A whole number, 0 or more. Blank → null. `why` is added to the message for a fraction. */
export function optionalWhole(value: unknown, label: string, why = ''): number | null {
  const n = optionalNonNegative(value, label);
  if (n === null) return null;
  if (!Number.isInteger(n)) throw new ArgumentError(`${label} must be a whole number; found ${n}.${why ? ` ${why}` : ''}`);
  return n;
}

/**
 * A share as a fraction in [0, 1]. A number in [0, 1] is a fraction (0.15 =
 * 15%); a number in (1, 100] is a percentage (15 = 15%); text ending in % is a
 * percentage ('15%'). Blank → null (no data). Negative or over 100% is an error.
 * @example share(15, 'SYV share') //=> 0.15
 * @example share(0.15, 'SYV share') //=> 0.15
 * @example share('15%', 'SYV share') //=> 0.15
 */
export function share(value: unknown, label: string): number | null {
  const r = readNumber(value, label);
  if (r === null) return null;
  if (r.n < 0) throw new ArgumentError(`${label} cannot be negative; found ${r.percent ? `${r.n}%` : r.n}. Give a fraction from 0 to 1 (0.15) or a percentage from 0 to 100 (15).`);
  const fraction = r.percent || r.n > 1 ? r.n / 100 : r.n;
  if (fraction > 1) throw new ArgumentError(`${label} cannot be more than 100%; found ${r.percent ? `${r.n}%` : r.n}. Give a fraction from 0 to 1 (0.15) or a percentage from 0 to 100 (15).`);
  return fraction;
}

/** A required share; blank is an error (#N/A). */
export function requiredShare(value: unknown, label: string): number {
  return required(share(value, label), label, 'a score from 0 to 1 (0.15) or a percentage (15)');
}

/**
 * An FTE in (0, 1]: 0.5, '0.5' or '50%'. A number over 1 is refused rather
 * than read as a percentage, since 1.5 FTE is a common slip for two posts.
 */
export function fte(value: unknown, label = 'FTE'): number {
  const r = readNumber(value, label);
  const n = required(r, label, 'the post\'s FTE, above 0 and at most 1 (1 = full time)');
  const f = n.percent ? n.n / 100 : n.n;
  if (!(f > 0 && f <= 1)) {
    throw new ArgumentError(`${label} must be above 0 and at most 1 (1 = full time) for one post; found ${n.percent ? `${n.n}%` : n.n}.`);
  }
  return f;
}

// ---------------------------------------------------------------- words

function text(value: unknown, label: string): string | null {
  const v = plain(value, label);
  if (isBlank(v)) return null;
  if (typeof v !== 'string') throw new ArgumentError(`${label} must be text; found ${shown(v)}.`);
  return v;
}

function lookup<T extends string>(table: Readonly<Record<string, T>>, value: unknown, label: string, allowed: string): T | null {
  const t = text(value, label);
  if (t === null) return null;
  const found = table[normaliseHeader(t)];
  if (found === undefined) throw new ArgumentError(`${label} ${shown(t)} is not one this add-in knows: use ${allowed}.`);
  return found;
}

function aliases<T extends string>(spellings: Readonly<Record<T, readonly string[]>>): Readonly<Record<string, T>> {
  const table: Record<string, T> = {};
  for (const [canonical, words] of Object.entries(spellings) as [T, readonly string[]][]) {
    table[normaliseHeader(canonical)] = canonical;
    for (const w of words) table[normaliseHeader(w)] = canonical;
  }
  return table;
}

const SCHEMES = aliases<Scheme>({
  // A role is accepted where a scheme is asked for: a PO or PSO is seconded from Probation, a PC from the police.
  Probation: ['Probation Service', 'NPS', 'HMPPS', 'PO', 'PSO', 'Probation Officer', 'Probation Services Officer'],
  Police: ['Police Service', 'Constabulary', 'Police Officer', 'PC', 'YOT PC'],
});

// The register's own spellings of a role (src/core/records/schema.ts), so a Role cell can be passed as it is.
const ROLES: Readonly<Record<string, SecondmentRole>> =
  SECONDMENT_ROLE.kind === 'enum' ? (SECONDMENT_ROLE.aliases as Readonly<Record<string, SecondmentRole>>) : {};

/** The secondment scheme: "Probation" (the default when blank) or "Police". */
export function scheme(value: unknown): Scheme {
  return lookup(SCHEMES, value, 'Scheme', '"Probation" or "Police"') ?? 'Probation';
}

/** A secondee's role: "PO", "PSO" or "Police Officer" (or a usual spelling of one). Required. */
export function role(value: unknown): SecondmentRole {
  return required(lookup(ROLES, value, 'Role', '"PO", "PSO" or "Police Officer"'), 'Role', '"PO", "PSO" or "Police Officer"');
}

/** A vacant post's role: "PO" or "PSO". Police posts are outside the NPF 2021 vacancy process. */
export function vacancyRole(value: unknown): VacancyRole {
  const r = role(value);
  if (r === 'Police Officer') {
    throw new ArgumentError('Police posts are outside the Probation vacancy process: give "PO" or "PSO" – NPF 2021 §5.5.');
  }
  return r;
}

/**
 * A stage of the vacancy process, 1–5: 4, '4' or 'Stage 4'.
 */
export function stage(value: unknown): 1 | 2 | 3 | 4 | 5 {
  const v = plain(value, 'Stage');
  if (isBlank(v)) throw new ArgumentError('Stage is blank: give a stage from 1 to 5.', true);
  const m = typeof v === 'number' ? [String(v), String(v)] : typeof v === 'string' ? /^(?:stage|s)?\s*(\d+(?:\.\d+)?)$/i.exec(v.trim()) : null;
  const n = m ? Number(m[1]) : NaN;
  if (!(Number.isInteger(n) && n >= 1 && n <= 5)) {
    throw new ArgumentError(`Stage must be a whole number from 1 to 5; found ${shown(v)} – NPF 2021 §5.5 has five stages.`);
  }
  return n as 1 | 2 | 3 | 4 | 5;
}

// ---------------------------------------------------------------- framework limits

/**
 * An extension, in months, from the EXITDATE / EXITPLANDATE argument. The
 * argument is in **years** (as it always was, so old formulas keep working), and
 * part years are allowed (London Protocol 2010 §2, "up to, but not more than, one
 * additional year"): 0.5 is 6 months, 1 is 12. Text may give the unit: "6 months",
 * "1 year", "12m". Blank is none. At most 12 months for Probation (NPF 2021 §5.4)
 * and 36 for Police (YOT Police Review 2010 §5.10.2).
 * @example extensionMonths(0.5, 'Probation', RB) //=> 6
 * @example extensionMonths('6 months', 'Probation', RB) //=> 6
 */
export function extensionMonths(value: unknown, forScheme: Scheme, rb: RulebookValues): number {
  const v = plain(value, 'Extension');
  if (v === null || v === undefined || v === '' || v === 0) return 0;
  if (typeof v === 'number' && v < 0) throw new ArgumentError(`Extension cannot be negative; found ${v}.`);
  const r = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? parseExtension(v, 'years') : { ok: false as const };
  if (!r.ok) {
    throw new ArgumentError(
      `Extension should be in years, part years allowed (0.5 = 6 months), or text such as "6 months" or "1 year", a whole number of months; found ${typeof v === 'string' ? `"${v.slice(0, MAX_EXTENSION_TEXT)}"` : String(v)}.`,
    );
  }
  const max = Math.round(12 * (forScheme === 'Police' ? rb.policeMaxExtensionYears : rb.probationMaxExtensionYears));
  if (r.months > max) {
    throw new ArgumentError(
      forScheme === 'Police'
        ? `Police secondments are ${rb.policeInitialYears} years, extended annually up to ${yearsAndMonths(Math.round(12 * rb.policeInitialYears) + max)} in all, so at most ${max} months of extension; found ${yearsAndMonths(r.months)} – YOT Police Review 2010 §5.10.2.`
        : `Probation secondments are ${rb.probationInitialYears} years plus "up to, but not more than," ${yearsAndMonths(max)}; found ${yearsAndMonths(r.months)} – NPF 2021 §5.4, London Protocol 2010 §2.`,
    );
  }
  return r.months;
}
