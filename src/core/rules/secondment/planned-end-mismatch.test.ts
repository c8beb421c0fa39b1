import rule from './planned-end-mismatch';
import { ids, records, run, secondment } from '../testing';

type Row = { scheme?: 'Probation' | 'Police'; start: string; extensionMonths?: number; plannedEnd: string | null };

const at = ({ scheme = 'Probation', start, extensionMonths = 0, plannedEnd }: Row) =>
  run(
    rule,
    records({ secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', start, extensionMonths, plannedEnd })] }),
    '30/09/2025',
  );

describe('secondment/planned-end-mismatch', () => {
  it.each<[string, Row]>([
    ['the anniversary, a day late', { start: '01/04/2023', plannedEnd: '01/04/2025' }],
    ['a day early', { start: '01/04/2023', plannedEnd: '30/03/2025' }],
    ['the extension not reflected', { start: '01/04/2023', extensionMonths: 12, plannedEnd: '31/03/2025' }],
    ['29 February start: 27/02/2026 is a day early (the anniversary is 01/03/2026)', { start: '29/02/2024', plannedEnd: '27/02/2026' }],
    ['29 February start: 01/03/2026 is the anniversary itself', { start: '29/02/2024', plannedEnd: '01/03/2026' }],
    ['6-month extension not reflected', { start: '01/04/2023', extensionMonths: 6, plannedEnd: '31/03/2025' }],
    ['Police, 29 February start, a day early', { scheme: 'Police', start: '29/02/2024', plannedEnd: '27/02/2026' }],
    ['31 January start: 31/01/2026 is EDATE, not the last day', { start: '31/01/2024', plannedEnd: '31/01/2026' }],
    ['Police with 3 years: last day 31/03/2028', { scheme: 'Police', start: '01/04/2023', extensionMonths: 36, plannedEnd: '31/03/2027' }],
  ])('fires: %s', (_, row) => {
    expect(ids(at(row))).toEqual(['mismatch']);
  });

  it.each<[string, Row]>([
    ['no planned end date', { start: '01/04/2023', plannedEnd: null }],
    ['the last day', { start: '01/04/2023', plannedEnd: '31/03/2025' }],
    ['the last day with the maximum 1-year extension', { start: '01/04/2023', extensionMonths: 12, plannedEnd: '31/03/2026' }],
    ['29 February start: last day 28/02/2026', { start: '29/02/2024', plannedEnd: '28/02/2026' }],
    ['Police, 29 February start: last day 28/02/2026', { scheme: 'Police', start: '29/02/2024', plannedEnd: '28/02/2026' }],
    ['31/08/2023 with 6 months: last day 28/02/2026', { start: '31/08/2023', extensionMonths: 6, plannedEnd: '28/02/2026' }],
    ['01/03/2026 start: last day 29/02/2028', { start: '01/03/2026', plannedEnd: '29/02/2028' }],
    ['6-month extension: last day 30/09/2025', { start: '01/04/2023', extensionMonths: 6, plannedEnd: '30/09/2025' }],
    ['31 January start: last day 30/01/2026', { start: '31/01/2024', plannedEnd: '30/01/2026' }],
    ['Police at the 5-year maximum', { scheme: 'Police', start: '01/04/2023', extensionMonths: 36, plannedEnd: '31/03/2028' }],
    ['Probation extension above the maximum (extension-too-long reports it)', { start: '01/04/2023', extensionMonths: 24, plannedEnd: '01/01/2030' }],
    ['Police extension above the maximum (extension-too-long reports it)', { scheme: 'Police', start: '01/04/2023', extensionMonths: 48, plannedEnd: '01/01/2030' }],
  ])('does not fire: %s', (_, row) => {
    expect(at(row)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the planned end cell', () => {
    const [f] = at({ start: '01/04/2023', extensionMonths: 12, plannedEnd: '01/04/2026' });
    expect(f!.message).toBe(
      'Planned end date is 01/04/2026; the last day of a secondment of 3 years starting 01/04/2023 (extension: 1 year) is 31/03/2026, the day before the anniversary of the start.',
    );
    expect(f!.column).toBe('Planned end date');
    expect(f!.citation).toBe('NPF 2021 §5.4');
    expect(f!.severity).toBe('warning');
  });

  it.each(['start', 'plannedEnd', 'extensionMonths'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2023', plannedEnd: '01/04/2025' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
