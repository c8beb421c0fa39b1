/**
 * How numbers, amounts, counts and dates read, in one place: rule messages
 * (through formatMessage, rules/define.ts), the pack, the command line, the
 * task pane and the worksheet functions all use these. Pure, no locale: the
 * words are the same on every machine.
 */
import { formatUk, type Day } from './dates';

/**
 * An amount in pounds, UK style, pence only when there are any.
 * @example formatPounds(6200) //=> '£6,200'
 * @example formatPounds(6200.5) //=> '£6,200.50'
 */
export function formatPounds(amount: number): string {
  const negative = amount < 0;
  const pence = Math.round(Math.abs(amount) * 100);
  const whole = Math.floor(pence / 100);
  const rest = pence % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && pence > 0 ? '-' : ''}£${grouped}${rest === 0 ? '' : `.${rest < 10 ? '0' : ''}${rest}`}`;
}

/**
 * An amount rounded to whole pounds, as the pack's tables show money.
 * @example money(39999.6) //=> '£40,000'
 */
export function money(amount: number): string {
  return formatPounds(Math.round(amount));
}

/**
 * A count with its noun: '1 month', '6 months'.
 * @example plural(1, 'month') //=> '1 month'
 * @example plural(2, 'vacancy', 'vacancies') //=> '2 vacancies'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Items in a sentence: 'a', 'a and b', 'a, b and c'.
 * @example andList(['a stage 4 date', 'a reimbursement']) //=> 'a stage 4 date and a reimbursement'
 */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A day as dd/mm/yyyy, or 'unknown'. */
export function uk(d: Day | null): string {
  return d === null ? 'unknown' : formatUk(d);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month's name from its number: 4 → 'April'; the number itself when it is not 1–12. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/**
 * A number of months in years and months: "6 months", "1 year", "1 year 6 months", "none".
 * @example yearsAndMonths(18) //=> '1 year 6 months'
 */
export function yearsAndMonths(months: number): string {
  if (months === 0) return 'none';
  const y = Math.floor(months / 12);
  const r = months - y * 12;
  return [y > 0 ? plural(y, 'year') : '', r > 0 ? plural(r, 'month') : ''].filter(Boolean).join(' ');
}

/**
 * A full-time equivalent to three places, so float noise never shows.
 * @example fteText(0.1 + 0.2) //=> '0.3'
 */
export function fteText(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * Findings counted by severity, as the task pane and the pack's cover say them.
 * @example findingCountsText({ error: 1, warning: 0, info: 2 }) //=> '1 error, 0 warnings and 2 for information'
 */
export function findingCountsText(c: Readonly<Record<'error' | 'warning' | 'info', number>>): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')} and ${c.info} for information`;
}
