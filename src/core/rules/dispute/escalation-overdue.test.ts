import rule from './escalation-overdue';
import { dispute, ids, records, run } from '../testing';

interface Row {
  raised: string;
  escalated?: string | null;
  resolved?: string | null;
}
const at = (row: Row, asOf: string) => run(rule, records({ disputes: [dispute({ escalated: null, resolved: null, ...row })] }), asOf);

describe('dispute/escalation-overdue', () => {
  it.each<[string, Row, string]>([
    ['29 days after raised', { raised: '01/06/2025' }, '30/06/2025'],
    ['long overdue', { raised: '01/01/2025' }, '30/09/2025'],
    ['across February in a leap year: raised 01/02/2024, 29 days is 01/03/2024', { raised: '01/02/2024' }, '01/03/2024'],
    ['resolved after the as-of date', { raised: '01/06/2025', resolved: '15/07/2025' }, '30/06/2025'],
    ['escalated after the as-of date', { raised: '01/06/2025', escalated: '15/07/2025' }, '30/06/2025'],
  ])('fires: %s', (_, row, asOf) => {
    expect(ids(at(row, asOf))).toEqual(['overdue']);
  });

  it.each<[string, Row, string]>([
    ['exactly 28 days after raised', { raised: '01/06/2025' }, '29/06/2025'],
    ['leap year: exactly 28 days after 01/02/2024 is 29/02/2024', { raised: '01/02/2024' }, '29/02/2024'],
    ['resolved within 28 days', { raised: '01/06/2025', resolved: '20/06/2025' }, '30/09/2025'],
    ['resolved late but before the as-of date', { raised: '01/06/2025', resolved: '20/08/2025' }, '30/09/2025'],
    ['escalated', { raised: '01/06/2025', escalated: '29/06/2025' }, '30/09/2025'],
    ['escalated on the as-of date', { raised: '01/06/2025', escalated: '30/09/2025' }, '30/09/2025'],
    ['raised after the as-of date', { raised: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, and points at the Escalated cell', () => {
    const [f] = at({ raised: '01/06/2025' }, '30/06/2025');
    expect(f!.message).toBe(
      'The dispute raised on 01/06/2025 was unresolved after 28 days and should have been escalated to the Head of PDU and the YOS senior manager by 29/06/2025; as of 30/06/2025 (29 days after it was raised) it is neither resolved nor escalated.',
    );
    expect(f!.column).toBe('Escalated');
    expect(f!.key).toBe('D1');
    expect(f!.citation).toBe('NPF 2021 §9');
  });

  it('is skipped when the resolved date could not be read', () => {
    const x = dispute({ raised: '01/01/2025' });
    (x.invalid as Set<string>).add('resolved');
    expect(run(rule, records({ disputes: [x] }), '30/09/2025')).toEqual([]);
  });
});
