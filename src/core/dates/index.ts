/**
 * Calendar dates with no time zone.
 *
 * A date here is a {@link Day}: a whole number of days in Excel's 1900 date
 * system (serial 45748 is 1 April 2025). Working in whole days, never in
 * `Date` objects, means a date cannot drift by a day whatever the machine's
 * time zone, and date arithmetic is integer arithmetic (fast enough for the
 * national roll-up). See docs/rules.md, "Dates".
 *
 * The conversions between (year, month, day) and day numbers use Howard
 * Hinnant's `days_from_civil` / `civil_from_days` algorithms (proleptic
 * Gregorian calendar).
 *
 * Longer than most modules (about 380 lines) on purpose: it is the one place every
 * date rule lives (day numbers, EDATE, UK text dates, quarters and financial
 * years), so no other module does calendar arithmetic of its own.
 */

/** A calendar day as an Excel (1900 system) serial number, e.g. 45748 = 01/04/2025. */
export type Day = number;

/** Year, month (1–12) and day (1–31) of a calendar date. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Earliest serial accepted: 01/03/1900 (Excel wrongly treats 1900 as a leap year before it). */
export const MIN_SERIAL = 61;
/** Latest serial Excel can show: 31/12/9999. */
export const MAX_SERIAL = 2_958_465;

function civilToDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe;
}

/** 30/12/1899: serial 0 for every date Excel gets right (from 01/03/1900 on). */
const SERIAL_ZERO = civilToDays(1899, 12, 30);

function daysToCivil(days: number): Ymd {
  const era = Math.floor(days / 146_097);
  const doe = days - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** True when `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month.
 * @example daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the year, month and day name a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The day for a calendar date. Throws RangeError for an impossible date: use
 * {@link parseDate} for user input.
 * @example fromYmd(2025, 4, 1) //=> 45748
 */
export function fromYmd(year: number, month: number, day: number): Day {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`${day}/${month}/${year} is not a calendar date`);
  }
  if (year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR) return monthStarts()[(year - TABLE_FIRST_YEAR) * 12 + month - 1]! + day - 1;
  return civilToDays(year, month, day) - SERIAL_ZERO;
}

/*
 * Lookup tables for 1900–2199, built on first use (about 0.5 MB): a day ↔ year/month/day
 * conversion is then one array read, which keeps whole-register validation above a
 * million rows a second. Dates outside the range use the arithmetic above.
 */
const TABLE_FIRST_YEAR = 1900;
const TABLE_LAST_YEAR = 2199;
let monthStartTable: Int32Array | null = null;
let ymdTable: Int32Array | null = null;
let ymdTableFirst = 0;

function monthStarts(): Int32Array {
  if (!monthStartTable) {
    const t = new Int32Array((TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1) * 12);
    for (let y = TABLE_FIRST_YEAR; y <= TABLE_LAST_YEAR; y++) {
      for (let m = 1; m <= 12; m++) t[(y - TABLE_FIRST_YEAR) * 12 + m - 1] = civilToDays(y, m, 1) - SERIAL_ZERO;
    }
    monthStartTable = t;
  }
  return monthStartTable;
}

/** year << 9 | month << 5 | day for every day of the table's years. */
function ymdLookup(): Int32Array {
  if (!ymdTable) {
    const first = civilToDays(TABLE_FIRST_YEAR, 1, 1) - SERIAL_ZERO;
    const last = civilToDays(TABLE_LAST_YEAR, 12, 31) - SERIAL_ZERO;
    const t = new Int32Array(last - first + 1);
    for (let d = first; d <= last; d++) {
      const { year, month, day } = daysToCivil(d + SERIAL_ZERO);
      t[d - first] = (year << 9) | (month << 5) | day;
    }
    ymdTableFirst = first;
    ymdTable = t;
  }
  return ymdTable;
}

/**
 * Year, month and day of a day.
 * @example toYmd(45748) //=> { year: 2025, month: 4, day: 1 }
 */
export function toYmd(d: Day): Ymd {
  const t = ymdLookup();
  const i = d - ymdTableFirst;
  if (i >= 0 && i < t.length) {
    const p = t[i]!;
    return { year: p >> 9, month: (p >> 5) & 15, day: p & 31 };
  }
  return daysToCivil(d + SERIAL_ZERO);
}

/**
 * A day from an Excel serial number (1900 date system). A fraction of a day
 * (a time) is dropped. Returns null for a serial outside 01/03/1900–31/12/9999
 * or a value that is not a finite number.
 * @example fromExcelSerial(45748.75) //=> 45748 (01/04/2025)
 */
export function fromExcelSerial(serial: number): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < MIN_SERIAL || whole > MAX_SERIAL) return null;
  return whole;
}

/**
 * The day a JavaScript Date falls on, read in UTC. exceljs turns a cell's serial
 * into a Date at UTC midnight (plus any time of day), so reading the UTC fields
 * gives the cell's own day, never the day before or after.
 */
export function fromUtcDate(date: Date): Day | null {
  if (Number.isNaN(date.getTime())) return null;
  const day = fromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return day >= MIN_SERIAL && day <= MAX_SERIAL ? day : null;
}

/** A JavaScript Date at UTC midnight of the day (what exceljs writes without drift). */
export function toUtcDate(d: Day): Date {
  const { year, month, day } = toYmd(d);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Today's date as seen on the local clock `now`. Only the edges (CLI, taskpane,
 * custom functions) call this; the core always takes an explicit as-of date.
 */
export function localToday(now: Date): Day {
  return fromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Add calendar months with end-of-month clamping, exactly as Excel's EDATE.
 * @example addMonths(fromYmd(2025, 1, 31), 1) //=> 28/02/2025
 * @example addMonths(fromYmd(2024, 2, 29), 12) //=> 28/02/2025
 * @example addMonths(fromYmd(2024, 3, 31), -1) //=> 29/02/2024
 */
export function addMonths(d: Day, months: number): Day {
  let year: number;
  let month: number;
  let day: number;
  const t = ymdLookup();
  const i = d - ymdTableFirst;
  if (i >= 0 && i < t.length) {
    // Unpacked by hand, not via toYmd, so this hot path allocates nothing.
    const p = t[i]!;
    year = p >> 9;
    month = (p >> 5) & 15;
    day = p & 31;
  } else {
    ({ year, month, day } = toYmd(d));
  }
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Add (or with a negative number, subtract) whole days. */
export function addDays(d: Day, days: number): Day {
  return d + Math.trunc(days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return to - from;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * UK form of a day.
 * @example formatUk(45748) //=> '01/04/2025'
 */
export function formatUk(d: Day): string {
  const t = ymdLookup();
  const i = d - ymdTableFirst;
  if (i >= 0 && i < t.length) {
    // Every finding quotes dates; a register quotes the same few thousand days over and
    // over, so each day's text is made once and kept (no string allocated per finding).
    let cached = ukTexts.get(d);
    if (cached === undefined) {
      cached = ukText(d);
      ukTexts.set(d, cached);
    }
    return cached;
  }
  return ukText(d);
}

const ukTexts = new Map<Day, string>();
function ukText(d: Day): string {
  const { year, month, day } = toYmd(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * ISO 8601 form of a day.
 * @example formatIso(45748) //=> '2025-04-01'
 */
export function formatIso(d: Day): string {
  const { year, month, day } = toYmd(d);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** Why a text could not be read as a date. */
export type DateProblem = 'empty' | 'impossible' | 'unrecognised' | 'out-of-range';

export type ParsedDate = { ok: true; day: Day } | { ok: false; problem: DateProblem };

function fullYear(text: string): number | null {
  if (text.length === 4) return Number(text);
  // Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999.
  if (text.length === 2) {
    const yy = Number(text);
    return yy < 30 ? 2000 + yy : 1900 + yy;
  }
  return null;
}

function checked(year: number | null, month: number, day: number): ParsedDate {
  if (year === null) return { ok: false, problem: 'unrecognised' };
  if (!isValidYmd(year, month, day)) return { ok: false, problem: 'impossible' };
  const d = fromYmd(year, month, day);
  if (d < MIN_SERIAL || d > MAX_SERIAL) return { ok: false, problem: 'out-of-range' };
  return { ok: true, day: d };
}

/**
 * Read a date typed as text, in ISO (`2025-04-01`) or UK form (`01/04/2025`,
 * `1/4/25`, `01-04-2025`, `01.04.2025`, `1 Apr 2025`, `1 April 2025`,
 * `1-Apr-2025`). Day first, always: US month-first order is never assumed,
 * so `04/13/2025` is impossible, and so is `31/04/2025`. Never guesses.
 * @example parseDate('29/02/2024') //=> { ok: true, day: 45351 }
 * @example parseDate('31/04/2025') //=> { ok: false, problem: 'impossible' }
 */
export function parseDate(input: string): ParsedDate {
  // No date is longer than "31st September, 2025" and a bit: a longer text is not one, and is not scanned.
  if (input.length > 256) return { ok: false, problem: 'unrecognised' };
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > 64) return { ok: false, problem: 'unrecognised' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) return checked(fullYear(m[4]!), Number(m[3]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) return { ok: false, problem: 'unrecognised' };
    return checked(fullYear(m[3]!), month, Number(m[1]));
  }
  return { ok: false, problem: 'unrecognised' };
}

/**
 * The financial year (1 April – 31 March) a day falls in.
 * @example financialYearStart(fromYmd(2026, 3, 31)) //=> 01/04/2025
 */
export function financialYearStart(d: Day): Day {
  const { year, month } = toYmd(d);
  return fromYmd(month >= 4 ? year : year - 1, 4, 1);
}

/**
 * Label of the financial year a day falls in.
 * @example financialYear(fromYmd(2025, 9, 30)) //=> '2025/26'
 * @example financialYear(fromYmd(2026, 3, 31)) //=> '2025/26'
 */
export function financialYear(d: Day): string {
  const { year } = toYmd(financialYearStart(d));
  return `${year}/${pad2((year + 1) % 100)}`;
}

/** Quarter of the financial year: 1 = Apr–Jun, 2 = Jul–Sep, 3 = Oct–Dec, 4 = Jan–Mar. */
export function fyQuarterNumber(d: Day): 1 | 2 | 3 | 4 {
  const { month } = toYmd(d);
  return (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

/**
 * Label of the financial quarter a day falls in.
 * @example fyQuarter(fromYmd(2025, 9, 30)) //=> '2025/26 Q2'
 * @example fyQuarter(fromYmd(2026, 1, 1)) //=> '2025/26 Q4'
 */
export function fyQuarter(d: Day): string {
  return `${financialYear(d)} Q${fyQuarterNumber(d)}`;
}

/** First day of the calendar quarter containing `d`. */
export function quarterStart(d: Day): Day {
  const { year, month } = toYmd(d);
  return fromYmd(year, month - ((month - 1) % 3), 1);
}

/** Last day of the calendar quarter containing `d`. */
export function quarterEnd(d: Day): Day {
  return addMonths(quarterStart(d), 3) - 1;
}

/**
 * The last day of the last complete quarter on or before `d`: the pack's
 * default as-of date. A day that is itself a quarter end is complete.
 * @example lastCompleteQuarterEnd(fromYmd(2025, 11, 24)) //=> 30/09/2025
 * @example lastCompleteQuarterEnd(fromYmd(2025, 9, 30)) //=> 30/09/2025
 */
export function lastCompleteQuarterEnd(d: Day): Day {
  const end = quarterEnd(d);
  return end === d ? d : quarterStart(d) - 1;
}

/** The later of two days. */
export function maxDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}
