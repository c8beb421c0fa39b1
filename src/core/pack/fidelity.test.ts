/**
 * The pack follows the framework's readings (issue 9): one YOT identity across
 * the sheets, and every number in the rules' prose from the rulebook in force.
 * The readings that belong to one sheet are tested beside it: cover vacancies
 * not charged twice, the last day inclusive on 1 April and no stage 5
 * reimbursement while a YOT temp fills the post (sheets/finance), posts counted
 * once (sheets/summary), PSO by PDU (sheets/allocation), the sheets' prose from
 * the rulebook (sheets/vacancies, sheets/secondments).
 */
import { NPF_2021, type Rulebook } from '../rulebook';
import { resolveRulebook } from '../rulebook/resolve';
import { RULES } from '../rules/index';
import { describeRule } from '../rules/define';
import type { Records } from '../records/types';
import { allocation, d, records, secondment, vacancy } from '../rules/testing';
import { buildPack, type PackInput } from './model';
import { packFigures } from './figures';

const input = (recs: Records): PackInput => ({ source: 'london.xlsx', region: 'London', records: recs, findings: [] });
const pack = (recs: Records, asOf = '30/09/2025', rulebook: Rulebook = NPF_2021) => buildPack([input(recs)], { asOf: d(asOf), rulebook, includeNames: false });

describe('YOT identity in the pack and --json', () => {
  const recs = records({
    secondments: [secondment({ id: 'S1', yot: 'ENFIELD  YJS', start: '01/04/2024' }), secondment({ id: 'S2', yot: 'Enfield YJS', start: '01/04/2024' })],
    vacancies: [vacancy({ id: 'V1', yot: 'enfield yjs', vacantFrom: '01/03/2025' })],
    allocations: [allocation({ yot: 'Enfield YJS', caseload: 40 })],
  });
  const model = pack(recs);

  it('groups the spellings as one YOT, under the register\'s spelling, with no £0 line for the others', () => {
    expect(model.fees.map((f) => [f.yot, f.fee, f.poPosts])).toEqual([['ENFIELD YJS', 15000, 3]]);
    expect(model.summary.map((s) => [s.yot, s.inPost, s.vacant])).toEqual([['ENFIELD YJS', 2, 1]]);
    expect(model.allocations.map((a) => [a.yot, a.activePoFte])).toEqual([['ENFIELD YJS', 2]]);
    expect(packFigures(model).managementFees).toEqual({ total: 15000, byYot: { 'ENFIELD YJS': 15000 } });
  });
});

describe('numbers in prose come from the rulebook in force', () => {
  const four = resolveRulebook('npf-2021', { stage4WaitMonths: 4 });
  if (!four.ok) throw new Error(four.message);

  it('{"stage4WaitMonths": 4} changes the rule descriptions', () => {
    const described = (rb: Rulebook) => RULES.map((r) => describeRule(r, rb.values));
    expect(described(NPF_2021)).toContain('Stage 4 is dated before the post had been vacant for 3 months.');
    expect(described(four.rulebook)).toContain('Stage 4 is dated before the post had been vacant for 4 months.');
    expect(described(four.rulebook).join('\n')).not.toContain('for 3 months');
  });

  it('a rule table under a non-default rulebook: stage 4 on EDATE(vacant, 3) is too early when the wait is 4 months', () => {
    const v = records({ vacancies: [vacancy({ vacantFrom: '01/01/2025', stages: ['01/01/2025', '01/01/2025', '01/01/2025', '01/04/2025'] })] });
    const rule = RULES.find((r) => r.id === 'vacancy/stage4-too-early')!;
    const { runRules } = jest.requireActual<typeof import('../validate')>('../validate');
    expect(runRules(v, d('30/09/2025'), NPF_2021, [rule])).toEqual([]);
    const [f] = runRules(v, d('30/09/2025'), four.rulebook, [rule]);
    expect(f!.message).toBe('Stage 4 started on 01/04/2025; the earliest date is 01/05/2025 (4 months after the post fell vacant on 01/01/2025).');
  });
});
