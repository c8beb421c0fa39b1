import { fromYmd } from '../dates';
import { NPF_2021 } from '../rulebook';
import { stageEarliest } from './stages';

const RB = NPF_2021.values;
const d = fromYmd;

describe('stageEarliest (NPF 2021 §5.5)', () => {
  it.each([
    ['stage 1 at once', 1, null, d(2025, 1, 31)],
    ['stage 3 at once', 3, null, d(2025, 1, 31)],
    ['stage 4: EDATE(31/01, 3) clamps to 30/04', 4, null, d(2025, 4, 30)],
    ['stage 5 with no stage 4 date: EDATE(vacantFrom, 4)', 5, null, d(2025, 5, 31)],
    ['stage 5 a month after stage 4', 5, d(2025, 5, 15), d(2025, 6, 15)],
    ['stage 5 a month after stage 4 on 30/04, no second floor from the vacancy date (NPF 2021 §5.5 "a further period of 1 month")', 5, d(2025, 4, 30), d(2025, 5, 30)],
    ['stage 5 a month after stage 4 on 31/01 in a leap year: 29/02', 5, d(2024, 1, 31), d(2024, 2, 29)],
  ] as const)('%s', (_what, stage, stage4, expected) => {
    expect(stageEarliest(d(2025, 1, 31), stage, stage4, RB)).toBe(expected);
  });

  it('stage 4 on 30/11/2025 after a vacancy from 31/08/2025 allows stage 5 on 30/12/2025', () => {
    expect(stageEarliest(d(2025, 8, 31), 5, d(2025, 11, 30), RB)).toBe(d(2025, 12, 30));
  });

  it.each([
    [d(2023, 11, 30), 4, d(2024, 2, 29)], // into a leap February
    [d(2024, 11, 30), 4, d(2025, 2, 28)], // into a common February
    [d(2025, 10, 31), 4, d(2026, 1, 31)], // across the year end
    [d(2025, 10, 31), 5, d(2026, 2, 28)],
  ] as const)('vacant from %p, stage %p: from %p', (from, stage, expected) => {
    expect(stageEarliest(from, stage, null, RB)).toBe(expected);
  });
});
