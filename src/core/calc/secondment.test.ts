import { d, secondment } from '../rules/testing';
import { NPF_2021, RULEBOOKS } from '../rulebook';
import { formatUk } from '../dates';
import { dayBeforeAnniversary, exitPlanningDue, initialYears, isActive, lastDay, lawfulLastDay, maxExtensionMonths, policePdrDue, ppdaDue, sixMonthReviewDue, termMonths, threeWayReviewDue } from './secondment';

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

describe('the term in months (NPF 2021 §5.4; YOT Police Review 2010 §5.10.2)', () => {
  it('initial years, most extension and term by scheme and rulebook', () => {
    expect([initialYears('Probation', RB), initialYears('Police', RB)]).toEqual([2, 2]);
    expect([maxExtensionMonths('Probation', RB), maxExtensionMonths('Police', RB)]).toEqual([12, 36]);
    expect([termMonths(6, 'Probation', RB), termMonths(36, 'Police', RB)]).toEqual([30, 60]);
    expect(maxExtensionMonths('Probation', { ...RB, probationMaxExtensionYears: 0.5 })).toBe(6);
    expect(termMonths(0, 'Probation', RULEBOOKS['e3-yos']!.values)).toBe(36);
  });

  it('lawfulLastDay takes an extension beyond the maximum at the maximum, and needs a start', () => {
    expect(formatUk(lawfulLastDay(secondment({ start: '31/01/2024', extensionMonths: 36 }), RB)!)).toBe('30/01/2027');
    expect(lawfulLastDay(secondment({ start: null }), RB)).toBeNull();
  });
});

describe('review and planning dates: EDATE, clamped at the month end (London Protocol 2010 §2, §5, §8; NPF 2021 §5.3, §5.4)', () => {
  it.each([
    ['31/08/2025', '28/02/2025'], // last day 31 Aug − 6 months: February is short
    ['31/08/2024', '29/02/2024'], // … and in a leap year
    ['30/06/2026', '30/12/2025'], // across the year end
    ['31/03/2026', '30/09/2025'], // 31-day month back to a 30-day one
  ])('exit planning due 6 months before a last day of %s: %s', (last, due) => {
    expect(formatUk(exitPlanningDue(d(last), RB))).toBe(due);
  });

  it.each([
    ['31/08/2025', '28/02/2026'],
    ['29/02/2024', '29/08/2024'],
    ['31/12/2024', '30/06/2025'],
  ])('six-month review due after a start of %s: %s', (start, due) => {
    expect(formatUk(sixMonthReviewDue(d(start), RB))).toBe(due);
  });

  it.each([
    ['31/01/2025', '28/02/2025'],
    ['31/01/2024', '29/02/2024'],
    ['31/12/2024', '31/01/2025'], // across the year end
    ['31/03/2025', '30/04/2025'],
  ])('PPDA due a month after a start of %s: %s', (start, due) => {
    expect(formatUk(ppdaDue(d(start), RB))).toBe(due);
  });

  it.each<[string, string | null, string]>([
    ['30/11/2023', null, '29/02/2024'], // from the start when no review is recorded
    ['01/01/2023', '31/10/2025', '31/01/2026'], // from the last review, across the year end
    ['01/01/2023', '31/05/2025', '31/08/2025'],
    ['01/01/2023', '31/03/2025', '30/06/2025'],
  ])('three-way review: start %s, last %p, due %s', (start, last, due) => {
    expect(formatUk(threeWayReviewDue({ start: d(start), lastThreeWayReview: last === null ? null : d(last) }, RB)!)).toBe(due);
  });

  it.each<[string, string | null, string]>([
    ['29/02/2024', null, '28/02/2025'], // 29 Feb + 12 months in a common year
    ['01/01/2020', '29/02/2024', '28/02/2025'],
    ['01/01/2020', '31/12/2024', '31/12/2025'],
  ])('police PDR: start %s, last %p, due %s', (start, last, due) => {
    expect(formatUk(policePdrDue({ start: d(start), lastPdr: last === null ? null : d(last) }, RB)!)).toBe(due);
  });

  it('no start and no review: no due date', () => {
    expect(threeWayReviewDue({ start: null, lastThreeWayReview: null }, RB)).toBeNull();
    expect(policePdrDue({ start: null, lastPdr: null }, RB)).toBeNull();
  });
});
