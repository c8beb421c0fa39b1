import rule from './below-formula';
import belowMinimum from './below-minimum';
import { allocation, d, ids, records, run, secondment } from '../testing';
import { runRules } from '../../validate';
import type { Allocation, Secondment } from '../../records/types';

const po = (fte: number, id = 'S1') => secondment({ id, yot: 'YOT A', role: 'PO', fte, start: '01/04/2024' });
type Inputs = Partial<Pick<Allocation, 'caseload' | 'syvShare' | 'deprivationIndex'>>;
const at = (secondments: Secondment[], inputs: Inputs) =>
  run(rule, records({ secondments, allocations: [allocation({ yot: 'YOT A', caseload: 12, ...inputs })] }), '30/09/2025');

describe('allocation/below-formula', () => {
  it.each<[string, Secondment[], Inputs]>([
    ['caseload 12 = 0.6 FTE, 0.5 active', [po(0.5)], { caseload: 12 }],
    ['caseload 20 with SYV 15% (level 2, +10%) = 1.1 FTE, 1.0 active', [po(1)], { caseload: 20, syvShare: 0.15 }],
    ['caseload 20 with SYV 5% and deprivation 0.35 (+5% +20%) = 1.25, 1.2 active', [po(1), po(0.2, 'S2')], { caseload: 20, syvShare: 0.05, deprivationIndex: 0.35 }],
    ['small caseload: the formula is the 0.5 minimum, none active', [], { caseload: 2 }],
  ])('fires: %s', (_, secondments, inputs) => {
    expect(ids(at(secondments, inputs))).toEqual(['below']);
  });

  it.each<[string, Secondment[], Inputs]>([
    ['exactly the formula: 0.6 for caseload 12', [po(0.6)], { caseload: 12 }],
    ['0.1 + 0.5 = 0.6 (float noise)', [po(0.1), po(0.5, 'S2')], { caseload: 12 }],
    ['caseload 20 with SYV 15% = 1.1, met by 0.6 + 0.5', [po(0.6), po(0.5, 'S2')], { caseload: 20, syvShare: 0.15 }],
    ['over the formula', [po(1)], { caseload: 12 }],
    ['small caseload: 0.5 minimum met', [po(0.5)], { caseload: 2 }],
  ])('does not fire: %s', (_, secondments, inputs) => {
    expect(at(secondments, inputs)).toEqual([]);
  });

  it('says what was expected and found', () => {
    const [f] = at([po(1)], { caseload: 20, syvShare: 0.15 });
    expect(f!.message).toBe(
      'YOT A has 1 FTE of active seconded Probation Officers on 30/09/2025; its formula allocation is 1.1 FTE (caseload 20 with its uplifts), 0.1 FTE short.',
    );
    expect(f!.key).toBe('YOT A');
    expect(f!.severity).toBe('info');
  });

  it('fires alongside allocation/below-minimum for a YOT under 0.5 FTE (the formula is never below the minimum)', () => {
    const recs = records({ secondments: [po(0.4)], allocations: [allocation({ yot: 'YOT A', caseload: 12 })] });
    expect(runRules(recs, d('30/09/2025'), undefined, [belowMinimum, rule]).map((f) => f.rule).sort()).toEqual(['allocation/below-formula', 'allocation/below-minimum']);
  });

  it('names and keys the YOT under the register\'s spelling, as allocation/below-minimum does', () => {
    const recs = records({
      secondments: [secondment({ id: 'S1', yot: 'Enfield YJS', role: 'PO', fte: 0.5, start: '01/04/2024' })],
      allocations: [allocation({ yot: 'ENFIELD  YJS', caseload: 12 })],
    });
    const [f] = run(rule, recs, '30/09/2025');
    expect(f!.key).toBe('Enfield YJS');
    expect(f!.message).toMatch(/^Enfield YJS has 0.5 FTE/);
    const [m] = run(belowMinimum, records({ secondments: [secondment({ id: 'S1', yot: 'Enfield YJS', role: 'PO', fte: 0.4, start: '01/04/2024' })], allocations: [allocation({ yot: 'ENFIELD  YJS', caseload: 12 })] }), '30/09/2025');
    expect(m!.key).toBe(f!.key);
  });

  it('is skipped when the caseload could not be read', () => {
    const a = allocation({ yot: 'YOT A', caseload: null });
    (a.invalid as Set<string>).add('caseload');
    expect(run(rule, records({ allocations: [a] }), '30/09/2025')).toEqual([]);
  });
});
