import rule from './yot-not-informed';
import { ids, records, run, vacancy } from '../testing';

interface Row {
  vacantFrom: string;
  yotInformed?: string | null;
  filledDate?: string | null;
}
const at = (row: Row, asOf: string) =>
  run(rule, records({ vacancies: [vacancy({ yotInformed: null, filledDate: null, ...row })] }), asOf);

describe('vacancy/yot-not-informed', () => {
  it.each<[string, Row, string, string]>([
    ['a day after EDATE(vacant, 3), not informed', { vacantFrom: '01/01/2025' }, '02/04/2025', 'notInformed'],
    ['4 months vacant, not informed', { vacantFrom: '01/01/2025' }, '01/05/2025', 'notInformed'],
    ['31 January + 3 months = 30 April (end of month): 01/05/2025 is after it', { vacantFrom: '31/01/2025' }, '01/05/2025', 'notInformed'],
    ['leap year: 30/11/2023 + 3 months = 29/02/2024: 01/03/2024 is after it', { vacantFrom: '30/11/2023' }, '01/03/2024', 'notInformed'],
    ['filled after the as-of date: still open then', { vacantFrom: '01/01/2025', filledDate: '01/06/2025' }, '01/05/2025', 'notInformed'],
    ['informed after the as-of date', { vacantFrom: '01/01/2025', yotInformed: '10/05/2025' }, '01/05/2025', 'informedLater'],
    ['informed a day after EDATE(vacant, 3)', { vacantFrom: '01/01/2025', yotInformed: '02/04/2025' }, '30/09/2025', 'late'],
    ['31 January: informed 01/05/2025, after 30/04/2025', { vacantFrom: '31/01/2025', yotInformed: '01/05/2025' }, '30/09/2025', 'late'],
    ['leap year: vacant 30/11/2023, informed 01/03/2024 (due 29/02/2024)', { vacantFrom: '30/11/2023', yotInformed: '01/03/2024' }, '30/09/2025', 'late'],
    ['informed late, and since filled', { vacantFrom: '01/01/2025', yotInformed: '15/05/2025', filledDate: '01/07/2025' }, '30/09/2025', 'late'],
  ])('fires: %s', (_, row, asOf, messageId) => {
    expect(ids(at(row, asOf))).toEqual([messageId]);
  });

  it.each<[string, Row, string]>([
    ['one day short of 3 months', { vacantFrom: '01/01/2025' }, '31/03/2025'],
    ['as-of is EDATE(vacant, 3): informing that day is on time', { vacantFrom: '01/01/2025' }, '01/04/2025'],
    ['31 January: as-of 30 April is the due day', { vacantFrom: '31/01/2025' }, '30/04/2025'],
    ['leap year: as-of 29/02/2024 is the due day', { vacantFrom: '30/11/2023' }, '29/02/2024'],
    ['informed after the as-of date, which is the due day', { vacantFrom: '01/01/2025', yotInformed: '10/04/2025' }, '01/04/2025'],
    ['31 January: 29 April is before EDATE (30 April)', { vacantFrom: '31/01/2025' }, '29/04/2025'],
    ['leap year: 28/02/2024 is before 29/02/2024', { vacantFrom: '30/11/2023' }, '28/02/2024'],
    ['informed', { vacantFrom: '01/01/2025', yotInformed: '01/04/2025' }, '30/09/2025'],
    ['informed on the as-of date, which is the due date', { vacantFrom: '30/06/2025', yotInformed: '30/09/2025' }, '30/09/2025'],
    ['informed on EDATE(vacant, 3) exactly', { vacantFrom: '01/01/2025', yotInformed: '01/04/2025' }, '30/09/2025'],
    ['31 January: informed 30/04/2025', { vacantFrom: '31/01/2025', yotInformed: '30/04/2025' }, '30/09/2025'],
    ['leap year: informed 29/02/2024', { vacantFrom: '30/11/2023', yotInformed: '29/02/2024' }, '30/09/2025'],
    ['filled on the due date, informed later (never unfilled for 3 months)', { vacantFrom: '01/01/2025', filledDate: '01/04/2025', yotInformed: '10/04/2025' }, '30/09/2025'],
    ['filled on the as-of date', { vacantFrom: '01/01/2025', filledDate: '30/09/2025' }, '30/09/2025'],
    ['filled before the as-of date', { vacantFrom: '01/01/2025', filledDate: '15/02/2025' }, '30/09/2025'],
    ['vacant from after the as-of date', { vacantFrom: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the YOT informed cell', () => {
    const [f] = at({ vacantFrom: '31/01/2025' }, '30/06/2025');
    expect(f!.message).toBe(
      'The post has been vacant since 31/01/2025; the YOT manager should have been informed by 30/04/2025 (3 months unfilled), but no YOT informed date is recorded (as of 30/06/2025).',
    );
    expect(f!.column).toBe('YOT informed');
    expect(f!.severity).toBe('warning');
  });

  it('is skipped when the filled date could not be read', () => {
    const v = vacancy({ vacantFrom: '01/01/2025' });
    (v.invalid as Set<string>).add('filledDate');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });
});
