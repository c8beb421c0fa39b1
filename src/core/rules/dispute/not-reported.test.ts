import rule from './not-reported';
import { board, ids, records, run, dispute } from '../testing';

const at = (escalated: string | null, reportedToYogb: string | null, meetingDate: string | null = '15/10/2025', asOf = '30/09/2025') =>
  run(rule, records({ disputes: [dispute({ raised: '01/06/2025', escalated, reportedToYogb })], board: board({ meetingDate }) }), asOf);

describe('dispute/not-reported', () => {
  it.each<[string, string, string | null, string]>([
    ['escalated, no Reported to YOGB date', '29/06/2025', null, 'notReported'],
    ['escalated, reported the day after the meeting', '29/06/2025', '16/10/2025', 'reportedAfter'],
    ['escalated on the meeting date, not reported', '15/09/2025', null, 'notReported'],
  ])('fires: %s', (_, escalated, reported, messageId) => {
    expect(ids(at(escalated, reported, escalated === '15/09/2025' ? '15/09/2025' : '15/10/2025'))).toEqual([messageId]);
  });

  it.each<[string, string | null, string | null, string | null, string]>([
    ['reported on the meeting date', '29/06/2025', '15/10/2025', '15/10/2025', '30/09/2025'],
    ['reported before the meeting', '29/06/2025', '01/07/2025', '15/10/2025', '30/09/2025'],
    ['not escalated', null, null, '15/10/2025', '30/09/2025'],
    ['no meeting date on the Board sheet', '29/06/2025', null, null, '30/09/2025'],
    ['escalated after the meeting (goes to the next one)', '20/10/2025', null, '15/10/2025', '31/10/2025'],
    ['escalated after the as-of date', '05/10/2025', null, '15/10/2025', '30/09/2025'],
  ])('does not fire: %s', (_, escalated, reported, meeting, asOf) => {
    expect(at(escalated, reported, meeting, asOf)).toEqual([]);
  });

  it('says what was expected and found', () => {
    const [f] = at('29/06/2025', null);
    expect(f!.message).toBe(
      'The dispute was escalated on 29/06/2025; the regional SPOC makes an escalated dispute known to the YOGB, so a Reported to YOGB date on or before the meeting on 15/10/2025 was expected, but none is recorded.',
    );
    expect(f!.column).toBe('Reported to YOGB');
    expect(f!.citation).toBe('NPF 2021 §9');
  });
});
