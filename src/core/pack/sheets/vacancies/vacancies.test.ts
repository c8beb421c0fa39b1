/**
 * The Vacancies sheet: open vacancies counted at the highest stage reached by the
 * as-of date, the stage each may have reached, and the explanation's numbers
 * from the rulebook in force (NPF 2021 §5.5).
 */
import { resolveRulebook } from '../../../rulebook/resolve';
import { d, records, secondment, vacancy } from '../../../rules/testing';
import { packFigures } from '../../figures';
import { at, handChecked, input, sheetText } from '../../testing';

describe('open vacancies for the hand-checked workbook (as of 30/09/2025)', () => {
  const { recs } = handChecked();
  const model = at('30/09/2025', [input(recs)]);

  it('counts open vacancies by the highest stage reached by as-of (none dated: stage 1)', () => {
    expect(packFigures(model).vacancies).toEqual({ open: 4, byStage: { '1': 1, '2': 1, '3': 0, '4': 1, '5': 1 } });
    const byId = new Map(model.vacancies.map((x) => [x.ref.id, x]));
    expect(byId.has('A-V1')).toBe(false);
    expect(byId.get('A-V2')).toMatchObject({ highestStage: 2, countedAtStage: 2, daysVacant: 152, eligibleStage: 5 });
    expect(byId.get('A-V5')).toMatchObject({ highestStage: 0, countedAtStage: 1, highestStageDate: null });
    expect(byId.get('A-V4')).toMatchObject({ highestStage: 5, eligibleStage: 5, stage5Earliest: d('01/05/2025'), reimbursementStatus: 'eligible' });
    expect(byId.get('A-V3')).toMatchObject({ highestStage: 4, reimbursementStatus: 'not-funded' });
  });
});

describe('as-of dates', () => {
  it('a stage dated after as-of is not yet reached', () => {
    const recs = records({ vacancies: [vacancy({ id: 'Y1', vacantFrom: '01/01/2025', stages: ['01/01/2025', '01/02/2025', '01/03/2025', '01/10/2025'] })] });
    expect(at('30/09/2025', [input(recs)]).vacancies[0]).toMatchObject({ highestStage: 3, countedAtStage: 3, eligibleStage: 5 });
  });
});

describe('numbers in prose come from the rulebook in force', () => {
  const recs = records({ secondments: [secondment()], vacancies: [vacancy()] });
  const four = resolveRulebook('npf-2021', { stage4WaitMonths: 4 });
  if (!four.ok) throw new Error(four.message);

  it('{"stage4WaitMonths": 4} changes the Vacancies sheet\'s explanation', () => {
    expect(sheetText(at('30/09/2025', [input(recs)]), 'Vacancies')).toContain('“May have reached”: 3 until 3 months vacant');
    expect(sheetText(at('30/09/2025', [input(recs)], false, four.rulebook), 'Vacancies')).toContain('“May have reached”: 3 until 4 months vacant');
  });
});
