/** Argument coercion for the custom functions (src/functions/args.ts). */
import { fromYmd } from '../../src/core/dates';
import { NPF_2021 } from '../../src/core/rulebook';
import * as args from '../../src/functions/args';

const RB = NPF_2021.values;

/** The ArgumentError `work` throws (fails the test if it returns). */
function thrown(work: () => unknown): args.ArgumentError {
  try {
    work();
  } catch (e) {
    expect(e).toBeInstanceOf(args.ArgumentError);
    return e as args.ArgumentError;
  }
  throw new Error('expected an ArgumentError');
}

describe('isBlank', () => {
  it.each([null, undefined, '', '   '])('%p is blank', (v) => expect(args.isBlank(v)).toBe(true));
  it.each([0, 'x', false])('%p is not blank', (v) => expect(args.isBlank(v)).toBe(false));
});

describe('dates', () => {
  const apr1 = fromYmd(2025, 4, 1);

  it.each([
    ['a serial number', 45748, apr1],
    ['a serial with a time of day', 45748.75, apr1],
    ['UK text', '01/04/2025', apr1],
    ['short UK text', '1/4/25', apr1],
    ['ISO text', '2025-04-01', apr1],
    ['text with a month name', '1 Apr 2025', apr1],
    ['29 February in a leap year', '29/02/2024', fromYmd(2024, 2, 29)],
    ['a one-cell range', [[45748]], apr1],
    ['an Excel data type value', { type: 'Double', basicValue: 45748 }, apr1],
  ])('reads %s', (_what, input, expected) => {
    expect(args.requiredDate(input, 'Start date')).toBe(expected);
  });

  it.each([null, undefined, '', '  ', 0])('%p is a missing date (#N/A), and null when optional', (v) => {
    const e = thrown(() => args.requiredDate(v, 'Start date'));
    expect(e.missing).toBe(true);
    expect(e.message).toMatch(/^Start date is blank/);
    expect(args.optionalDate(v, 'As-of date')).toBeNull();
  });

  it.each([
    ['31/04/2025', /not a calendar date.*day first/],
    ['04/13/2025', /not a calendar date/],
    ['29/02/2025', /not a calendar date/],
    ['TBC', /is not a date/],
    [-5, /not a date Excel can show/],
    [12, /not a date Excel can show/],
    [3_000_000, /not a date Excel can show/],
    [true, /is not a date/],
    [[[1, 2]], /not a range of 2 cells/],
    [{ type: 'Error', basicValue: '#REF!' }, /Excel error \(#REF!\)/],
  ])('refuses %p', (input, message) => {
    const e = thrown(() => args.requiredDate(input, 'Start date'));
    expect(e.missing).toBe(false);
    expect(e.message).toMatch(message);
  });
});

describe('share (percentages as 15 or 0.15)', () => {
  it.each([
    [15, 0.15],
    [0.15, 0.15],
    ['15%', 0.15],
    ['15', 0.15],
    ['0.15', 0.15],
    [0, 0],
    [1, 1],
    [100, 1],
    [1.5, 0.015],
  ])('%p → %p', (input, expected) => expect(args.share(input, 'SYV share')).toBeCloseTo(expected, 12));

  it.each([null, undefined, ''])('%p is no data (null)', (v) => expect(args.share(v, 'SYV share')).toBeNull());

  it.each([
    [-0.1, /cannot be negative/],
    [-15, /cannot be negative/],
    [150, /more than 100%/],
    ['120%', /more than 100%/],
    ['lots', /must be a number; found "lots"/],
    [false, /must be a number; found FALSE/],
  ])('refuses %p', (input, message) => expect(thrown(() => args.share(input, 'SYV share')).message).toMatch(message));

  it('requiredShare: blank is missing', () => {
    expect(thrown(() => args.requiredShare(null, 'Factor 1')).missing).toBe(true);
  });
});

describe('numbers', () => {
  it('reads numbers and numeric text', () => {
    expect(args.requiredNonNegative(12, 'Caseload', 'x')).toBe(12);
    expect(args.requiredNonNegative(' 12.5 ', 'Caseload', 'x')).toBe(12.5);
    expect(args.requiredNonNegative('1,200', 'Caseload', 'x')).toBe(1200);
    expect(args.requiredNonNegative(0, 'Caseload', 'x')).toBe(0);
  });

  it('refuses negatives, percentages and words', () => {
    expect(thrown(() => args.requiredNonNegative(-3, 'Caseload', 'x')).message).toMatch(/Caseload cannot be negative; found -3/);
    expect(thrown(() => args.requiredNonNegative('12%', 'Caseload', 'x')).message).toMatch(/not a percentage/);
    expect(thrown(() => args.requiredNonNegative('twelve', 'Caseload', 'x')).message).toMatch(/must be a number/);
    expect(thrown(() => args.requiredNonNegative(Number.NaN, 'Caseload', 'x')).message).toMatch(/not a usable number/);
    expect(thrown(() => args.requiredNonNegative(null, 'Caseload', 'such as 12')).missing).toBe(true);
  });

  it('whole numbers', () => {
    expect(args.optionalWhole(2, 'Headcount')).toBe(2);
    expect(args.optionalWhole(null, 'Headcount')).toBeNull();
    expect(thrown(() => args.optionalWhole(1.5, 'Headcount', 'Counted by head.')).message).toBe('Headcount must be a whole number; found 1.5. Counted by head.');
  });
});

describe('fte', () => {
  it.each([
    [0.5, 0.5],
    ['0.5', 0.5],
    ['50%', 0.5],
    [1, 1],
  ])('%p → %p', (input, expected) => expect(args.fte(input)).toBe(expected));

  it.each([0, 1.5, 50, -0.5, '150%'])('refuses %p', (v) => expect(thrown(() => args.fte(v)).message).toMatch(/above 0 and at most 1/));
  it('blank is missing', () => expect(thrown(() => args.fte(null)).missing).toBe(true));
});

describe('scheme, role, stage', () => {
  it.each([
    [null, 'Probation'],
    ['', 'Probation'],
    ['Probation', 'Probation'],
    ['probation service', 'Probation'],
    ['PO', 'Probation'],
    ['Police', 'Police'],
    ['POLICE', 'Police'],
    ['Constabulary', 'Police'],
    ['YOT PC', 'Police'],
  ])('scheme %p → %p', (input, expected) => expect(args.scheme(input)).toBe(expected));

  it('refuses an unknown scheme', () => {
    expect(thrown(() => args.scheme('Council')).message).toBe('Scheme "Council" is not one this add-in knows: use "Probation" or "Police".');
    expect(thrown(() => args.scheme(2)).message).toMatch(/must be text/);
  });

  it.each([
    ['PO', 'PO'],
    ['po', 'PO'],
    ['Probation Officer', 'PO'],
    ['PSO', 'PSO'],
    ['Probation Services Officer', 'PSO'],
    ['Police Officer', 'Police Officer'],
    ['PC', 'Police Officer'],
  ])('role %p → %p', (input, expected) => expect(args.role(input)).toBe(expected));

  it('role is required and must be known', () => {
    expect(thrown(() => args.role(null)).missing).toBe(true);
    expect(thrown(() => args.role('Manager')).message).toMatch(/"PO", "PSO" or "Police Officer"/);
  });

  it('vacancy role refuses police posts, citing §5.5', () => {
    expect(args.vacancyRole('PSO')).toBe('PSO');
    expect(thrown(() => args.vacancyRole('Police Officer')).message).toMatch(/NPF 2021 §5\.5/);
  });

  it.each([
    [4, 4],
    ['4', 4],
    ['Stage 4', 4],
    ['s5', 5],
    [1, 1],
  ])('stage %p → %p', (input, expected) => expect(args.stage(input)).toBe(expected));

  it.each([0, 6, 4.5, 'four', -1])('refuses stage %p', (v) => expect(thrown(() => args.stage(v)).message).toMatch(/from 1 to 5/));
  it('stage is required', () => expect(thrown(() => args.stage(null)).missing).toBe(true));
});

describe('extensionMonths (the EXITDATE / EXITPLANDATE argument, in years)', () => {
  it('blank is no extension', () => {
    expect(args.extensionMonths(null, 'Probation', RB)).toBe(0);
    expect(args.extensionMonths('', 'Police', RB)).toBe(0);
  });

  it('reads whole and part years, and text with a unit', () => {
    expect(args.extensionMonths(1, 'Probation', RB)).toBe(12);
    expect(args.extensionMonths(0.5, 'Probation', RB)).toBe(6);
    expect(args.extensionMonths('6 months', 'Probation', RB)).toBe(6);
    expect(args.extensionMonths('1 year', 'Probation', RB)).toBe(12);
    expect(args.extensionMonths(3, 'Police', RB)).toBe(36);
    expect(args.extensionMonths(1.5, 'Police', RB)).toBe(18);
  });

  it('refuses more than the maximum, naming the rule', () => {
    expect(thrown(() => args.extensionMonths(2, 'Probation', RB)).message).toBe(
      'Probation secondments are 2 years plus "up to, but not more than," 1 year; found 2 years – NPF 2021 §5.4, London Protocol 2010 §2.',
    );
    expect(thrown(() => args.extensionMonths(1.25, 'Probation', RB)).message).toMatch(/found 1 year 3 months/);
    expect(thrown(() => args.extensionMonths(4, 'Police', RB)).message).toBe(
      'Police secondments are 2 years, extended annually up to 5 years in all, so at most 36 months of extension; found 4 years – YOT Police Review 2010 §5.10.2.',
    );
  });

  it('refuses part months and negatives', () => {
    expect(thrown(() => args.extensionMonths(0.3, 'Probation', RB)).message).toMatch(/whole number of months; found 0.3/);
    expect(thrown(() => args.extensionMonths(-1, 'Probation', RB)).message).toMatch(/cannot be negative/);
  });
});
