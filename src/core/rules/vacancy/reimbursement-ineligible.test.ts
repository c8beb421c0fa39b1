import rule from './reimbursement-ineligible';
import { ids, records, run, vacancy } from '../testing';

const at = (vacantFrom: string, stage4: string | null, stage5: string | null, reimbursement: number | null) =>
  run(rule, records({ vacancies: [vacancy({ vacantFrom, reimbursement, stages: [vacantFrom, vacantFrom, vacantFrom, stage4, stage5] })] }), '30/09/2025');

describe('vacancy/reimbursement-ineligible', () => {
  it.each<[string, string, string | null, string | null, string]>([
    ['no stage 5 date', '01/01/2025', '01/04/2025', null, 'noStage5'],
    ['no stage 4 or 5 date', '01/01/2025', null, null, 'noStage5'],
    ['stage 5 a day before a month after stage 4', '01/01/2025', '15/04/2025', '14/05/2025', 'early'],
    ['31 January: stage 5 on 30 May, before 4 months after vacant (31 May)', '31/01/2025', '30/04/2025', '30/05/2025', 'early'],
    ['leap year: vacant 29/02/2024, stage 4 31/05/2024, stage 5 29/06/2024 (earliest 30/06/2024)', '29/02/2024', '31/05/2024', '29/06/2024', 'early'],
  ])('fires: %s', (_, vacantFrom, stage4, stage5, messageId) => {
    expect(ids(at(vacantFrom, stage4, stage5, 1000))).toEqual([messageId]);
  });

  it.each<[string, string, string | null, string | null, number | null]>([
    ['stage 5 exactly a month after stage 4', '01/01/2025', '15/04/2025', '15/05/2025', 1000],
    ['stage 5 exactly 4 months after vacant 31 January', '31/01/2025', '30/04/2025', '31/05/2025', 1000],
    ['no stage 4, stage 5 on 4 months after vacant', '01/01/2025', null, '01/05/2025', 1000],
    ['no reimbursement', '01/01/2025', null, null, null],
    ['£0 reimbursement', '01/01/2025', null, null, 0],
  ])('does not fire: %s', (_, vacantFrom, stage4, stage5, amount) => {
    expect(at(vacantFrom, stage4, stage5, amount)).toEqual([]);
  });

  it('says what was expected and found, and points at the reimbursement cell', () => {
    const [f] = at('31/01/2025', '30/04/2025', '30/05/2025', 6200);
    expect(f!.message).toBe(
      'A reimbursement of £6,200 is claimed; reimbursement is paid only from stage 5, which can start no earlier than 31/05/2025, but stage 5 is dated 30/05/2025.',
    );
    expect(f!.column).toBe('Reimbursement claimed');
    const [g] = at('01/01/2025', '15/04/2025', null, 500);
    expect(g!.message).toBe('A reimbursement of £500 is claimed; reimbursement is paid only at stage 5, on or after 15/05/2025, but no stage 5 date is recorded.');
    expect(g!.severity).toBe('error');
  });

  it('is skipped when the stage 5 date could not be read', () => {
    const v = vacancy({ reimbursement: 100, stages: ['01/01/2025', null, null, null, null] });
    (v.invalid as Set<string>).add('stage5Date');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });
});
