import { sameName, sheetNamed, sourceOf, tableNamed } from './source';

describe('where a table is read from (workbook-format.md: a table of that name, else a sheet of that name)', () => {
  const sheets = [{ name: 'Board' }, { name: ' vacancies ' }, { name: 'Register' }];
  const tables = [{ name: 'SECONDMENTS', sheet: 'Register' }, { name: 'Table1', displayName: 'Allocations', sheet: 'Register' }];

  it.each([
    ['Vacancies', 'vacancies', true],
    ['Vacancies', ' Vacancies ', true],
    ['Vacancies', 'Vacancy', false],
    ['Board', 'BOARD', true],
  ])('%j and %j name the same thing: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });

  it('prefers the table over a sheet of the same name', () => {
    expect(sourceOf('Secondments', tables, [...sheets, { name: 'Secondments' }])).toEqual({ kind: 'table', table: tables[0] });
  });

  it('finds a table by its display name', () => {
    expect(tableNamed(tables, 'allocations')).toBe(tables[1]);
  });

  it('falls back to a sheet whose name differs only in case and spaces', () => {
    expect(sourceOf('Vacancies', tables, sheets)).toEqual({ kind: 'sheet', sheet: sheets[1] });
    expect(sheetNamed(sheets, 'board')).toBe(sheets[0]);
  });

  it('gives nothing when neither exists', () => {
    expect(sourceOf('Disputes', tables, sheets)).toBeNull();
  });
});
