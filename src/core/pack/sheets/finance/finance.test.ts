/**
 * The Finance sheet: management fees on PO posts on the fee basis date (NPF 2021
 * §5.4), cover vacancies not charged twice, and stage 4 and 5 claims judged on
 * their dates (NPF 2021 §5.5).
 */
import { NPF_2021 } from '../../../rulebook';
import { resolveRulebook } from '../../../rulebook/resolve';
import type { Records } from '../../../records/types';
import { d, records, secondment, vacancy } from '../../../rules/testing';
import { buildPack } from '../../model';
import { packFigures } from '../../figures';
import { at, handChecked, input, sheetText } from '../../testing';
import { feeBasisDate } from './model';

describe('management fees and claims for the hand-checked workbook (as of 30/09/2025)', () => {
  const { recs } = handChecked();
  const model = at('30/09/2025', [input(recs)]);
  const figures = packFigures(model);

  it('bases management fees on PO posts on 1 April: in post or vacant then, by head; PSO and police posts at £0', () => {
    // A-S1 and A-S2 in post, A-V1 and A-V4 vacant on 01/04/2025: 4 × £5,000. A-S3 ended before 1 April.
    expect(figures.managementFees).toEqual({ total: 20000, byYot: { 'YOT A': 20000, 'YOT B': 0 } });
    const a = model.fees.find((f) => f.yot === 'YOT A')!;
    expect(a.basis.filter((b) => b.fee > 0).map((b) => b.ref.id)).toEqual(['A-S1', 'A-S2', 'A-V1', 'A-V4']);
    expect(a.basis.filter((b) => b.fee === 0).map((b) => b.ref.id).sort()).toEqual(['A-S4', 'A-S5', 'A-V3']);
    expect(a).toMatchObject({ poPosts: 4, poInPost: 2, poVacant: 2 });
  });

  it('judges each stage 4 invoice and stage 5 reimbursement', () => {
    expect(model.claims.map((c) => [c.ref.id, c.kind, c.amount, c.eligible, c.problem])).toEqual([
      ['A-V4', 'temp-invoice', 4000, true, 'none'],
      ['A-V4', 'reimbursement', 5000, true, 'none'],
    ]);
  });

  it('reads rulebook overrides (a different fee)', () => {
    const r = resolveRulebook('npf-2021', { managementFeePerPo: 5250 });
    if (!r.ok) throw new Error(r.message);
    const m = buildPack([input(recs)], { asOf: d('30/09/2025'), rulebook: r.rulebook, includeNames: false });
    expect(m.feeTotal).toBe(21000);
  });
});

describe('the fee basis date', () => {
  it.each([
    ['15/02/2026', '01/04/2025', '2025/26 Q4'],
    ['31/03/2026', '01/04/2025', '2025/26 Q4'],
    ['01/04/2026', '01/04/2026', '2026/27 Q1'],
    ['30/06/2025', '01/04/2025', '2025/26 Q1'],
  ])('as of %s: fee basis %s, quarter %s', (asOf, basis, quarter) => {
    expect(feeBasisDate(d(asOf), NPF_2021.values)).toBe(d(basis));
    expect(at(asOf, [input(records({}))]).quarter).toBe(quarter);
  });

  it('a secondment that ends before 1 April is not in the fee; one whose last day is 1 April is in post that day (the last day is inclusive)', () => {
    const recs = records({
      secondments: [secondment({ id: 'X1', start: '01/04/2023', actualEnd: '31/03/2025' }), secondment({ id: 'X2', start: '01/04/2023', actualEnd: '01/04/2025' }), secondment({ id: 'X3', start: '01/04/2023', actualEnd: '02/04/2025' })],
    });
    expect(at('30/06/2025', [input(recs)]).fees[0]!.basis.map((b) => b.ref.id)).toEqual(['X2', 'X3']);
  });
});

const london = (recs: Records) => at('30/09/2025', [input(recs, [], 'London', 'london.xlsx')]);

describe('management fee: PO posts on 1 April (NPF 2021 §5.4)', () => {
  const fee = (recs: Records) => london(recs).fees.reduce((n, f) => n + f.fee, 0);
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

  it('the Finance sheet says why a cover vacancy is not charged', () => {
    const recs = records({ secondments: [secondment({ id: 'S1' })], vacancies: [vacancy({ id: 'V1', covers: 'S1', vacantFrom: '01/02/2025' })] });
    expect(sheetText(london(recs), 'Finance')).toContain('not charged twice, cover for a secondee still seconded: V1 (covers S1)');
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
    const claim = london(recs).claims.find((c) => c.kind === 'reimbursement')!;
    expect(claim).toMatchObject({ eligible: false, problem: 'yot-temp' });
    expect(sheetText(london(recs), 'Finance')).toContain('Filled by is "YOS temp" on the stage 5 date 01/05/2025: stage 5 reimburses in lieu only while the post "remains unfilled by either PO/PSO or YOT appointed appropriate temporary staff"');
  });
});
