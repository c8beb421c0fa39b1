import rule from './stage5-too-early';
import { ids, records, run, vacancy } from '../testing';
import { resolveRulebook } from '../../rulebook/resolve';
import type { Rulebook } from '../../rulebook';
import { describeRule } from '../define';

const at = (vacantFrom: string, stage4: string | null, stage5: string | null) =>
  run(rule, records({ vacancies: [vacancy({ vacantFrom, stages: [vacantFrom, vacantFrom, vacantFrom, stage4, stage5] })] }), '30/09/2025');

describe('vacancy/stage5-too-early', () => {
  it.each<[string, string, string | null, string, string]>([
    ['one day before a month after stage 4', '01/01/2025', '15/04/2025', '14/05/2025', 'afterStage4'],
    ['31 January: stage 4 on 30 April + 1 month = 30 May, stage 5 on 29 May', '31/01/2025', '30/04/2025', '29/05/2025', 'afterStage4'],
    ['vacant 31/08/2025, stage 4 30/11/2025: stage 5 on 29/12/2025', '31/08/2025', '30/11/2025', '29/12/2025', 'afterStage4'],
    ['no stage 4: one day before 4 months after vacant', '01/01/2025', null, '30/04/2025', 'afterVacant'],
    ['stage 4 dated early: stage 5 the day before a month after it', '01/01/2025', '01/02/2025', '28/02/2025', 'afterStage4'],
    ['both limits the same day (28/02/2025): the stage 4 month is named', '31/10/2024', '31/01/2025', '27/02/2025', 'afterStage4'],
    ['leap year: vacant 29/02/2024, stage 4 31/05/2024 + 1 month = 30/06/2024', '29/02/2024', '31/05/2024', '29/06/2024', 'afterStage4'],
    ['no stage 4, 31 January: 30 May is before EDATE(vacant, 4) = 31 May', '31/01/2025', null, '30/05/2025', 'afterVacant'],
  ])('fires: %s', (_, vacantFrom, stage4, stage5, messageId) => {
    expect(ids(at(vacantFrom, stage4, stage5))).toEqual([messageId]);
  });

  it.each<[string, string, string | null, string | null]>([
    ['exactly a month after stage 4', '01/01/2025', '15/04/2025', '15/05/2025'],
    ['31 January: stage 4 on 30 April, stage 5 on 30 May (no second floor at 31 May from the vacancy date)', '31/01/2025', '30/04/2025', '30/05/2025'],
    ['vacant 31/08/2025, stage 4 30/11/2025: stage 5 on 30/12/2025 (the issue\'s example)', '31/08/2025', '30/11/2025', '30/12/2025'],
    ['stage 4 dated early (its own finding): stage 5 a month after it', '01/01/2025', '01/02/2025', '01/03/2025'],
    ['leap year: stage 4 29/01/2024, stage 5 29/02/2024', '01/10/2023', '29/01/2024', '29/02/2024'],
    ['31 October + 4 months = 28 February, and 31 January + 1 month = 28 February', '31/10/2024', '31/01/2025', '28/02/2025'],
    ['leap year: 30/06/2024 is a month after stage 4', '29/02/2024', '31/05/2024', '30/06/2024'],
    ['no stage 4: exactly 4 months after vacant', '01/01/2025', null, '01/05/2025'],
    ['no stage 5 date', '01/01/2025', '01/04/2025', null],
  ])('does not fire: %s', (_, vacantFrom, stage4, stage5) => {
    expect(at(vacantFrom, stage4, stage5)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the stage 5 cell', () => {
    const [f] = at('01/01/2025', '15/04/2025', '14/05/2025');
    expect(f!.message).toBe('Stage 5 started on 14/05/2025; the earliest date is 15/05/2025, "following a further period of 1 month" after stage 4 on 15/04/2025.');
    expect(f!.column).toBe('Stage 5 date');
    expect(f!.citation).toBe('NPF 2021 §5.5 stage 5');
    const [g] = at('31/01/2025', null, '30/05/2025');
    expect(g!.message).toBe('Stage 5 started on 30/05/2025 with no stage 4 date; the earliest date is 31/05/2025 (4 months after the post fell vacant on 31/01/2025: stage 4 and the further month).');
  });

  it('is skipped when the stage 4 date could not be read', () => {
    const v = vacancy({ vacantFrom: '01/01/2025', stages: ['01/01/2025', null, null, null, '02/01/2025'] });
    (v.invalid as Set<string>).add('stage4Date');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });

  describe('with no stage 4 date, the fallback follows stage4WaitMonths (stage 4 wait + the further month)', () => {
    const rulebook = (overrides: Record<string, unknown>): Rulebook => {
      const r = resolveRulebook('npf-2021', overrides);
      if (!r.ok) throw new Error(r.message);
      return r.rulebook;
    };
    const four = rulebook({ stage4WaitMonths: 4 });
    const noStage4 = (stage5: string, rb: Rulebook) =>
      run(rule, records({ vacancies: [vacancy({ vacantFrom: '01/01/2025', stages: ['01/01/2025', '01/01/2025', '01/01/2025', null, stage5] })] }), '30/09/2025', rb);

    it.each<[string, string, Rulebook, string[]]>([
      ['{"stage4WaitMonths": 4}: stage 5 on the earliest stage 4 day (01/05/2025) is too early', '01/05/2025', four, ['afterVacant']],
      ['{"stage4WaitMonths": 4}: 31/05/2025 is a day short of 4 + 1 months', '31/05/2025', four, ['afterVacant']],
      ['{"stage4WaitMonths": 4}: 01/06/2025 is 4 + 1 months after vacant', '01/06/2025', four, []],
      ['{"stage5WaitMonthsAfterStage4": 2}: 31/05/2025 is short of 3 + 2 months', '31/05/2025', rulebook({ stage5WaitMonthsAfterStage4: 2 }), ['afterVacant']],
    ])('%s', (_, stage5, rb, expected) => {
      expect(ids(noStage4(stage5, rb))).toEqual(expected);
    });

    it('says 5 months in the message and the description under {"stage4WaitMonths": 4}', () => {
      expect(noStage4('01/05/2025', four)[0]!.message).toContain('5 months');
      expect(describeRule(rule, four.values)).toContain('vacant for 5 months');
    });
  });
});
