import { d } from '../rules/testing';
import { NPF_2021, RULEBOOKS } from '../rulebook';
import { formatUk } from '../dates';
import { dayBeforeAnniversary, isActive, lastDay } from './secondment';

const RB = NPF_2021.values;

describe('lastDay: the day before the anniversary (NPF 2021 §5.4; London Protocol 2010 §2)', () => {
  it.each<[string, number, 'Probation' | 'Police', string]>([
    ['01/04/2023', 0, 'Probation', '31/03/2025'],
    ['01/04/2023', 12, 'Probation', '31/03/2026'],
    ['01/04/2023', 6, 'Probation', '30/09/2025'],
    ['29/02/2024', 0, 'Probation', '28/02/2026'],
    ['29/02/2024', 0, 'Police', '28/02/2026'],
    ['29/02/2024', 24, 'Probation', '28/02/2028'],
    ['29/02/2024', 48, 'Police', '28/02/2030'],
    ['29/02/2024', 24 + 24, 'Probation', '28/02/2030'],
    ['31/08/2023', 6, 'Probation', '28/02/2026'],
    ['31/08/2021', 6, 'Probation', '29/02/2024'],
    ['01/03/2026', 0, 'Probation', '29/02/2028'],
    ['31/01/2024', 0, 'Probation', '30/01/2026'],
    ['31/03/2024', 1, 'Probation', '30/04/2026'],
    ['30/04/2024', 1, 'Probation', '29/05/2026'],
    ['28/02/2023', 0, 'Probation', '27/02/2025'],
    ['01/04/2023', 36, 'Police', '31/03/2028'],
  ])('start %s, extension %p months, %s: last day %s', (start, ext, scheme, expected) => {
    expect(formatUk(lastDay(d(start), ext, scheme, RB))).toBe(expected);
  });

  it('follows the rulebook: e3-yos secondments are 3 years', () => {
    expect(formatUk(lastDay(d('01/04/2023'), 0, 'Probation', RULEBOOKS['e3-yos']!.values))).toBe('31/03/2026');
  });

  it('is always the day before the 1st of the next month when EDATE clamps', () => {
    for (const start of ['29/02/2024', '31/01/2025', '31/05/2025', '30/01/2024']) {
      for (let n = 1; n <= 40; n++) {
        const s = d(start);
        const last = dayBeforeAnniversary(s, n);
        // The anniversary (last + 1) is on the start's day of month, or the 1st of a month when that month is too short.
        const anniversary = formatUk(last + 1);
        const day = Number(start.slice(0, 2));
        expect(anniversary.startsWith(start.slice(0, 2)) || (anniversary.startsWith('01/') && day > 28)).toBe(true);
      }
    }
  });
});

describe('isActive: the last day in post is inclusive', () => {
  it.each<[string | null, string, boolean]>([
    [null, '01/04/2025', true],
    ['01/04/2025', '01/04/2025', true],
    ['31/03/2025', '01/04/2025', false],
    ['02/04/2025', '01/04/2025', true],
  ])('actual end %p, on %s: %p', (end, on, active) => {
    expect(isActive({ start: d('01/04/2023'), actualEnd: end === null ? null : d(end) }, d(on))).toBe(active);
  });
});
