import { columnLetter, columnNumber, EXCEL_MAX_COLS, parseAddress, parseRange } from './a1';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [2, 'B'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16_384, 'XFD'], // Excel's last column
  ])('%d → %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it('gives nothing for a column before A', () => {
    expect(columnLetter(0)).toBe('');
  });
});

describe('columnNumber, parseAddress, parseRange', () => {
  it('reads letters back to the number columnLetter wrote, for every column Excel has', () => {
    for (let n = 1; n <= EXCEL_MAX_COLS; n++) expect(columnNumber(columnLetter(n))).toBe(n);
  });

  it('takes lower case, and puts four letters past the last column', () => {
    expect(columnNumber('ab')).toBe(28);
    expect(columnNumber('AAAA')).toBe(EXCEL_MAX_COLS + 1);
    expect(columnNumber('A1')).toBe(0);
  });

  it('parses cells and ranges, absolute or not, with or without a sheet', () => {
    expect(parseAddress('$B$12')).toEqual({ row: 12, col: 2 });
    expect(parseAddress('B')).toBeNull();
    expect(parseRange('A3:T24')).toEqual({ top: 3, left: 1, bottom: 24, right: 20 });
    expect(parseRange("'My sheet'!$T$24:$A$3")).toEqual({ top: 3, left: 1, bottom: 24, right: 20 });
    expect(parseRange('C7')).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(parseRange('not a range')).toBeNull();
  });
});
