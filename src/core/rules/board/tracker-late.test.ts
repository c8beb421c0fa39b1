import rule from './tracker-late';
import { board, ids, records, run } from '../testing';
import { NPF_2021 } from '../../rulebook';
import { describeRule } from '../define';

const at = (meetingDate: string | null, trackerSubmitted: string | null, asOf = '30/09/2025') =>
  run(rule, records({ board: board({ meetingDate, trackerSubmitted }) }), asOf);

describe('board/tracker-late', () => {
  it.each<[string, string, string | null, string, string]>([
    ['6 days before the meeting', '15/10/2025', '09/10/2025', '30/09/2025', 'late'],
    ['on the meeting day', '15/10/2025', '15/10/2025', '30/09/2025', 'late'],
    ['after the meeting', '15/10/2025', '20/10/2025', '31/10/2025', 'late'],
    ['across a month end: meeting 03/03/2025, deadline 24/02/2025, sent 25/02/2025', '03/03/2025', '25/02/2025', '31/03/2025', 'late'],
    ['leap year: meeting 07/03/2024, deadline 29/02/2024, sent 01/03/2024', '07/03/2024', '01/03/2024', '31/03/2024', 'late'],
    ['not submitted, as-of a day past the deadline', '15/10/2025', null, '09/10/2025', 'notSubmitted'],
    ['not submitted, as-of after the meeting', '15/10/2025', null, '31/12/2025', 'notSubmitted'],
  ])('fires: %s', (_, meeting, submitted, asOf, messageId) => {
    expect(ids(at(meeting, submitted, asOf))).toEqual([messageId]);
  });

  it.each<[string, string | null, string | null, string]>([
    ['exactly 7 days before the meeting', '15/10/2025', '08/10/2025', '30/09/2025'],
    ['8 days before the meeting', '15/10/2025', '07/10/2025', '30/09/2025'],
    ['leap year: exactly 7 days before 07/03/2024 is 29/02/2024', '07/03/2024', '29/02/2024', '31/03/2024'],
    ['not submitted, as-of on the deadline (it can still be sent today)', '15/10/2025', null, '08/10/2025'],
    ['not submitted, as-of before the deadline', '15/10/2025', null, '30/09/2025'],
    ['no meeting date', null, '20/10/2025', '31/12/2025'],
    ['no Board details at all', null, null, '31/12/2025'],
  ])('does not fire: %s', (_, meeting, submitted, asOf) => {
    expect(at(meeting, submitted, asOf)).toEqual([]);
  });

  it('says what was expected and found, and points at the Board cell', () => {
    const b = { ...board({ meetingDate: '15/10/2025', trackerSubmitted: '10/10/2025' }), cells: { trackerSubmitted: { row: 5, col: 2, label: 'Tracker submitted' } } };
    const [f] = run(rule, records({ board: b }), '30/09/2025');
    expect(f!.message).toBe('The Vacancy Tracker was submitted on 10/10/2025; expected it by 08/10/2025 (7 days before the YOGB meeting on 15/10/2025), 2 days late.');
    expect(f!.table).toBe('Board');
    expect(f!.cell).toBe('B5');
    expect(f!.column).toBe('Tracker submitted');
    expect(f!.key).toBeNull();
    expect(f!.citation).toBe('NPF 2021 §5.5 vi');
    expect(f!.severity).toBe('warning');
    expect(at('15/10/2025', '09/10/2025')[0]!.message).toMatch(/, 1 day late\.$/);
    const [g] = at('15/10/2025', null, '31/10/2025');
    expect(g!.message).toBe('The Vacancy Tracker was due by 08/10/2025 (7 days before the YOGB meeting on 15/10/2025); no submitted date is recorded as of 31/10/2025.');
  });

  it('is skipped when the submitted date could not be read', () => {
    const b = { ...board({ meetingDate: '15/10/2025' }), invalid: new Set(['trackerSubmitted']) };
    expect(run(rule, records({ board: b }), '31/12/2025')).toEqual([]);
  });

  it('says a one-day rulebook in the singular, in the message and the description', () => {
    const oneDay = { ...NPF_2021, values: { ...NPF_2021.values, trackerDaysBeforeMeeting: 1 } };
    const [f] = run(rule, records({ board: board({ meetingDate: '15/10/2025', trackerSubmitted: '15/10/2025' }) }), '30/09/2025', oneDay);
    expect(f!.message).toBe('The Vacancy Tracker was submitted on 15/10/2025; expected it by 14/10/2025 (1 day before the YOGB meeting on 15/10/2025), 1 day late.');
    expect(describeRule(rule, oneDay.values)).toBe('The Vacancy Tracker was submitted later than 1 day before the YOGB meeting.');
  });
});
