import {
  addMonths, daysInMonth, financialYear, formatIso, formatUk, fromExcelSerial, fromUtcDate, fromYmd, fyQuarter,
  lastCompleteQuarterEnd, localToday, parseDate, toUtcDate, toYmd,
} from './index';

const uk = (text: string) => {
  const p = parseDate(text);
  if (!p.ok) throw new Error(text);
  return p.day;
};

describe('dates: Excel serials', () => {
  it.each([
    [45748, '01/04/2025'],
    [61, '01/03/1900'],
    [45351, '29/02/2024'],
    [2958465, '31/12/9999'],
    [36526, '01/01/2000'],
  ])('serial %d is %s, and back', (serial, text) => {
    expect(formatUk(fromExcelSerial(serial)!)).toBe(text);
    expect(uk(text)).toBe(serial);
  });

  it('drops the time of day in a serial', () => {
    expect(fromExcelSerial(45748.99)).toBe(45748);
  });

  it.each([0, 60, 2958466, NaN, Infinity])('refuses serial %p', (s) => {
    expect(fromExcelSerial(s)).toBeNull();
  });

  it('round-trips every day from 1900 to 2100 through year/month/day', () => {
    for (let s = 61; s < 73051; s += 1) {
      const { year, month, day } = toYmd(s);
      expect(fromYmd(year, month, day)).toBe(s);
    }
  });

  it('reads and writes JS Dates in UTC, whatever the machine time zone', () => {
    // exceljs gives dates at UTC midnight; a local-time reading would shift west of Greenwich.
    expect(fromUtcDate(new Date(Date.UTC(2025, 3, 1)))).toBe(45748);
    expect(toUtcDate(45748).toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(fromUtcDate(new Date(Date.UTC(2025, 3, 1, 23, 59, 59)))).toBe(45748);
  });

  it('takes today from the local clock only at the edge', () => {
    expect(formatUk(localToday(new Date(2026, 10, 24, 23, 30)))).toBe('24/11/2026');
  });
});

describe('dates: parsing text', () => {
  it.each([
    ['2025-04-01', '01/04/2025'],
    ['01/04/2025', '01/04/2025'],
    ['1/4/2025', '01/04/2025'],
    ['1/4/25', '01/04/2025'],
    ['1/4/29', '01/04/2029'],
    ['01/04/99', '01/04/1999'],
    ['01-04-2025', '01/04/2025'],
    ['01.04.2025', '01/04/2025'],
    ['1 Apr 2025', '01/04/2025'],
    ['1 April 2025', '01/04/2025'],
    ['1-Apr-2025', '01/04/2025'],
    ['1st April 2025', '01/04/2025'],
    ['  29/02/2024 ', '29/02/2024'],
    ['2025-04-01T00:00:00Z', '01/04/2025'],
  ])('reads %p as %s', (text, expected) => {
    expect(formatUk(uk(text))).toBe(expected);
  });

  it.each([
    ['31/04/2025', 'impossible'],
    ['29/02/2025', 'impossible'],
    ['04/13/2025', 'impossible'],
    ['2025-02-30', 'impossible'],
    ['TBC', 'unrecognised'],
    ['01/04', 'unrecognised'],
    ['1 Foo 2025', 'unrecognised'],
    ['45748', 'unrecognised'],
    ['', 'empty'],
  ])('refuses %p (%s), never guessing', (text, problem) => {
    expect(parseDate(text)).toEqual({ ok: false, problem });
  });
});

describe('dates: EDATE month arithmetic', () => {
  it.each([
    ['31/01/2025', 1, '28/02/2025'],
    ['31/01/2024', 1, '29/02/2024'],
    ['29/02/2024', 12, '28/02/2025'],
    ['29/02/2024', 48, '29/02/2028'],
    ['31/03/2025', -1, '28/02/2025'],
    ['31/08/2025', -6, '28/02/2025'],
    ['30/11/2024', 3, '28/02/2025'],
    ['01/04/2023', 24, '01/04/2025'],
    ['15/12/2025', 1, '15/01/2026'],
    ['15/01/2026', -1, '15/12/2025'],
    ['31/05/2025', 0, '31/05/2025'],
  ])('EDATE(%s, %d) = %s', (start, months, expected) => {
    expect(formatUk(addMonths(uk(start), months))).toBe(expected);
  });

  it('knows month lengths', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2025, 4)]).toEqual([29, 28, 28, 29, 30]);
  });
});

describe('dates: financial years and quarters', () => {
  it.each([
    ['01/04/2025', '2025/26', '2025/26 Q1'],
    ['30/06/2025', '2025/26', '2025/26 Q1'],
    ['01/07/2025', '2025/26', '2025/26 Q2'],
    ['30/09/2025', '2025/26', '2025/26 Q2'],
    ['31/12/2025', '2025/26', '2025/26 Q3'],
    ['01/01/2026', '2025/26', '2025/26 Q4'],
    ['31/03/2026', '2025/26', '2025/26 Q4'],
    ['31/03/2000', '1999/00', '1999/00 Q4'],
  ])('%s is in %s, %s', (date, fy, q) => {
    expect(financialYear(uk(date))).toBe(fy);
    expect(fyQuarter(uk(date))).toBe(q);
  });

  it.each([
    ['24/11/2026', '30/09/2026'],
    ['30/09/2025', '30/09/2025'],
    ['01/10/2025', '30/09/2025'],
    ['15/02/2026', '31/12/2025'],
    ['01/04/2026', '31/03/2026'],
  ])('the last complete quarter before %s ends %s', (date, end) => {
    expect(formatUk(lastCompleteQuarterEnd(uk(date)))).toBe(end);
  });

  it('formats ISO too', () => {
    expect(formatIso(uk('01/04/2025'))).toBe('2025-04-01');
  });
});
