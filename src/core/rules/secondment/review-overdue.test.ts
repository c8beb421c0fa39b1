import rule from './review-overdue';
import { ids, records, run, secondment } from '../testing';

type Row = { start: string; sixMonthReview?: string | null; actualEnd?: string | null };

const at = ({ start, sixMonthReview = null, actualEnd = null }: Row, asOf: string) =>
  run(rule, records({ secondments: [secondment({ start, sixMonthReview, actualEnd })] }), asOf);

describe('secondment/review-overdue', () => {
  it.each<[string, Row, string, string]>([
    ['held the day after the due date 01/10/2024', { start: '01/04/2024', sixMonthReview: '02/10/2024' }, '30/09/2025', 'late'],
    ['blank, as-of the day after the due date', { start: '01/04/2024' }, '02/10/2024', 'missing'],
    ['31 August start: due 28/02/2025 (end of month), held 01/03/2025', { start: '31/08/2024', sixMonthReview: '01/03/2025' }, '30/09/2025', 'late'],
    ['31 August 2023 start: due 29/02/2024 (leap year), blank on 01/03/2024', { start: '31/08/2023' }, '01/03/2024', 'missing'],
    ['29 February start: due 29/08/2024, held 30/08/2024', { start: '29/02/2024', sixMonthReview: '30/08/2024' }, '30/09/2025', 'late'],
    ['blank, and the secondment ended after the due date', { start: '01/04/2024', actualEnd: '02/10/2024' }, '30/09/2025', 'missing'],
  ])('fires: %s', (_, row, asOf, messageId) => {
    expect(ids(at(row, asOf))).toEqual([messageId]);
  });

  it.each<[string, Row, string]>([
    ['held on the due date (exactly 6 months)', { start: '01/04/2024', sixMonthReview: '01/10/2024' }, '30/09/2025'],
    ['held early', { start: '01/04/2024', sixMonthReview: '01/08/2024' }, '30/09/2025'],
    ['blank, as-of on the due date', { start: '01/04/2024' }, '01/10/2024'],
    ['31 August start: due 28/02/2025, held that day', { start: '31/08/2024', sixMonthReview: '28/02/2025' }, '30/09/2025'],
    ['blank, and the secondment ended on the due date', { start: '01/04/2024', actualEnd: '01/10/2024' }, '30/09/2025'],
    ['blank, and the secondment ended within six months', { start: '01/04/2024', actualEnd: '31/07/2024' }, '30/09/2025'],
    ['not yet started', { start: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the review cell', () => {
    const [f] = at({ start: '05/01/2025' }, '31/12/2025');
    expect(f!.message).toBe('Six-month review due 05/07/2025 (6 months after the start on 05/01/2025, London Protocol 2010 §2); none recorded by 31/12/2025.');
    expect(f!.column).toBe('Six-month review');
    expect(f!.citation).toBe('London Protocol 2010 §2');
    expect(f!.severity).toBe('warning');
  });

  it.each(['start', 'sixMonthReview', 'actualEnd'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2024' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
