import rule from './term-exceeded';
import { ids, records, run, secondment } from '../testing';

type Row = { scheme?: 'Probation' | 'Police'; start: string; extensionMonths?: number; actualEnd?: string | null };

const at = ({ scheme = 'Probation', start, extensionMonths = 0, actualEnd = null }: Row, asOf: string) =>
  run(
    rule,
    records({ secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', start, extensionMonths, actualEnd })] }),
    asOf,
  );

describe('secondment/term-exceeded', () => {
  it.each<[string, Row, string, string]>([
    ['no end date, as-of the day after the last day (31/03/2025)', { start: '01/04/2023' }, '01/04/2025', 'stillRunning'],
    ['with 1 year: last day 31/03/2026, as-of 01/04/2026', { start: '01/04/2023', extensionMonths: 12 }, '01/04/2026', 'stillRunning'],
    ['ended the day after the last day', { start: '01/04/2023', actualEnd: '01/04/2025' }, '30/09/2025', 'endedLate'],
    ['29 February start: anniversary 01/03/2026, last day 28/02/2026, as-of 01/03/2026', { start: '29/02/2024' }, '01/03/2026', 'stillRunning'],
    ['31/08/2023 with 6 months: last day 28/02/2026, as-of 01/03/2026', { start: '31/08/2023', extensionMonths: 6 }, '01/03/2026', 'stillRunning'],
    ['01/03/2026 start: last day 29/02/2028, as-of 01/03/2028', { start: '01/03/2026' }, '01/03/2028', 'stillRunning'],
    ['Police, same dates: 29 February start, as-of 01/03/2026', { scheme: 'Police', start: '29/02/2024' }, '01/03/2026', 'stillRunningPolice'],
    ['Probation with 13 months is taken at 12: last day 31/03/2026', { start: '01/04/2023', extensionMonths: 13 }, '01/04/2026', 'stillRunning'],
    ['31 January start: EDATE gives 31/01/2026, last day 30/01/2026', { start: '31/01/2024' }, '31/01/2026', 'stillRunning'],
    ['extension above the maximum: term taken at 3 years (last day 31/03/2026)', { start: '01/04/2023', extensionMonths: 24 }, '01/04/2026', 'stillRunning'],
    ['Police: 5 years in all, last day 31/03/2028', { scheme: 'Police', start: '01/04/2023', extensionMonths: 36 }, '01/04/2028', 'stillRunningPolice'],
    ['Police: extension above 3 is taken at 3', { scheme: 'Police', start: '01/04/2023', extensionMonths: 48 }, '01/04/2028', 'stillRunningPolice'],
    ['Police: ended after the last day', { scheme: 'Police', start: '01/04/2023', actualEnd: '01/04/2025' }, '30/09/2025', 'endedLatePolice'],
  ])('fires: %s', (_, row, asOf, messageId) => {
    expect(ids(at(row, asOf))).toEqual([messageId]);
  });

  it.each<[string, Row, string]>([
    ['no end date, as-of on the last day', { start: '01/04/2023' }, '31/03/2025'],
    ['with 1 year (the "2+1" maximum), as-of 31/03/2026', { start: '01/04/2023', extensionMonths: 12 }, '31/03/2026'],
    ['ended on the last day', { start: '01/04/2023', actualEnd: '31/03/2025' }, '30/09/2025'],
    ['ended early', { start: '01/04/2023', actualEnd: '30/06/2024' }, '30/09/2025'],
    ['29 February start: as-of on the last day 28/02/2026 (not 27/02)', { start: '29/02/2024' }, '28/02/2026'],
    ['31/08/2023 with 6 months: as-of on the last day 28/02/2026', { start: '31/08/2023', extensionMonths: 6 }, '28/02/2026'],
    ['01/03/2026 start: as-of on the last day 29/02/2028', { start: '01/03/2026' }, '29/02/2028'],
    ['with a 6-month extension: last day 30/09/2025', { start: '01/04/2023', extensionMonths: 6 }, '30/09/2025'],
    ['Police with 13 months (allowed for police): last day 30/04/2026', { scheme: 'Police', start: '01/04/2023', extensionMonths: 13 }, '30/04/2026'],
    ['31 January start: as-of on the last day 30/01/2026', { start: '31/01/2024' }, '30/01/2026'],
    ['Police: 2 years extension, as-of within the 4 years', { scheme: 'Police', start: '01/04/2023', extensionMonths: 24 }, '31/03/2027'],
    ['Police: at the 5-year maximum, as-of on the last day', { scheme: 'Police', start: '01/04/2023', extensionMonths: 36 }, '31/03/2028'],
    ['not yet started', { start: '01/01/2026' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the actual end date cell', () => {
    const [f] = at({ start: '01/04/2023' }, '30/06/2025');
    expect(f!.message).toBe(
      'The last day of this secondment was 31/03/2025 (2 years from the start on 01/04/2023, NPF 2021 §5.4), but no actual end date is recorded by 30/06/2025.',
    );
    expect(f!.column).toBe('Actual end date');
    expect(f!.citation).toBe('NPF 2021 §5.4');
    expect(f!.severity).toBe('error');
  });

  it('names the police source for a police secondee', () => {
    const [f] = at({ scheme: 'Police', start: '01/04/2023', actualEnd: '01/04/2025' }, '30/09/2025');
    expect(f!.message).toBe(
      'Actual end date is 01/04/2025; the last day of this police secondment is 31/03/2025 (2 years from the start on 01/04/2023, YOT Police Review 2010 §5.10.2).',
    );
  });

  it.each(['start', 'actualEnd', 'extensionMonths'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2023' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
