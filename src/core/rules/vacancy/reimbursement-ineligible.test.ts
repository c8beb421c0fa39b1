import rule from './reimbursement-ineligible';
import { ids, records, run, vacancy } from '../testing';

const at = (vacantFrom: string, stage4: string | null, stage5: string | null, reimbursement: number | null) =>
  run(rule, records({ vacancies: [vacancy({ vacantFrom, reimbursement, stages: [vacantFrom, vacantFrom, vacantFrom, stage4, stage5] })] }), '30/09/2025');

describe('vacancy/reimbursement-ineligible', () => {
  it.each<[string, string, string | null, string | null, string]>([
    ['no stage 5 date', '01/01/2025', '01/04/2025', null, 'noStage5'],
    ['no stage 4 or 5 date', '01/01/2025', null, null, 'noStage5'],
    ['stage 5 a day before a month after stage 4', '01/01/2025', '15/04/2025', '14/05/2025', 'early'],
    ['31 January: stage 4 30 April, stage 5 on 29 May (earliest 30 May)', '31/01/2025', '30/04/2025', '29/05/2025', 'early'],
    ['leap year: vacant 29/02/2024, stage 4 31/05/2024, stage 5 29/06/2024 (earliest 30/06/2024)', '29/02/2024', '31/05/2024', '29/06/2024', 'early'],
  ])('fires: %s', (_, vacantFrom, stage4, stage5, messageId) => {
    expect(ids(at(vacantFrom, stage4, stage5, 1000))).toEqual([messageId]);
  });

  it.each<[string, string, string | null, string | null, number | null]>([
    ['stage 5 exactly a month after stage 4', '01/01/2025', '15/04/2025', '15/05/2025', 1000],
    ['31 January: stage 4 30 April, stage 5 on 30 May (a month after stage 4; no floor from the vacancy date)', '31/01/2025', '30/04/2025', '30/05/2025', 1000],
    ['no stage 4, stage 5 on 4 months after vacant', '01/01/2025', null, '01/05/2025', 1000],
    ['no reimbursement', '01/01/2025', null, null, null],
    ['£0 reimbursement', '01/01/2025', null, null, 0],
  ])('does not fire: %s', (_, vacantFrom, stage4, stage5, amount) => {
    expect(at(vacantFrom, stage4, stage5, amount)).toEqual([]);
  });

  it('says what was expected and found, and points at the reimbursement cell', () => {
    const [f] = at('31/01/2025', '30/04/2025', '29/05/2025', 6200);
    expect(f!.message).toBe(
      'A reimbursement of £6,200 is claimed; reimbursement is paid only from stage 5, which can start no earlier than 30/05/2025, but stage 5 is dated 29/05/2025.',
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

  describe('a YOT-appointed temp fills the post (stage 5 needs it "unfilled by either PO/PSO or YOT appointed appropriate temporary staff")', () => {
    type Temp = { filledBy: 'YOT temp' | 'Agency temp' | 'Probation' | null; filledByText?: string; filledDate?: string | null; tempCoverEnded?: string | null };
    const withTemp = (t: Temp) =>
      run(rule, records({ vacancies: [vacancy({
        vacantFrom: '01/01/2025', reimbursement: 3000, stages: ['01/01/2025', '01/01/2025', '01/01/2025', '01/04/2025', '01/05/2025'],
        filledByText: t.filledByText ?? t.filledBy, filledDate: null, tempCoverEnded: null, ...t,
      })] }), '30/09/2025');

    it.each<[string, Temp]>([
      ['YOT temp in post since stage 4, still there', { filledBy: 'YOT temp', filledDate: '01/04/2025' }],
      ['YOT temp with no filled date', { filledBy: 'YOT temp' }],
      ['YOT temp whose cover ended on the stage 5 date itself', { filledBy: 'YOT temp', filledDate: '01/04/2025', tempCoverEnded: '01/05/2025' }],
      ['YOT temp started on the stage 5 date', { filledBy: 'YOT temp', filledDate: '01/05/2025' }],
    ])('fires: %s', (_, t) => {
      expect(ids(withTemp(t))).toEqual(['yotTemp']);
    });

    it.each<[string, Temp]>([
      ['YOT temp whose cover ended the day before stage 5', { filledBy: 'YOT temp', filledDate: '01/04/2025', tempCoverEnded: '30/04/2025' }],
      ['YOT temp who started after stage 5', { filledBy: 'YOT temp', filledDate: '02/05/2025' }],
      ['an agency temp (Probation\'s own backfill)', { filledBy: 'Agency temp', filledDate: '01/02/2025' }],
      ['no one', { filledBy: null }],
    ])('does not fire: %s', (_, t) => {
      expect(withTemp(t)).toEqual([]);
    });

    it('quotes the Filled by cell in its own words', () => {
      const [f] = withTemp({ filledBy: 'YOT temp', filledByText: 'YOS temp', filledDate: '01/04/2025' });
      expect(f!.message).toBe(
        'A reimbursement of £3,000 is claimed from stage 5 on 01/05/2025; stage 5 needs evidence that the post "remains unfilled by either PO/PSO or YOT appointed appropriate temporary staff", but Filled by is "YOS temp" from 01/04/2025 and no temp cover ended date.',
      );
    });

    it.each<[string, string, string]>([
      ['cover ended on the stage 5 day', '01/05/2025', 'Filled by is "YOS temp" from 01/04/2025, and temp cover ended on 01/05/2025, not before stage 5.'],
      ['cover ended after stage 5', '31/07/2025', 'Filled by is "YOS temp" from 01/04/2025, and temp cover ended on 31/07/2025, not before stage 5.'],
    ])('quotes the temp cover ended date the cell holds: %s', (_, ended, tail) => {
      const [f] = withTemp({ filledBy: 'YOT temp', filledByText: 'YOS temp', filledDate: '01/04/2025', tempCoverEnded: ended });
      expect(f!.message).toContain(tail);
      expect(f!.message).not.toContain('no temp cover ended');
    });
  });
});
