import { formatUk } from '../dates';
import { NPF_2021 } from '../rulebook';
import { d } from '../rules/testing';
import { escalationDue } from './disputes';

const RB = NPF_2021.values;

describe('escalationDue: raised + 28 days (NPF 2021 §9)', () => {
  it.each([
    ['10/01/2025', '07/02/2025'],
    ['01/02/2024', '29/02/2024'], // 28 days in a leap February
    ['01/02/2025', '01/03/2025'], // 28 days in a common February
    ['31/01/2025', '28/02/2025'],
    ['03/04/2025', '01/05/2025'], // across a 30-day month
    ['04/12/2025', '01/01/2026'], // across the year end
    ['31/12/2025', '28/01/2026'],
  ])('raised %s: escalate by %s', (raised, expected) => {
    expect(formatUk(escalationDue(d(raised), RB))).toBe(expected);
  });

  it('counts the rulebook days', () => {
    expect(formatUk(escalationDue(d('31/12/2025'), { ...RB, disputeEscalationDays: 1 }))).toBe('01/01/2026');
  });
});
