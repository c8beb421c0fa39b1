import rule from './temp-not-ceased';
import type { FilledBy } from '../../records/types';
import { ids, records, run, vacancy } from '../testing';

interface Row {
  filledBy: FilledBy | null;
  filledDate: string | null;
  tempCoverEnded: string | null;
  highest: number;
}
const STAGE_DATES = ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025'];
const at = ({ filledBy, filledDate, tempCoverEnded, highest }: Row, asOf = '30/09/2025') =>
  run(rule, records({
    vacancies: [vacancy({ filledBy, filledDate, tempCoverEnded, stages: STAGE_DATES.map((s, i) => (i < highest ? s : null)) })],
  }), asOf);

describe('vacancy/temp-not-ceased', () => {
  it.each<[string, Row, string]>([
    ['stage 3 reached (temporary arrangement in the YOT post), temp cover end blank', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: null, highest: 3 }, 'notEnded'],
    ['stage 4 reached (a YOT temp), temp cover ended a day after filled', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: '02/06/2025', highest: 4 }, 'endedLate'],
    ['stage 5 reached, temp cover ended a day after filled', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: '02/06/2025', highest: 5 }, 'endedLate'],
    ['no filled date and no temp cover end', { filledBy: 'Probation', filledDate: null, tempCoverEnded: null, highest: 3 }, 'notEnded'],
  ])('fires: %s', (_, row, messageId) => {
    expect(ids(at(row))).toEqual([messageId]);
  });

  it.each<[string, Row]>([
    ['temp cover ended on the filled date', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: '01/06/2025', highest: 3 }],
    ['temp cover ended before the filled date', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: '20/05/2025', highest: 4 }],
    ['only stage 1 reached (no temporary cover)', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: null, highest: 1 }],
    ['only stage 2 reached: an agency worker backfills inside Probation, not in the YOT post', { filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: null, highest: 2 }],
    ['filled by a YOT temp', { filledBy: 'YOT temp', filledDate: '01/06/2025', tempCoverEnded: null, highest: 4 }],
    ['not filled', { filledBy: null, filledDate: null, tempCoverEnded: null, highest: 4 }],
    ['filled by Probation after the as-of date', { filledBy: 'Probation', filledDate: '01/10/2025', tempCoverEnded: null, highest: 4 }],
    ['no filled date: an ended date cannot be compared', { filledBy: 'Probation', filledDate: null, tempCoverEnded: '01/06/2025', highest: 3 }],
  ])('does not fire: %s', (_, row) => {
    expect(at(row)).toEqual([]);
  });

  it('says what was expected and found, and points at the temp cover ended cell', () => {
    const [f] = at({ filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: '30/06/2025', highest: 3 });
    expect(f!.message).toBe('Probation filled the post on 01/06/2025 after stage 3 was reached; all temporary arrangements in the YOT post should cease when Probation can fill it again, but the temp cover ended on 30/06/2025.');
    expect(f!.column).toBe('Temp cover ended');
    const [g] = at({ filledBy: 'Probation', filledDate: '01/06/2025', tempCoverEnded: null, highest: 4 });
    expect(g!.message).toBe('Probation filled the post on 01/06/2025 after stage 4 was reached; all temporary arrangements in the YOT post should cease when Probation can fill it again, but no temp cover ended date is recorded.');
    expect(g!.citation).toBe('NPF 2021 §5.5 iii');
  });
});
