/** The Disputes sheet: disputes open on the as-of date, and which are overdue for escalation (NPF 2021 §9). */
import { d } from '../../../rules/testing';
import { at, handChecked, input } from '../../testing';

describe('disputes for the hand-checked workbook (as of 30/09/2025)', () => {
  const model = at('30/09/2025', [input(handChecked().recs)]);

  it('lists disputes open on as-of and which are overdue for escalation (raised + 28 days)', () => {
    expect(model.disputes.map((x) => [x.ref.id, x.status])).toEqual([
      ['D3', 'escalated'],
      ['D1', 'overdue'],
      ['D2', 'within-time'],
    ]);
    expect(model.disputes.find((x) => x.ref.id === 'D1')!.escalationDue).toBe(d('29/08/2025'));
  });
});
