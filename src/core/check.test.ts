import { NPF_2021 } from './rulebook';
import { board, d, records, secondment } from './rules/testing';
import { check, checkAsOf, packAsOf, previousAsOf, type Workbook } from './check';
import { makePack, PackInputError } from './make-pack';

const wb = (source: string, asOf: string | null, secondments = [secondment({ id: `${source}-S1` })]): Workbook => ({
  source,
  records: records({ board: board({ asOf: asOf === null ? null : d(asOf) }), secondments }),
  readFindings: [],
});
const TODAY = d('24/11/2025');

describe('the as-of policy (one copy, for the CLI and the task pane)', () => {
  it.each([
    // given, Board as-of dates, check's as-of, pack's as-of, how
    ['31/12/2025', ['15/10/2025'], '31/12/2025', '31/12/2025', 'given'],
    [null, ['15/10/2025'], '15/10/2025', '30/09/2025', 'board'],
    [null, ['30/06/2025', '15/10/2025'], '15/10/2025', '30/09/2025', 'board'],
    [null, ['30/09/2025'], '30/09/2025', '30/09/2025', 'board'],
    [null, [null], '24/11/2025', '30/09/2025', 'today'],
  ] as const)('given %s, Boards %j: check %s, pack %s (%s)', (given, boards, forCheck, forPack, basis) => {
    const wbs = boards.map((b, i) => wb(`w${i}`, b));
    const g = given === null ? null : d(given);
    expect(checkAsOf(g, wbs, TODAY)).toMatchObject({ asOf: d(forCheck), basis });
    expect(packAsOf(g, wbs, TODAY)).toMatchObject({ asOf: d(forPack), basis });
  });

  it('a pack on the last day of a quarter, with no Board date, reports the quarter before (today is not over)', () => {
    expect(packAsOf(null, [wb('w', null)], d('31/12/2025')).asOf).toBe(d('30/09/2025'));
  });

  it("last quarter's as-of: from the previous workbooks' Board date, else the quarter before this pack's", () => {
    expect(previousAsOf([wb('p', '10/07/2025')], d('30/09/2025'))).toBe(d('30/06/2025'));
    expect(previousAsOf([wb('p', null)], d('30/09/2025'))).toBe(d('30/06/2025'));
  });
});

describe('check', () => {
  it('finds an ID used in two workbooks (data/duplicate-across-workbooks) and withholds names', () => {
    const a = wb('nw.xlsx', '30/09/2025', [secondment({ id: 'X-1', secondee: 'Amira Patel' })]);
    const b = wb('wales.xlsx', '30/09/2025', [secondment({ id: 'x-1', secondee: 'Rhys Evans' })]);
    const r = check([a, b], { today: TODAY, rulebook: NPF_2021 });
    expect(r.workbooks[0]!.findings.some((f) => f.rule === 'data/duplicate-across-workbooks')).toBe(false);
    expect(r.workbooks[1]!.findings.filter((f) => f.rule === 'data/duplicate-across-workbooks')).toHaveLength(1);
    expect(r.scrub('Rhys Evans and Amira Patel')).toBe('[name withheld] and [name withheld]');
  });

  it('lists findings errors first', () => {
    const r = check([wb('nw.xlsx', '30/09/2025', [secondment({ id: 'X-1', start: '01/01/2020' })])], { today: TODAY, rulebook: NPF_2021 });
    const order = r.workbooks[0]!.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order.length).toBeGreaterThan(1);
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});

describe('makePack', () => {
  it('refuses previous workbooks that are not before this quarter, in one sentence', () => {
    expect(() => makePack([wb('nw.xlsx', '15/10/2025')], { today: TODAY, rulebook: NPF_2021, names: false, previous: [wb('old.xlsx', '15/10/2025')] })).toThrow(PackInputError);
  });

  it('builds a Movement sheet from last quarter', () => {
    const made = makePack([wb('nw.xlsx', '15/10/2025')], { today: TODAY, rulebook: NPF_2021, names: false, previous: [wb('old.xlsx', '10/07/2025')] });
    expect(made.asOf).toMatchObject({ asOf: d('30/09/2025'), basis: 'board' });
    expect(made.previous?.model.asOf).toBe(d('30/06/2025'));
    expect(made.doc.sheets.map((s) => s.name)).toContain('Movement');
  });
});
