/** Small wording helpers shared by rule messages and the pack: one place for how numbers read. */

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
  return `${negative ? '-' : ''}£${grouped}${rest === 0 ? '' : `.${rest < 10 ? '0' : ''}${rest}`}`;
}

/**
 * A count with its noun: '1 month', '6 months'.
 * @example plural(1, 'month') //=> '1 month'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
