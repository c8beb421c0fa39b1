/**
 * Property-based tests (fast-check) for the parsers that read what users type:
 * dates, numbers and the other cell types, and headers. No input throws; none
 * takes time that grows faster than its length (measured as relative growth
 * with a generous factor, never as an absolute limit); day-first dates read back
 * as the day they were written from.
 */
import fc from 'fast-check';
import { formatUk, MAX_SERIAL, MIN_SERIAL, parseDate, toYmd } from '../dates';
import { matchHeader } from './read';
import { TABLE_SPECS } from './schema';
import type { FieldType } from './schema';
import { readCell, readNumber } from './values';
import type { Cell } from './types';

const TYPES: FieldType[] = [];
for (const spec of Object.values(TABLE_SPECS)) for (const f of spec.fields) if (!TYPES.some((t) => t.kind === f.type.kind)) TYPES.push(f.type);

/** Text users might type, and text built to be awkward: digits, separators, brackets, £, %, spaces of every kind. */
const awkward = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'0123456789,.-/£% ()\u00a0\u2009\ttTsStndrdAprilBbandSstage'.split('')), maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(awkward, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

describe('no parser throws', () => {
  it('parseDate', () => {
    fc.assert(fc.property(awkward, (s) => {
      const p = parseDate(s);
      expect(typeof p.ok).toBe('boolean');
    }), { numRuns: 2000 });
  });

  it('readNumber', () => {
    fc.assert(fc.property(cell, (c) => {
      const r = readNumber(c);
      if (r !== null) expect(Number.isFinite(r.n)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('readCell for every field type: a value, or a finding, and numbers always finite', () => {
    fc.assert(fc.property(cell, fc.constantFrom(...TYPES), (c, type) => {
      const r = readCell(c, type);
      if (r.ok && typeof r.value === 'number') expect(Number.isFinite(r.value)).toBe(true);
      if (!r.ok) expect(['data/invalid-date', 'data/invalid-value']).toContain(r.rule);
    }), { numRuns: 3000 });
  });

  it('matchHeader', () => {
    fc.assert(fc.property(awkward, (h) => {
      const f = matchHeader(TABLE_SPECS.Secondments, h);
      expect(f === undefined || f === 'ignore' || typeof f.key === 'string').toBe(true);
    }), { numRuns: 2000 });
  });
});

describe('day-first dates round-trip', () => {
  const day = fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL });
  it('dd/mm/yyyy reads back as the same day', () => {
    fc.assert(fc.property(day, (d) => {
      expect(parseDate(formatUk(d))).toEqual({ ok: true, day: d });
    }), { numRuns: 3000 });
  });

  it('d/m/yyyy, d-m-yyyy and d.m.yyyy, unpadded, read back as the same day', () => {
    fc.assert(fc.property(day, fc.constantFrom('/', '-', '.'), (d, sep) => {
      const { year, month, day: dd } = toYmd(d);
      expect(parseDate(`${dd}${sep}${month}${sep}${year}`)).toEqual({ ok: true, day: d });
    }), { numRuns: 3000 });
  });

  it('the day always comes first: a day above 12 in the month place is never read as a US date', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 31 }), fc.integer({ min: 1901, max: 9999 }), (d, m, y) => {
      expect(parseDate(`${d}/${m}/${y}`).ok).toBe(false);
    }));
  });
});

/**
 * How much longer the parser takes on an input 16 times as long: a linear
 * parser about 16 times (a capped one about 1), a quadratic one about 256. Each
 * size is run enough times to be measurable, best of five.
 */
function growth(parse: (s: string) => unknown, make: (n: number) => string): number {
  const small = make(4_000);
  const large = make(64_000);
  const time = (s: string, reps: number) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < reps; i++) parse(s);
      best = Math.min(best, Number(process.hrtime.bigint() - t0));
    }
    return best;
  };
  // Enough repetitions that the small input takes a measurable time (at least ~2 ms).
  let reps = 1;
  while (time(small, reps) < 2e6 && reps < 1 << 16) reps *= 2;
  return time(large, reps) / Math.max(1, time(small, reps));
}

describe('no parser takes super-linear time', () => {
  // Linear growth is 16; quadratic would be 256. 64 leaves room for a noisy, shared machine.
  const LIMIT = 64;
  it.each<[string, (s: string) => unknown, (n: number) => string]>([
    ['readNumber on digits then a letter', readNumber, (n) => `${'1'.repeat(n)}x`],
    ['readNumber on £ and spaces', readNumber, (n) => `£${' '.repeat(n)}x`],
    ['readNumber on digit groups', readNumber, (n) => `${'1,'.repeat(n / 2)}x`],
    ['readNumber on spaces between digits', readNumber, (n) => `£${'1 '.repeat(n / 2)}%x`],
    ['parseDate on digits', parseDate, (n) => '1'.repeat(n)],
    ['parseDate on "1 " repeated', parseDate, (n) => '1 '.repeat(n / 2)],
    ['parseDate on a day then dashes', parseDate, (n) => `1${'-'.repeat(n)}x`],
    ['readCell (date) on slashes', (s) => readCell(s, { kind: 'date' }), (n) => '1/'.repeat(n / 2)],
    ['readCell (money) on nines', (s) => readCell(s, { kind: 'money' }), (n) => `£${'9'.repeat(n)}`],
    ['readCell (band) on spaces', (s) => readCell(s, { kind: 'band' }), (n) => `band${' '.repeat(n)}x`],
    ['matchHeader on brackets', (s) => matchHeader(TABLE_SPECS.Secondments, s), (n) => '('.repeat(n)],
    ['matchHeader on spaces before a unit', (s) => matchHeader(TABLE_SPECS.Secondments, s), (n) => `Start${' '.repeat(n)}(date`],
    ['matchHeader on a unit of close brackets', (s) => matchHeader(TABLE_SPECS.Secondments, s), (n) => `Start (${')'.repeat(n)}`],
  ])('%s', (_name, parse, make) => {
    expect(growth(parse, make)).toBeLessThan(LIMIT);
  });
});
