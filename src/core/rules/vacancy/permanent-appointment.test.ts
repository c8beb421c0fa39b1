import rule from './permanent-appointment';
import type { FilledBy } from '../../records/types';
import { ids, records, run, vacancy } from '../testing';

const at = (filledBy: FilledBy | null) =>
  run(rule, records({ vacancies: [vacancy({ filledBy, filledDate: filledBy === null ? null : '01/06/2025' })] }), '30/09/2025');

describe('vacancy/permanent-appointment', () => {
  it.each<[string, FilledBy]>([['filled by a permanent YOT appointment', 'YOT permanent']])('fires: %s', (_, filledBy) => {
    expect(ids(at(filledBy))).toEqual(['permanent']);
  });

  it.each<[string, FilledBy | null]>([
    ['filled by Probation', 'Probation'],
    ['filled by an agency temp', 'Agency temp'],
    ['filled by a YOT temp', 'YOT temp'],
    ['not filled', null],
  ])('does not fire: %s', (_, filledBy) => {
    expect(at(filledBy)).toEqual([]);
  });

  it('says what was expected and found, and points at the Filled by cell', () => {
    const [f] = at('YOT permanent');
    expect(f!.message).toBe(
      'Filled by is "YOT permanent"; a YOT may never permanently employ someone into a Probation secondee post, "irrespective of how long it has been vacant". Expected Probation, an agency temp or a YOT temp.',
    );
    expect(f!.column).toBe('Filled by');
    expect(f!.citation).toBe('NPF 2021 §5.5 iv');
    expect(f!.severity).toBe('error');
  });

  it('quotes the cell in its own words ("YOS permanent", not "YOT permanent")', () => {
    const [f] = run(rule, records({ vacancies: [vacancy({ filledBy: 'YOT permanent', filledByText: 'YOS permanent' })] }), '30/09/2025');
    expect(f!.message).toMatch(/^Filled by is "YOS permanent";/);
  });
});
