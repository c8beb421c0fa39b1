/**
 * The pack follows the framework's readings (issue 9): one YOT identity, cover
 * vacancies not charged twice, the last day inclusive on 1 April, no stage 5
 * reimbursement while a YOT temp fills the post, PSO by PDU, and every number in
 * the prose from the rulebook in force.
 */
import { NPF_2021, RULEBOOKS, type Rulebook } from '../rulebook';
import { resolveRulebook } from '../rulebook/resolve';
import { RULES } from '../rules/index';
import { describeRule } from '../rules/define';
import type { Records } from '../records/types';
import { allocation, d, records, secondment, vacancy } from '../rules/testing';
import { buildPack, type PackInput } from './model';
import { packFigures } from './figures';
import { layoutPack } from './layout';

const input = (recs: Records): PackInput => ({ source: 'london.xlsx', region: 'London', records: recs, findings: [] });
const pack = (recs: Records, asOf = '30/09/2025', rulebook: Rulebook = NPF_2021) => buildPack([input(recs)], { asOf: d(asOf), rulebook, includeNames: false });
const sheetText = (recs: Records, name: string, rulebook: Rulebook = NPF_2021): string => {
  const sheet = layoutPack(pack(recs, '30/09/2025', rulebook), { generatedAt: null }).sheets.find((s) => s.name === name)!;
  return [...sheet.lines.map((l) => l.text), ...sheet.tables.flatMap((t) => t.rows.flat().map((c) => (c !== null && typeof c === 'object' && 'label' in c ? (c as { label: string }).label : String(c))))].join('\n');
};

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

describe('management fee: PO posts on 1 April (NPF 2021 §5.4)', () => {
  const fee = (recs: Records) => pack(recs).fees.reduce((n, f) => n + f.fee, 0);
  it.each<[string, Records, number]>([
    ['a secondee whose last day is 1 April is in post on 1 April', records({ secondments: [secondment({ start: '01/04/2023', actualEnd: '01/04/2025' })] }), 5000],
    ['a secondee whose last day is 31 March is not', records({ secondments: [secondment({ start: '01/04/2023', actualEnd: '31/03/2025' })] }), 0],
    [
      'a maternity cover vacancy for a secondee still seconded is the same post',
      records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' })] }),
      5000,
    ],
    [
      'a Covers column naming a still-seconded secondment: not charged twice',
      records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', covers: 's1', vacantFrom: '01/02/2025' })] }),
      5000,
    ],
    [
      'a Covers column naming a secondment that ended before 1 April: a real vacancy, charged',
      records({ secondments: [secondment({ id: 'S1', actualEnd: '31/01/2025' })], vacancies: [vacancy({ id: 'V1', covers: 'S1', vacantFrom: '01/02/2025' })] }),
      5000,
    ],
    [
      'a maternity vacancy with a blank Covers cell and no secondee of the YOT in post on 1 April: an open post, charged',
      records({ vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' })] }),
      5000,
    ],
    [
      'a sickness vacancy with a blank Covers cell whose only secondee ended on 31 March: charged',
      records({ secondments: [secondment({ id: 'S1', start: '01/04/2023', actualEnd: '31/03/2025' })], vacancies: [vacancy({ id: 'V1', reason: 'Long-term sickness', vacantFrom: '01/02/2025' })] }),
      5000,
    ],
    [
      'a cover vacancy with a blank Covers cell and the only secondee in another YOT: charged',
      records({ secondments: [secondment({ id: 'S1', yot: 'Other YOT' })], vacancies: [vacancy({ id: 'V1', reason: 'Cover', vacantFrom: '01/02/2025' })] }),
      10000,
    ],
    [
      'two maternity vacancies with blank Covers cells and one secondee in post: one is cover, the other is charged',
      records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' }), vacancy({ id: 'V2', reason: 'Maternity', vacantFrom: '01/03/2025' })] }),
      10000,
    ],
    [
      'a blank-Covers maternity vacancy when the one secondee is already covered by a named cover vacancy: charged',
      records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' }), vacancy({ id: 'V2', covers: 'S1', vacantFrom: '01/03/2025' })] }),
      10000,
    ],
    ['a leaver\'s vacancy open on 1 April is charged', records({ vacancies: [vacancy({ id: 'V1', reason: 'Leaver', vacantFrom: '01/02/2025' })] }), 5000],
  ])('%s', (_, recs, expected) => {
    expect(fee(recs)).toBe(expected);
  });

  it.each<[string, Records, [number, number, number]]>([
    ['a maternity cover for a secondee still seconded is that secondee\'s post, as Finance reads it', records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' })] }), [1, 1, 1]],
    ['a Covers cell naming a still-seconded secondment: one post', records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', covers: 'S1', vacantFrom: '01/02/2025' })] }), [1, 1, 1]],
    ['a maternity vacancy with no secondee in post: a post of its own', records({ vacancies: [vacancy({ id: 'V1', reason: 'Maternity', vacantFrom: '01/02/2025' })] }), [1, 0, 1]],
    ['a leaver\'s vacancy beside a secondee: two posts', records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', reason: 'Leaver', vacantFrom: '01/02/2025' })] }), [2, 1, 1]],
  ])('Summary posts: %s', (_, recs, [posts, inPost, vacant]) => {
    const model = pack(recs);
    expect(model.summary.map((s) => [s.posts, s.inPost, s.vacant])).toEqual([[posts, inPost, vacant]]);
    expect(model.totals.posts).toBe(posts);
  });

  it('the Finance sheet says why a cover vacancy is not charged', () => {
    const recs = records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', covers: 'S1', vacantFrom: '01/02/2025' })] });
    expect(sheetText(recs, 'Finance')).toContain('not charged twice, cover for a secondee still seconded: V1 (covers S1)');
  });
});

describe('stage 5 reimbursement while a YOT temp fills the post (NPF 2021 §5.5 stage 5)', () => {
  it('is not eligible, and the Finance sheet says why in the cell\'s own words', () => {
    const recs = records({
      vacancies: [vacancy({
        id: 'V1', vacantFrom: '01/01/2025', stages: ['01/01/2025', '01/01/2025', '01/02/2025', '01/04/2025', '01/05/2025'],
        reimbursement: 3000, filledBy: 'YOT temp', filledByText: 'YOS temp', filledDate: '01/04/2025',
      })],
    });
    const claim = pack(recs).claims.find((c) => c.kind === 'reimbursement')!;
    expect(claim).toMatchObject({ eligible: false, problem: 'yot-temp' });
    expect(sheetText(recs, 'Finance')).toContain('Filled by is "YOS temp" on the stage 5 date 01/05/2025: stage 5 reimburses in lieu only while the post "remains unfilled by either PO/PSO or YOT appointed appropriate temporary staff"');
  });
});

describe('PSO by PDU on the Allocation sheet and in --json (Assumption A2)', () => {
  it('shows formula PSO FTE against active PSO FTE', () => {
    const recs = records({
      secondments: [secondment({ id: 'P1', role: 'PSO', fte: 0.5, pdu: 'PDU A', yot: 'YOT A' })],
      allocations: [allocation({ pdu: 'PDU A', yot: 'YOT A' }), allocation({ pdu: 'PDU A', yot: 'YOT B' })],
    });
    expect(packFigures(pack(recs)).psoAllocation).toEqual([{ pdu: 'PDU A', yots: ['YOT A', 'YOT B'], formulaPsoFte: 0.6, activePsoFte: 0.5 }]);
    const text = sheetText(recs, 'Allocation');
    expect(text).toContain('PDU PDU A (2 YOTs): formula PSO FTE 0.6, active PSO FTE 0.5 — below the formula.');
    expect(text).toContain('Assumption A1 (a rulebook parameter, not stated by the framework): the deprivation index is banded like SYV, 5% provision per 10% band.');
    expect(text).not.toContain('provision 5% per 10% band (NPF 2021 §5.1)');
  });
});

describe('numbers in prose come from the rulebook in force', () => {
  const recs = records({ secondments: [secondment()], vacancies: [vacancy()] });
  const four = resolveRulebook('npf-2021', { stage4WaitMonths: 4 });
  if (!four.ok) throw new Error(four.message);

  it('{"stage4WaitMonths": 4} changes the Vacancies sheet\'s explanation', () => {
    expect(sheetText(recs, 'Vacancies')).toContain('“May have reached”: 3 until 3 months vacant');
    expect(sheetText(recs, 'Vacancies', four.rulebook)).toContain('“May have reached”: 3 until 4 months vacant');
  });

  it('{"stage4WaitMonths": 4} changes the rule descriptions', () => {
    const described = (rb: Rulebook) => RULES.map((r) => describeRule(r, rb.values));
    expect(described(NPF_2021)).toContain('Stage 4 is dated before the post had been vacant for 3 months.');
    expect(described(four.rulebook)).toContain('Stage 4 is dated before the post had been vacant for 4 months.');
    expect(described(four.rulebook).join('\n')).not.toContain('for 3 months');
  });

  it('--rulebook e3-yos changes the Secondments sheet\'s last-day formula text', () => {
    expect(sheetText(recs, 'Secondments')).toContain('N = 24 + extension months');
    expect(sheetText(recs, 'Secondments', RULEBOOKS['e3-yos']!)).toContain('N = 36 (police 24) + extension months');
    expect(sheetText(recs, 'Secondments')).toContain('the 1st of the next month (NPF 2021 §5.4; London Protocol 2010 §2).');
    const e3 = sheetText(recs, 'Secondments', RULEBOOKS['e3-yos']!);
    expect(e3).toContain('the 1st of the next month (E3 YOS proposals §7).');
    expect(e3).not.toContain('the 1st of the next month (NPF 2021 §5.4');
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
