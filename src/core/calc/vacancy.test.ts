import { formatUk } from '../dates';
import { NPF_2021, RULEBOOKS } from '../rulebook';
import { d, vacancy } from '../rules/testing';
import { eligibleStage, highestStageReached, isOpen, stage4Earliest, stage5Earliest, stage5MonthsFromVacant } from './vacancy';

const RB = NPF_2021.values;
const uk = formatUk;

describe('stage4Earliest: EDATE(vacant from, 3) (NPF 2021 §5.5 stage 4)', () => {
  it.each([
    ['01/01/2025', '01/04/2025'],
    ['31/01/2025', '30/04/2025'], // 31 Jan + 3 months: April has 30 days
    ['30/11/2024', '28/02/2025'], // into February of a common year
    ['30/11/2023', '29/02/2024'], // into February of a leap year
    ['29/02/2024', '29/05/2024'],
    ['31/05/2025', '31/08/2025'], // 31-day month to 31-day month
    ['31/10/2025', '31/01/2026'], // across the year end
    ['31/12/2025', '31/03/2026'],
  ])('vacant from %s: stage 4 from %s', (from, expected) => {
    expect(uk(stage4Earliest(d(from), RB))).toBe(expected);
  });
});

describe('stage5Earliest (NPF 2021 §5.5 stage 5)', () => {
  it.each<[string, string | null, string]>([
    ['31/01/2025', null, '31/05/2025'], // no stage 4 date: EDATE(vacant from, 3 + 1)
    ['31/10/2024', null, '28/02/2025'], // 31 Oct + 4 months, across the year end into a short February
    ['31/10/2023', null, '29/02/2024'], // … and into a leap February
    ['31/08/2025', '30/11/2025', '30/12/2025'], // a month after stage 4, from stage 4's own day
    ['31/01/2025', '31/01/2025', '28/02/2025'], // 31 Jan + 1 month
    ['01/10/2023', '31/01/2024', '29/02/2024'], // 31 Jan + 1 month in a leap year
    ['01/09/2025', '31/12/2025', '31/01/2026'], // across the year end
    ['01/01/2025', '30/04/2025', '30/05/2025'], // no second floor from the vacancy date
  ])('vacant from %s, stage 4 %p: stage 5 from %s', (from, stage4, expected) => {
    expect(uk(stage5Earliest(d(from), stage4 === null ? null : d(stage4), RB))).toBe(expected);
  });

  it('with no stage 4 date waits stage4WaitMonths + stage5WaitMonthsAfterStage4, from the rulebook', () => {
    expect(stage5MonthsFromVacant(RB)).toBe(4);
    expect(stage5MonthsFromVacant({ ...RB, stage4WaitMonths: 5, stage5WaitMonthsAfterStage4: 2 })).toBe(7);
    expect(uk(stage5Earliest(d('31/01/2025'), null, { ...RB, stage4WaitMonths: 5, stage5WaitMonthsAfterStage4: 2 }))).toBe('31/08/2025');
    expect(stage5MonthsFromVacant(RULEBOOKS['e3-yos']!.values)).toBe(4);
  });
});

describe('eligibleStage: 3, then 4 from the earliest stage 4 date, then 5 (docs/rules.md, "Stage eligibility")', () => {
  it.each<[string, string | null, 3 | 4 | 5]>([
    ['29/04/2025', null, 3],
    ['30/04/2025', null, 4], // on the day stage 4 may start (31 Jan + 3 months, clamped)
    ['30/05/2025', null, 4],
    ['31/05/2025', null, 5],
    ['30/05/2025', '30/04/2025', 5], // a month after the stage 4 date
    ['29/05/2025', '30/04/2025', 4],
  ])('vacant from 31/01/2025, on %s, stage 4 %p: stage %p', (on, stage4, expected) => {
    expect(eligibleStage(d('31/01/2025'), d(on), stage4 === null ? null : d(stage4), RB)).toBe(expected);
  });
});

describe('highestStageReached and isOpen', () => {
  it('the highest stage with a date, 0 when none', () => {
    expect(highestStageReached(vacancy({ stages: [] }))).toBe(0);
    expect(highestStageReached(vacancy({ stages: ['01/01/2025', null, '31/01/2025'] }))).toBe(3);
    expect(highestStageReached(vacancy({ stages: ['01/01/2025', null, null, null, '29/02/2024'] }))).toBe(5);
  });

  it.each<[string | null, string, boolean]>([
    [null, '31/12/2025', true],
    ['31/01/2025', '30/01/2025', true],
    ['31/01/2025', '31/01/2025', false], // filled on the day: not open that day
    ['29/02/2024', '28/02/2024', true],
  ])('filled %p, on %s: open %p', (filled, on, open) => {
    expect(isOpen({ vacantFrom: d('01/01/2024'), filledDate: filled === null ? null : d(filled) }, d(on))).toBe(open);
  });

  it('is not open before the post falls vacant', () => {
    expect(isOpen({ vacantFrom: d('01/03/2025'), filledDate: null }, d('28/02/2025'))).toBe(false);
    expect(isOpen({ vacantFrom: d('01/03/2025'), filledDate: null }, d('01/03/2025'))).toBe(true);
  });
});
