import rule from './escalated-late';
import { ids, records, run, dispute } from '../testing';

const at = (raised: string, escalated: string | null, resolved: string | null = null, asOf = '30/09/2025') =>
  run(rule, records({ disputes: [dispute({ raised, escalated, resolved })] }), asOf);

describe('dispute/escalated-late', () => {
  it.each<[string, string, string, string | null]>([
    ['escalated on day 29', '01/06/2025', '30/06/2025', null],
    ['escalated on day 29, since resolved', '01/06/2025', '30/06/2025', '15/07/2025'],
    ['raised 31/01/2025, escalated 01/03/2025 (day 29)', '31/01/2025', '01/03/2025', null],
    ['leap year: raised 01/02/2024, escalated 01/03/2024 (day 29)', '01/02/2024', '01/03/2024', null],
  ])('fires: %s', (_, raised, escalated, resolved) => {
    expect(ids(at(raised, escalated, resolved))).toEqual(['late']);
  });

  it.each<[string, string, string | null, string]>([
    ['escalated on day 28', '01/06/2025', '29/06/2025', '30/09/2025'],
    ['leap year: escalated 29/02/2024 (day 28)', '01/02/2024', '29/02/2024', '30/09/2025'],
    ['not escalated (escalation-overdue reports it)', '01/06/2025', null, '30/09/2025'],
    ['escalated late, but after the as-of date', '01/06/2025', '30/10/2025', '30/09/2025'],
  ])('does not fire: %s', (_, raised, escalated, asOf) => {
    expect(at(raised, escalated, null, asOf)).toEqual([]);
  });

  it('says what was expected and found', () => {
    const [f] = at('01/06/2025', '10/07/2025');
    expect(f!.message).toBe(
      'The dispute raised on 01/06/2025 was escalated on 10/07/2025, 39 days after it was raised; unresolved disputes are to be escalated to the Head of PDU and the YOS senior manager within 28 days, by 29/06/2025.',
    );
    expect(f!.column).toBe('Escalated');
    expect(f!.citation).toBe('NPF 2021 §9');
    expect(f!.severity).toBe('warning');
  });
});
