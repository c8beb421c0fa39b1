/**
 * buildPack as a whole: the quarter, where every row came from, a national
 * roll-up, and a pure, deterministic model. Each sheet's own figures are tested
 * beside it in sheets/<sheet>/.
 */
import { board, d, records, secondment, vacancy } from '../rules/testing';
import { regionOf, withhold } from './model';
import { packFigures } from './figures';
import { crossWorkbookDuplicates } from '../rules/data/duplicate-across-workbooks';
import { at, handChecked, input } from './testing';

describe('the pack for a hand-checked workbook (as of 30/09/2025)', () => {
  const { s, v, recs } = handChecked();
  const model = at('30/09/2025', [input(recs)]);
  const figures = packFigures(model);

  it('gives the quarter and financial year of the as-of date', () => {
    expect(figures.asOf).toBe('2025-09-30');
    expect(figures.quarter).toBe('2025/26 Q2');
    expect(figures.financialYear).toBe('2025/26');
    expect(model.feeBasisDate).toBe(d('01/04/2025'));
  });

  it('keeps where every row came from', () => {
    const row = model.vacancies.find((x) => x.ref.id === 'A-V2')!;
    expect(row.ref).toEqual({ region: 'North West', source: 'north-west.xlsx', table: 'Vacancies', sheet: 'Vacancies', row: v.stage2.row, id: 'A-V2' });
    expect(model.secondments.find((x) => x.ref.id === 'A-S1')!.ref.row).toBe(s.inPost.row);
  });
});

describe('national roll-up', () => {
  const nw = records({ secondments: [secondment({ id: 'S-100', yot: 'Liverpool YJS' })], vacancies: [vacancy({ id: 'V-1', yot: 'Liverpool YJS' })] });
  const wales = records({
    secondments: [secondment({ id: 's-100 ', yot: 'Cardiff YJS', region: 'Wales', nation: 'Wales' }), secondment({ id: 'W-2', yot: 'Cardiff YJS', region: 'Wales' })],
    vacancies: [vacancy({ id: 'V-9', yot: 'Cardiff YJS', region: 'Wales' })],
  });
  // The duplicate rule runs in validation (core/check.ts), so the pack's inputs carry its findings.
  const inputs = [input(nw, [], 'North West', 'nw.xlsx'), input(wales, [], 'Wales', 'wales.xlsx')];
  const duplicates = crossWorkbookDuplicates(inputs);
  const model = at('30/09/2025', inputs.map((x, i) => ({ ...x, findings: duplicates[i]! })));

  it('reports an ID found in two workbooks and counts both rows, never merging them', () => {
    const dup = model.findings.filter((f) => f.rule === 'data/duplicate-across-workbooks');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ region: 'Wales', source: 'wales.xlsx', severity: 'error', table: 'Secondments', row: wales.secondments[0]!.row, key: 's-100 ' });
    expect(dup[0]!.message).toContain('nw.xlsx');
    expect(model.secondments).toHaveLength(3);
    expect(packFigures(model).secondments.active).toBe(3);
  });

  it('breaks every figure down by region', () => {
    expect(model.regions.map((r) => [r.region, r.inPost, r.vacant, r.fees, r.findings.error])).toEqual([
      ['North West', 1, 1, 10000, 0],
      ['Wales', 2, 1, 15000, 1],
    ]);
    expect(model.totals).toMatchObject({ inPost: 3, vacant: 2, fees: 25000 });
    expect(packFigures(model).managementFees.byYot).toEqual({ 'Cardiff YJS': 15000, 'Liverpool YJS': 10000 });
  });
});

describe('regionOf', () => {
  it('prefers the Board, then the most common Region, then the file name', () => {
    expect(regionOf(records({ board: board({ region: 'Wales' }) }), 'x.xlsx')).toBe('Wales');
    expect(regionOf(records({ secondments: [secondment({ region: 'London' }), secondment({ region: 'London' }), secondment({ region: 'Kent' })] }), 'x.xlsx')).toBe('London');
    expect(regionOf(records({}), 'folder/north-east.xlsx')).toBe('north-east');
  });
});

describe('withhold', () => {
  it('withholds whole names only, and NI numbers in any spacing', () => {
    expect(withhold('Ann Lee and Annabel', ['Ann'])).toBe('[name withheld] Lee and Annabel');
    expect(withhold('NI AB 12 34 56 C, ab123456c', [])).toBe('NI an NI number, an NI number');
  });
});

describe('buildPack is pure and deterministic', () => {
  it('gives the same model for the same inputs', () => {
    const inputs = [input(handChecked().recs)];
    const a = at('30/09/2025', inputs);
    const b = at('30/09/2025', inputs);
    expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(a)));
  });
});
