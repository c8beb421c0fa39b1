import { headerSaysMonths, MAX_EXTENSION_TEXT, parseExtension } from './extension';
import { readRecords } from './read';
import type { Cell, RawWorkbook } from './types';

describe('parseExtension', () => {
  it.each<[Cell, 'years' | 'months', number]>([
    [null, 'years', 0],
    ['6 months', 'years', 6],
    ['6 Months', 'years', 6],
    ['6m', 'years', 6],
    ['6 mths', 'years', 6],
    ['12m', 'years', 12],
    ['0.5', 'years', 6],
    [0.5, 'years', 6],
    ['.5', 'years', 6],
    ['1 year', 'years', 12],
    ['1 yr', 'years', 12],
    ['1y', 'years', 12],
    ['0.5 years', 'years', 6],
    ['1 year 6 months', 'years', 18],
    ['1 year and 6 months', 'years', 18],
    [1, 'years', 12],
    [3, 'years', 36],
    [0.25, 'years', 3],
    [6, 'months', 6],
    ['6', 'months', 6],
    ['1 year', 'months', 12],
    [true, 'years', 12],
    ['Y', 'years', 12],
    ['N', 'years', 0],
    ['none', 'years', 0],
    [0, 'years', 0],
  ])('reads %p (bare number in %s) as %p months', (cell, unit, months) => {
    expect(parseExtension(cell, unit)).toEqual({ ok: true, months });
  });

  it.each<[Cell, 'years' | 'months']>([
    [-1, 'years'],
    [0.3, 'years'],
    ['0.3', 'years'],
    [1.5, 'months'],
    ['six months', 'years'],
    ['6 weeks', 'years'],
    ['1 year 6', 'years'],
    ['x'.repeat(MAX_EXTENSION_TEXT + 1), 'years'],
    [Number.NaN, 'years'],
  ])('does not read %p', (cell, unit) => {
    expect(parseExtension(cell, unit)).toEqual({ ok: false });
  });

  it('gives up quickly on long adversarial text (linear patterns, capped length)', () => {
    expect(parseExtension(`${'1'.repeat(39)}`, 'years')).toEqual({ ok: false });
    expect(parseExtension(`1${' '.repeat(38)}x`, 'years')).toEqual({ ok: false });
  });

  it('knows a header in months', () => {
    expect(headerSaysMonths('Extension months')).toBe(true);
    expect(headerSaysMonths('Extension (mths)')).toBe(true);
    expect(headerSaysMonths('Extension years')).toBe(false);
    expect(headerSaysMonths('Extension')).toBe(false);
  });
});

function register(header: string, values: Cell[]): RawWorkbook {
  const head = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer', header];
  return {
    source: 't.xlsx',
    sheetNames: ['Secondments'],
    grids: {
      Secondments: {
        kind: 'sheet', sheet: 'Secondments', originRow: 1, originCol: 1,
        values: [head, ...values.map((v, i): Cell[] => [`S${i}`, 'R', 'P', 'Y', 'PO', 1, 45000, 44990, 'Y', v])],
      },
    },
  };
}

describe('the Extension column when reading a register', () => {
  it('reads a bare number as years under "Extension" or "Extension years", as months under "Extension months"', () => {
    expect(readRecords(register('Extension', [1, 0.5, '6 months'])).records.secondments.map((s) => s.extensionMonths)).toEqual([12, 6, 6]);
    expect(readRecords(register('Extension years', [1])).records.secondments.map((s) => s.extensionMonths)).toEqual([12]);
    expect(readRecords(register('Extension months', [6, 12, '1 year'])).records.secondments.map((s) => s.extensionMonths)).toEqual([6, 12, 12]);
  });

  it('reports an unreadable extension as data/invalid-value with the accepted forms', () => {
    const { findings } = readRecords(register('Extension', ['six months']));
    expect(findings.filter((f) => f.table === 'Secondments').map((f) => [f.rule, f.message])).toEqual([
      ['data/invalid-value', 'Extension should be a length of extension such as "6 months", "1 year", "12m" or 0.5 (years), 0 or more; found "six months".'],
    ]);
  });

  it('a 6-month extension is valid, not data/invalid-value', () => {
    expect(readRecords(register('Extension years', ['6 months', 0.5])).findings.filter((f) => f.table === 'Secondments')).toEqual([]);
  });

  it('still finds the column through a mapping saved under the old key "extensionYears"', () => {
    const raw = { ...register('Ext agreed', [1]), mapping: { Secondments: { 'Ext agreed': 'extensionYears' } } };
    expect(readRecords(raw).records.secondments[0]!.extensionMonths).toBe(12);
  });
});
