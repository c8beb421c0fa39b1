import rule from './date-order';
import { ids, records, run, secondment, vacancy } from '../testing';

type Parts = Parameters<typeof records>[0];
const at = (parts: Parts) => run(rule, records(parts), '30/09/2025');

describe('data/date-order', () => {
  it.each<[string, Parts, string[]]>([
    ['actual end the day before start', { secondments: [secondment({ start: '01/04/2024', actualEnd: '31/03/2024' })] }, ['endBeforeStart']],
    ['filled the day before vacant from', { vacancies: [vacancy({ vacantFrom: '01/03/2025', filledDate: '28/02/2025' })] }, ['filledBeforeVacant']],
    ['leap year: filled 28/02/2024, vacant from 29/02/2024', { vacancies: [vacancy({ vacantFrom: '29/02/2024', filledDate: '28/02/2024' })] }, ['filledBeforeVacant']],
    [
      'one of each',
      { secondments: [secondment({ start: '01/04/2024', actualEnd: '01/01/2024' })], vacancies: [vacancy({ vacantFrom: '01/03/2025', filledDate: '01/01/2025' })] },
      ['endBeforeStart', 'filledBeforeVacant'],
    ],
  ])('fires: %s', (_, parts, expected) => {
    expect(ids(at(parts))).toEqual(expected);
  });

  it.each<[string, Parts]>([
    ['actual end on the start date', { secondments: [secondment({ start: '01/04/2024', actualEnd: '01/04/2024' })] }],
    ['actual end after start', { secondments: [secondment({ start: '01/04/2024', actualEnd: '31/03/2026' })] }],
    ['no actual end', { secondments: [secondment({ start: '01/04/2024', actualEnd: null })] }],
    ['filled on the vacant from date', { vacancies: [vacancy({ vacantFrom: '01/03/2025', filledDate: '01/03/2025' })] }],
    ['not filled', { vacancies: [vacancy({ vacantFrom: '01/03/2025', filledDate: null })] }],
    ['no start date (a data/missing-field finding)', { secondments: [secondment({ start: null, actualEnd: '01/01/2024' })] }],
  ])('does not fire: %s', (_, parts) => {
    expect(at(parts)).toEqual([]);
  });

  it('says what was expected and found, and points at the later date cell', () => {
    const s = secondment({ id: 'S9', start: '01/04/2024', actualEnd: '31/03/2024' });
    const [f] = at({ secondments: [s] });
    expect(f!.message).toBe('Actual end date should be on or after the start date 01/04/2024; found 31/03/2024.');
    expect(f!.column).toBe('Actual end date');
    expect(f!.row).toBe(s.row);
    expect(f!.key).toBe('S9');
    const [g] = at({ vacancies: [vacancy({ id: 'V9', vacantFrom: '01/03/2025', filledDate: '28/02/2025' })] });
    expect(g!.message).toBe('Filled date should be on or after the vacant from date 01/03/2025; found 28/02/2025.');
    expect(g!.column).toBe('Filled date');
    expect(g!.severity).toBe('error');
  });
});
