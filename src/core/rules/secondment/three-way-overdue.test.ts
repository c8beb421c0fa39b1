import rule from './three-way-overdue';
import { ids, records, run, secondment } from '../testing';

type Row = { start: string; lastThreeWayReview?: string | null; actualEnd?: string | null };

const at = ({ start, lastThreeWayReview = null, actualEnd = null }: Row, asOf: string) =>
  run(rule, records({ secondments: [secondment({ start, lastThreeWayReview, actualEnd })] }), asOf);

describe('secondment/three-way-overdue', () => {
  it.each<[string, Row, string, string]>([
    ['none recorded, the day after 3 months from the start', { start: '01/04/2025' }, '02/07/2025', 'noneSinceStart'],
    ['last review the day after 3 months ago', { start: '01/04/2024', lastThreeWayReview: '15/03/2025' }, '16/06/2025', 'overdue'],
    ['last review 30/11/2024: due 28/02/2025 (end of month), as-of 01/03/2025', { start: '01/04/2024', lastThreeWayReview: '30/11/2024' }, '01/03/2025', 'overdue'],
    ['last review 30/11/2023: due 29/02/2024 (leap year), as-of 01/03/2024', { start: '01/04/2023', lastThreeWayReview: '30/11/2023' }, '01/03/2024', 'overdue'],
    ['31 January start: due 30/04/2025, as-of 01/05/2025', { start: '31/01/2025' }, '01/05/2025', 'noneSinceStart'],
    ['29 February start: due 29/05/2024, as-of 30/05/2024', { start: '29/02/2024' }, '30/05/2024', 'noneSinceStart'],
    ['an end date in the future: still active', { start: '01/04/2025', actualEnd: '31/12/2025' }, '30/09/2025', 'noneSinceStart'],
  ])('fires: %s', (_, row, asOf, messageId) => {
    expect(ids(at(row, asOf))).toEqual([messageId]);
  });

  it.each<[string, Row, string]>([
    ['none recorded, as-of exactly 3 months from the start', { start: '01/04/2025' }, '01/07/2025'],
    ['last review exactly 3 months before as-of', { start: '01/04/2024', lastThreeWayReview: '15/03/2025' }, '15/06/2025'],
    ['last review 30/11/2024: as-of on the due date 28/02/2025', { start: '01/04/2024', lastThreeWayReview: '30/11/2024' }, '28/02/2025'],
    ['31 January start: as-of on the due date 30/04/2025', { start: '31/01/2025' }, '30/04/2025'],
    ['a recent review', { start: '01/04/2024', lastThreeWayReview: '01/09/2025' }, '30/09/2025'],
    ['ended before as-of (not active)', { start: '01/04/2024', actualEnd: '31/03/2025' }, '30/09/2025'],
    ['ended the day before as-of (not active)', { start: '01/04/2024', actualEnd: '29/09/2025' }, '30/09/2025'],
    ['not yet started', { start: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the last review cell', () => {
    const [f] = at({ start: '01/04/2024', lastThreeWayReview: '30/11/2024' }, '31/03/2025');
    expect(f!.message).toBe(
      'Three-way review (secondee, YOS manager, link manager) due by 28/02/2025, 3 months after the last one on 30/11/2024 (at least quarterly, NPF 2021 §5.3); none recorded since then, as of 31/03/2025.',
    );
    expect(f!.column).toBe('Last three-way review');
    expect(f!.citation).toBe('NPF 2021 §5.3; London Protocol 2010 §8');
    expect(f!.severity).toBe('warning');
  });

  it('when none is recorded, counts from the start', () => {
    const [f] = at({ start: '01/04/2025' }, '30/09/2025');
    expect(f!.message).toBe(
      'Three-way review (secondee, YOS manager, link manager) due by 01/07/2025, 3 months after the start on 01/04/2025 (at least quarterly, NPF 2021 §5.3); none recorded by 30/09/2025.',
    );
  });

  it.each(['start', 'actualEnd', 'lastThreeWayReview'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2025' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
