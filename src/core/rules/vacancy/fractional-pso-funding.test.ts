import rule from './fractional-pso-funding';
import { ids, records, run, vacancy } from '../testing';

type Row = Parameters<typeof vacancy>[0];
const at = (row: Row) => run(rule, records({ vacancies: [vacancy({ vacantFrom: '01/01/2025', ...row })] }), '30/09/2025');
const early = ['01/01/2025', '02/01/2025', '03/01/2025'];

describe('vacancy/fractional-pso-funding', () => {
  it.each<[string, Row]>([
    ['PSO 0.4 FTE with a stage 4 date', { role: 'PSO', fte: 0.4, stages: [...early, '01/04/2025', null] }],
    ['PSO 0.49 FTE with a stage 5 date only', { role: 'PSO', fte: 0.49, stages: [...early, null, '01/05/2025'] }],
    ['PSO 0.2 FTE with a temp invoice and no stage dates', { role: 'PSO', fte: 0.2, tempInvoice: 1200 }],
    ['PSO 0.3 FTE with a reimbursement', { role: 'PSO', fte: 0.3, reimbursement: 500 }],
    ['everything at once: still one finding', { role: 'PSO', fte: 0.3, stages: [...early, '01/04/2025', '01/05/2025'], tempInvoice: 10, reimbursement: 20 }],
  ])('fires: %s', (_, row) => {
    expect(ids(at(row))).toEqual(['unfunded']);
  });

  it.each<[string, Row]>([
    ['PSO exactly 0.5 FTE with stage 4 and 5', { role: 'PSO', fte: 0.5, stages: [...early, '01/04/2025', '01/05/2025'], reimbursement: 500 }],
    ['PO 0.4 FTE with stage 4 (the limit is for PSOs only)', { role: 'PO', fte: 0.4, stages: [...early, '01/04/2025', null], tempInvoice: 100 }],
    ['PSO 0.4 FTE at stage 3 only', { role: 'PSO', fte: 0.4, stages: [...early, null, null] }],
    ['PSO 0.4 FTE with £0 invoice and £0 reimbursement', { role: 'PSO', fte: 0.4, tempInvoice: 0, reimbursement: 0 }],
  ])('does not fire: %s', (_, row) => {
    expect(at(row)).toEqual([]);
  });

  it('lists what was found and points at the first offending cell', () => {
    const [f] = at({ role: 'PSO', fte: 0.4, tempInvoice: 1200, reimbursement: 6200.5 });
    expect(f!.message).toBe(
      'This PSO post is 0.4 FTE; PSO vacancies under 0.5 FTE are not funded at stages 4 and 5, so expected no stage 4 or 5 date, temp invoice or reimbursement, but found a temp invoice of £1,200 and a reimbursement of £6,200.50.',
    );
    expect(f!.column).toBe('Temp invoice');
    expect(f!.citation).toBe('NPF 2021 §5.5');
    const [g] = at({ role: 'PSO', fte: 0.4, stages: [...early, '01/04/2025', '01/05/2025'] });
    expect(g!.message).toMatch(/found a stage 4 date \(01\/04\/2025\) and a stage 5 date \(01\/05\/2025\)\.$/);
    expect(g!.column).toBe('Stage 4 date');
  });

  it('is skipped when the FTE could not be read', () => {
    const v = vacancy({ role: 'PSO', fte: null, tempInvoice: 100 });
    (v.invalid as Set<string>).add('fte');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });
});
