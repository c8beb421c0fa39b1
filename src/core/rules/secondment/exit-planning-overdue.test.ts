import rule from './exit-planning-overdue';
import { ids, records, run, secondment } from '../testing';

type Row = {
  scheme?: 'Probation' | 'Police';
  start: string;
  extensionMonths?: number;
  actualEnd?: string | null;
  exitPlanningMeeting?: string | null;
};

const at = ({ scheme = 'Probation', start, extensionMonths = 0, actualEnd = null, exitPlanningMeeting = null }: Row, asOf: string) =>
  run(
    rule,
    records({
      secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', start, extensionMonths, actualEnd, exitPlanningMeeting })],
    }),
    asOf,
  );

describe('secondment/exit-planning-overdue', () => {
  it.each<[string, Row, string]>([
    ['last day 31/03/2025: due 30/09/2024, as-of 01/10/2024', { start: '01/04/2023' }, '01/10/2024'],
    ['with the maximum 1-year extension: due 30/09/2025, as-of 01/10/2025', { start: '01/04/2023', extensionMonths: 12 }, '01/10/2025'],
    ['extension above the maximum: term taken at 3 years, due 30/09/2025', { start: '01/04/2023', extensionMonths: 24 }, '01/10/2025'],
    ['last day 31/08/2025: EDATE back 6 months is 28/02/2025, as-of 01/03/2025', { start: '01/09/2023' }, '01/03/2025'],
    ['29 February start: last day 28/02/2026, due 28/08/2025, as-of 29/08/2025', { start: '29/02/2024' }, '29/08/2025'],
    ['31/08/2023 with 6 months: last day 28/02/2026, due 28/08/2025, as-of 29/08/2025', { start: '31/08/2023', extensionMonths: 6 }, '29/08/2025'],
    ['past the last day and still running', { start: '01/04/2023' }, '30/06/2025'],
    ['an actual end date in the future: still active', { start: '01/04/2023', actualEnd: '31/03/2025' }, '01/10/2024'],
  ])('fires: %s', (_, row, asOf) => {
    expect(ids(at(row, asOf))).toEqual(['missing']);
  });

  it.each<[string, Row, string]>([
    ['as-of on the due date 30/09/2024', { start: '01/04/2023' }, '30/09/2024'],
    ['a meeting recorded', { start: '01/04/2023', exitPlanningMeeting: '15/09/2024' }, '01/12/2024'],
    ['a meeting recorded after the due date (only a missing meeting is reported)', { start: '01/04/2023', exitPlanningMeeting: '15/10/2024' }, '01/12/2024'],
    ['with the 1-year extension, as-of 01/10/2024', { start: '01/04/2023', extensionMonths: 12 }, '01/10/2024'],
    ['last day 31/08/2025: as-of on the due date 28/02/2025', { start: '01/09/2023' }, '28/02/2025'],
    ['29 February start: as-of on the due date 28/08/2025', { start: '29/02/2024' }, '28/08/2025'],
    ['Police with 2 years extension: last day 31/03/2027, due 30/09/2026', { scheme: 'Police', start: '01/04/2023', extensionMonths: 24 }, '30/09/2026'],
    ['Police, long past the due date: exit planning is a probation duty (NPF 2021 §5.4)', { scheme: 'Police', start: '01/04/2023', extensionMonths: 36 }, '01/10/2027'],
    ['ended before as-of (not active)', { start: '01/04/2023', actualEnd: '31/03/2025' }, '30/06/2025'],
    ['not yet started', { start: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the exit planning cell', () => {
    const [f] = at({ start: '01/04/2023' }, '31/12/2024');
    expect(f!.message).toBe(
      'Exit planning meeting due by 30/09/2024, 6 months before the last day of the secondment on 31/03/2025, to plan the return and recruit a replacement (NPF 2021 §5.4; London Protocol 2010 §2); none recorded by 31/12/2024.',
    );
    expect(f!.column).toBe('Exit planning meeting');
    expect(f!.citation).toBe('NPF 2021 §5.4; London Protocol 2010 §2');
    expect(f!.severity).toBe('warning');
  });

  it.each(['start', 'actualEnd', 'extensionMonths', 'exitPlanningMeeting'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2023' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '31/12/2024')).toEqual([]);
  });
});
