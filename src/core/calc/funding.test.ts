import { NPF_2021 } from '../rulebook';
import { fundedAtStages4And5 } from './funding';

const RB = NPF_2021.values;

// No dates here: funding turns on role and FTE only (NPF 2021 §5.5), so there are no month-end cases.
describe('fundedAtStages4And5 (NPF 2021 §5.5)', () => {
  it.each([
    ['PSO', 0.4, false],
    ['PSO', 0.49, false],
    ['PSO', 0.5, true],
    ['PSO', 1, true],
    ['PO', 0.2, true],
  ] as const)('%s at %p FTE → %p', (role, fte, expected) => expect(fundedAtStages4And5(role, fte, RB)).toBe(expected));

  it('follows the rulebook', () => {
    expect(fundedAtStages4And5('PSO', 0.5, { ...RB, fractionalPsoMinimumFte: 0.6 })).toBe(false);
  });
});
