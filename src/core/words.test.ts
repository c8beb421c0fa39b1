import { andList, findingCountsText, formatPounds, fteText, money, monthName, plural, uk, yearsAndMonths } from './words';
import { fromYmd } from './dates';

describe('words', () => {
  it.each([
    [0, '£0'], [5000, '£5,000'], [6200.5, '£6,200.50'], [1234567.891, '£1,234,567.89'], [0.05, '£0.05'], [-2500, '-£2,500'], [999.999, '£1,000'], [-0.001, '£0'],
  ])('formatPounds(%p) = %p', (n, text) => {
    expect(formatPounds(n)).toBe(text);
  });

  it.each([[40000, '£40,000'], [39999.6, '£40,000'], [-5000.4, '-£5,000'], [0.4, '£0'], [-0.4, '£0'], [1234567, '£1,234,567']])('money(%p) = %p (whole pounds)', (n, text) => {
    expect(money(n)).toBe(text);
  });

  it('plural', () => {
    expect([plural(1, 'month'), plural(6, 'month'), plural(2, 'day'), plural(0, 'vacancy', 'vacancies'), plural(1, 'vacancy', 'vacancies')]).toEqual(['1 month', '6 months', '2 days', '0 vacancies', '1 vacancy']);
  });

  it('andList', () => {
    expect([andList([]), andList(['a']), andList(['a', 'b']), andList(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });

  it('describes months in years and months', () => {
    expect(yearsAndMonths(0)).toBe('none');
    expect(yearsAndMonths(1)).toBe('1 month');
    expect(yearsAndMonths(6)).toBe('6 months');
    expect(yearsAndMonths(12)).toBe('1 year');
    expect(yearsAndMonths(18)).toBe('1 year 6 months');
    expect(yearsAndMonths(30)).toBe('2 years 6 months');
    expect(yearsAndMonths(13)).toBe('1 year 1 month');
  });

  it('dates, months, FTE and finding counts', () => {
    expect(uk(fromYmd(2024, 2, 29))).toBe('29/02/2024');
    expect(uk(null)).toBe('unknown');
    expect([monthName(1), monthName(4), monthName(12), monthName(13)]).toEqual(['January', 'April', 'December', '13']);
    expect([fteText(0.1 + 0.2), fteText(5 / 12), fteText(1)]).toEqual(['0.3', '0.417', '1']);
    expect(findingCountsText({ error: 1, warning: 0, info: 2 })).toBe('1 error, 0 warnings and 2 for information');
    expect(findingCountsText({ error: 3, warning: 1, info: 0 })).toBe('3 errors, 1 warning and 0 for information');
  });
});
