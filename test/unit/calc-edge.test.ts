/** Core calculations added for the custom functions: stage dates, funding, dispute escalation. */
import { fromYmd } from '../../src/core/dates';
import { NPF_2021 } from '../../src/core/rulebook';
import { escalationDue } from '../../src/core/calc/disputes';
import { fundedAtStages4And5 } from '../../src/core/calc/funding';
import { stageEarliest } from '../../src/core/calc/stages';

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
  ] as const)('%s', (_what, stage, stage4, expected) => {
    expect(stageEarliest(d(2025, 1, 31), stage, stage4, RB)).toBe(expected);
  });

  it('stage 4 on 30/11/2025 after a vacancy from 31/08/2025 allows stage 5 on 30/12/2025', () => {
    expect(stageEarliest(d(2025, 8, 31), 5, d(2025, 11, 30), RB)).toBe(d(2025, 12, 30));
  });
});

describe('fundedAtStages4And5 (NPF 2021 §5.5)', () => {
  it.each([
    ['PSO', 0.4, false],
    ['PSO', 0.49, false],
    ['PSO', 0.5, true],
    ['PSO', 1, true],
    ['PO', 0.2, true],
  ] as const)('%s at %p FTE → %p', (role, fte, expected) => expect(fundedAtStages4And5(role, fte, RB)).toBe(expected));
});

describe('escalationDue (NPF 2021 §9)', () => {
  it('is 28 days after the dispute was raised', () => {
    expect(escalationDue(d(2025, 1, 10), RB)).toBe(d(2025, 2, 7));
    expect(escalationDue(d(2024, 2, 1), RB)).toBe(d(2024, 2, 29));
  });
});
