/**
 * The BUILT custom functions, loaded the way Excel loads them: dist/functions.js
 * runs with a global CustomFunctions, registers each function with
 * CustomFunctions.associate, and Excel calls it by id. Also checks
 * dist/functions.json, the metadata Excel reads. Needs `npm run build:addin`
 * (webpack --mode production) first.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fromYmd } from '../../src/core/dates';

const DIST = path.resolve(__dirname, '../../dist');
const BUNDLE = path.join(DIST, 'functions.js');
const METADATA = path.join(DIST, 'functions.json');

/** A stand-in for CustomFunctions.Error, as the real one: a code and a message. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

type Fn = (...args: unknown[]) => unknown;
const registered = new Map<string, Fn>();
const registrations: string[] = [];

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; type: string; optional?: boolean; description?: string; dimensionality?: string }[];
    result: { type: string };
    options?: Record<string, unknown>;
  }[];
}
let metadata: Metadata;

beforeAll(() => {
  if (!fs.existsSync(BUNDLE) || !fs.existsSync(METADATA)) {
    throw new Error('dist/functions.js or dist/functions.json is missing: run `npm run build:addin` (webpack --mode production) before this test.');
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate(id: string, fn: Fn) {
      registrations.push(id);
      registered.set(id.toUpperCase(), fn);
    },
    Error: StubError,
    ErrorCode,
  };
  jest.isolateModules(() => {
    jest.requireActual(BUNDLE);
  });
  metadata = JSON.parse(fs.readFileSync(METADATA, 'utf8')) as Metadata;
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

/** Call a function by its Excel id, as Excel does (a left-out optional argument is null). */
function call(id: string, ...args: unknown[]): unknown {
  const fn = registered.get(id);
  if (!fn) throw new Error(`YOT.${id} is not registered`);
  return fn(...args);
}

/** The CustomFunctions.Error a call throws. */
function excelError(id: string, ...args: unknown[]): StubError {
  try {
    call(id, ...args);
  } catch (e) {
    expect(e).toBeInstanceOf(StubError);
    return e as StubError;
  }
  throw new Error(`YOT.${id}(${args.map((a) => JSON.stringify(a)).join(', ')}) did not give an error`);
}

const d = fromYmd;

describe('registration', () => {
  const EXPECTED = [
    'FTE', 'PSOFTE', 'DEPRIVATION', 'FEE', 'EXITDATE', 'EXITPLANDATE', 'REVIEWDATE',
    'VACANCYSTAGE', 'STAGEDATE', 'FUNDABLE', 'ESCALATIONDATE', 'FY', 'FYQUARTER',
  ];

  it('registers every function exactly once', () => {
    expect([...registrations].sort()).toEqual([...EXPECTED].sort());
  });

  it('registers exactly the functions in functions.json', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...registrations].sort());
  });

  it('keeps React, Fluent UI and exceljs out of the functions bundle', () => {
    const bundle = fs.readFileSync(BUNDLE, 'utf8');
    expect(bundle).not.toMatch(/react|fluentui|exceljs/i);
  });
});

describe('functions.json', () => {
  const PARAMETERS: Record<string, [name: string, optional: boolean][]> = {
    FTE: [['caseload', false], ['syvShare', true], ['deprivationIndex', true]],
    PSOFTE: [['yotCount', false]],
    DEPRIVATION: [
      ['factor1', false], ['factor2', false], ['factor3', false], ['factor4', false],
      ['factor5', false], ['factor6', false], ['factor7', true],
    ],
    FEE: [['role', false], ['headcount', true]],
    EXITDATE: [['startDate', false], ['extensionYears', true], ['scheme', true]],
    EXITPLANDATE: [['startDate', false], ['extensionYears', true], ['scheme', true]],
    REVIEWDATE: [['startDate', false]],
    VACANCYSTAGE: [['vacantFrom', false], ['asOf', true], ['stage4Date', true]],
    STAGEDATE: [['vacantFrom', false], ['stage', false], ['stage4Date', true]],
    FUNDABLE: [['role', false], ['fte', false]],
    ESCALATIONDATE: [['raisedDate', false]],
    FY: [['date', false]],
    FYQUARTER: [['date', false]],
  };
  const RESULTS: Record<string, string> = { FUNDABLE: 'boolean', FY: 'string', FYQUARTER: 'string' };

  it('lists every function', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(PARAMETERS).sort());
  });

  it.each(Object.keys(PARAMETERS))('%s: name, parameters, optional flags, result, description', (id) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.name).toBe(id);
    expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(PARAMETERS[id]);
    // "any": the functions read dates given as text and percentages themselves.
    for (const p of f.parameters) {
      expect(p.type).toBe('any');
      expect(p.dimensionality ?? 'scalar').toBe('scalar');
      expect(p.description).toBeTruthy();
    }
    expect(f.result.type).toBe(RESULTS[id] ?? 'number');
    expect((f.description ?? '').length).toBeGreaterThan(30);
  });

  it('has no volatile function (and no other options)', () => {
    for (const f of metadata.functions) expect(f.options).toBeUndefined();
  });
});

describe('YOT.EXITDATE and YOT.EXITPLANDATE (NPF 2021 §5.4)', () => {
  it('is the day before the anniversary, the extension in years (part years allowed)', () => {
    expect(call('EXITDATE', d(2023, 4, 1), null, null)).toBe(d(2025, 3, 31));
    expect(call('EXITDATE', d(2023, 4, 1), 1, null)).toBe(d(2026, 3, 31));
    expect(call('EXITDATE', d(2023, 4, 1), 1, 'Probation')).toBe(d(2026, 3, 31));
    expect(call('EXITDATE', d(2023, 4, 1), 0.5, null)).toBe(d(2025, 9, 30));
    expect(call('EXITDATE', d(2023, 4, 1), '6 months', null)).toBe(d(2025, 9, 30));
    expect(call('EXITDATE', d(2023, 8, 31), 0.5, null)).toBe(d(2026, 2, 28));
    expect(call('EXITDATE', d(2026, 3, 1), null, null)).toBe(d(2028, 2, 29));
  });

  it('29 February start: the anniversary is 01/03/2026, so the last day is 28/02/2026', () => {
    expect(call('EXITDATE', d(2024, 2, 29), null, null)).toBe(d(2026, 2, 28));
    expect(call('EXITDATE', '29/02/2024')).toBe(d(2026, 2, 28));
  });

  it('reads UK and ISO text dates', () => {
    for (const text of ['01/04/2023', '1/4/23', '2023-04-01', '1 Apr 2023', '1 April 2023']) {
      expect(call('EXITDATE', text, null, null)).toBe(d(2025, 3, 31));
    }
  });

  it('extension at the scheme maximum is fine; over it is an error naming the rule', () => {
    expect(call('EXITDATE', d(2023, 4, 1), 1, 'Probation')).toBe(d(2026, 3, 31));
    expect(call('EXITDATE', d(2020, 4, 1), 3, 'Police')).toBe(d(2025, 3, 31));
    const probation = excelError('EXITDATE', d(2023, 4, 1), 2, 'Probation');
    expect(probation.code).toBe('#VALUE!');
    expect(probation.message).toBe('Probation secondments are 2 years plus "up to, but not more than," 1 year; found 2 years – NPF 2021 §5.4, London Protocol 2010 §2.');
    const police = excelError('EXITDATE', d(2020, 4, 1), 4, 'Police');
    expect(police.code).toBe('#VALUE!');
    expect(police.message).toMatch(/Police secondments are 2 years, extended annually up to 5 years in all.*§5\.10\.2/);
  });

  it('refuses bad extensions and schemes', () => {
    expect(excelError('EXITDATE', d(2023, 4, 1), 0.3, null).message).toMatch(/whole number of months/);
    expect(excelError('EXITDATE', d(2023, 4, 1), -1, null).message).toMatch(/cannot be negative/);
    expect(excelError('EXITDATE', d(2023, 4, 1), 'one', null).message).toMatch(/Extension should be in years/);
    expect(excelError('EXITDATE', d(2023, 4, 1), null, 'Council').message).toMatch(/"Probation" or "Police"/);
  });

  it('blank start date is #N/A; impossible, text and negative dates are #VALUE!', () => {
    for (const blank of [null, '', 0]) {
      const e = excelError('EXITDATE', blank, null, null);
      expect(e.code).toBe('#N/A');
      expect(e.message).toMatch(/Start date is blank/);
    }
    expect(excelError('EXITDATE', '31/04/2025', null, null)).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/not a calendar date/) });
    expect(excelError('EXITDATE', '04/13/2025', null, null).code).toBe('#VALUE!');
    expect(excelError('EXITDATE', 'TBC', null, null).message).toMatch(/"TBC" is not a date/);
    expect(excelError('EXITDATE', -5, null, null).message).toMatch(/not a date Excel can show/);
  });

  it('the answer must be a date Excel can show', () => {
    expect(excelError('EXITDATE', d(9999, 1, 1), null, null).message).toMatch(/outside the dates Excel can show/);
  });

  it('exit planning is due 6 months before the last day', () => {
    expect(call('EXITPLANDATE', d(2023, 4, 1), null, null)).toBe(d(2024, 9, 30));
    expect(call('EXITPLANDATE', d(2023, 4, 1), 1, null)).toBe(d(2025, 9, 30));
    expect(call('EXITPLANDATE', d(2024, 2, 29), null, null)).toBe(d(2025, 8, 28));
    expect(call('EXITPLANDATE', d(2023, 4, 1), 0.5, null)).toBe(d(2025, 3, 30));
    expect(excelError('EXITPLANDATE', d(2023, 4, 1), 2, null).message).toMatch(/NPF 2021 §5\.4/);
  });
});

describe('YOT.REVIEWDATE (London Protocol 2010 §2)', () => {
  it('is EDATE(start, 6), clamped at the month end', () => {
    expect(call('REVIEWDATE', d(2025, 1, 5))).toBe(d(2025, 7, 5));
    expect(call('REVIEWDATE', d(2025, 8, 31))).toBe(d(2026, 2, 28));
    expect(excelError('REVIEWDATE', null).code).toBe('#N/A');
  });
});

describe('YOT.VACANCYSTAGE and YOT.STAGEDATE (NPF 2021 §5.5)', () => {
  const vacant = d(2025, 1, 31);

  it('31st-of-month vacancy: stage 4 from 30/04/2025, stage 5 from 31/05/2025', () => {
    expect(call('STAGEDATE', vacant, 4, null)).toBe(d(2025, 4, 30));
    expect(call('STAGEDATE', vacant, 5, null)).toBe(d(2025, 5, 31));
    expect(call('STAGEDATE', '31/01/2025', 'Stage 4', null)).toBe(d(2025, 4, 30));
    for (const stage of [1, 2, 3]) expect(call('STAGEDATE', vacant, stage, null)).toBe(vacant);
  });

  it('stage 5 a month after stage 4, with no second floor from the vacancy date', () => {
    expect(call('STAGEDATE', vacant, 5, d(2025, 5, 15))).toBe(d(2025, 6, 15));
    expect(call('STAGEDATE', vacant, 5, d(2025, 4, 30))).toBe(d(2025, 5, 30));
    expect(call('STAGEDATE', d(2025, 8, 31), 5, d(2025, 11, 30))).toBe(d(2025, 12, 30));
    expect(call('VACANCYSTAGE', d(2025, 8, 31), d(2025, 12, 30), d(2025, 11, 30))).toBe(5);
    expect(call('VACANCYSTAGE', d(2025, 8, 31), d(2025, 12, 29), d(2025, 11, 30))).toBe(4);
  });

  it('exactly 3 and exactly 4 months', () => {
    expect(call('VACANCYSTAGE', vacant, d(2025, 4, 29), null)).toBe(3);
    expect(call('VACANCYSTAGE', vacant, d(2025, 4, 30), null)).toBe(4);
    expect(call('VACANCYSTAGE', vacant, d(2025, 5, 30), null)).toBe(4);
    expect(call('VACANCYSTAGE', vacant, d(2025, 5, 31), null)).toBe(5);
    expect(call('VACANCYSTAGE', d(2025, 1, 15), d(2025, 4, 15), null)).toBe(4);
    expect(call('VACANCYSTAGE', d(2025, 1, 15), d(2025, 5, 15), null)).toBe(5);
    expect(call('VACANCYSTAGE', vacant, vacant, null)).toBe(3);
  });

  it('with a stage 4 date, stage 5 comes a month after it', () => {
    expect(call('VACANCYSTAGE', vacant, d(2025, 6, 14), d(2025, 5, 15))).toBe(4);
    expect(call('VACANCYSTAGE', vacant, d(2025, 6, 15), d(2025, 5, 15))).toBe(5);
  });

  it('a stage 4 dated too early still gives the answer: stage 5 a month after it (vacancy/stage4-too-early reports the date)', () => {
    // 31/01/2025 vacant, stage 4 on 29/04/2025 (a day early): stage 5 from 29/05/2025.
    expect(call('STAGEDATE', vacant, 5, d(2025, 4, 29))).toBe(d(2025, 5, 29));
    expect(call('VACANCYSTAGE', vacant, d(2025, 5, 28), d(2025, 4, 29))).toBe(4);
    expect(call('VACANCYSTAGE', vacant, d(2025, 5, 29), d(2025, 4, 29))).toBe(5);
  });

  it('as-of before the post fell vacant is an error', () => {
    expect(excelError('VACANCYSTAGE', vacant, d(2025, 1, 30), null).message).toBe('The as-of date 30/01/2025 is before the post fell vacant on 31/01/2025.');
  });

  it('as-of left out is today (the local date)', () => {
    jest.useFakeTimers({ now: new Date(2025, 3, 29, 23, 30) });
    try {
      expect(call('VACANCYSTAGE', vacant, null, null)).toBe(3);
      jest.setSystemTime(new Date(2025, 3, 30, 0, 30));
      expect(call('VACANCYSTAGE', vacant, null, null)).toBe(4);
      expect(call('VACANCYSTAGE', vacant, '', null)).toBe(4);
      expect(call('VACANCYSTAGE', vacant, 0, null)).toBe(4);
    } finally {
      jest.useRealTimers();
    }
  });

  it('bad stages and dates', () => {
    expect(excelError('STAGEDATE', vacant, 6, null).message).toMatch(/from 1 to 5/);
    expect(excelError('STAGEDATE', vacant, 0, null).code).toBe('#VALUE!');
    expect(excelError('STAGEDATE', vacant, null, null).code).toBe('#N/A');
    expect(excelError('STAGEDATE', null, 4, null).code).toBe('#N/A');
    expect(excelError('VACANCYSTAGE', '31/02/2025', null, null).message).toMatch(/not a calendar date/);
  });
});

describe('YOT.FTE, YOT.PSOFTE, YOT.DEPRIVATION (NPF 2021 §5.1)', () => {
  it('caseload ÷ 20, with a 0.5 FTE minimum', () => {
    expect(call('FTE', 12, null, null)).toBeCloseTo(0.6, 12);
    expect(call('FTE', 5, null, null)).toBe(0.5);
    expect(call('FTE', 0, null, null)).toBe(0.5);
  });

  it('SYV share as 15 or 0.15 (or "15%") is level 2 = 10%', () => {
    expect(call('FTE', 20, 15, null)).toBeCloseTo(1.1, 12);
    expect(call('FTE', 20, 0.15, null)).toBeCloseTo(1.1, 12);
    expect(call('FTE', 20, '15%', null)).toBeCloseTo(1.1, 12);
    expect(call('FTE', 20, 10, null)).toBeCloseTo(1.05, 12);
    expect(call('FTE', 20, 100, null)).toBeCloseTo(1.5, 12);
  });

  it('deprivation uplift, banded like SYV (Assumption A1)', () => {
    expect(call('FTE', 20, null, 0.35)).toBeCloseTo(1.2, 12);
    expect(call('FTE', 20, 15, 35)).toBeCloseTo(1.3, 12);
  });

  it('refuses negative, over 100% and text; blank caseload is #N/A', () => {
    expect(excelError('FTE', -1, null, null).message).toMatch(/Caseload cannot be negative/);
    expect(excelError('FTE', 20, 150, null).message).toMatch(/SYV share cannot be more than 100%/);
    expect(excelError('FTE', 20, -5, null).message).toMatch(/SYV share cannot be negative/);
    expect(excelError('FTE', 'twelve', null, null).message).toMatch(/Caseload must be a number/);
    expect(excelError('FTE', null, null, null).code).toBe('#N/A');
  });

  it('PSO FTE: 0.3 per YOT', () => {
    expect(call('PSOFTE', 1)).toBeCloseTo(0.3, 12);
    expect(call('PSOFTE', 3)).toBeCloseTo(0.9, 12);
    expect(excelError('PSOFTE', 0).message).toMatch(/1 or more/);
    expect(excelError('PSOFTE', 1.5).message).toMatch(/whole number/);
    expect(excelError('PSOFTE', null).code).toBe('#N/A');
  });

  it('deprivation index: mean of 6 (England) or 7 (Wales) factors', () => {
    expect(call('DEPRIVATION', 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, null)).toBeCloseTo(0.35, 12);
    expect(call('DEPRIVATION', 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)).toBeCloseTo(0.4, 12);
    expect(call('DEPRIVATION', 10, 20, 30, 40, 50, 60, null)).toBeCloseTo(0.35, 12);
    const missing = excelError('DEPRIVATION', 0.1, 0.2, 0.3, 0.4, 0.5, null, null);
    expect(missing.code).toBe('#N/A');
    expect(missing.message).toMatch(/Factor 6 is blank/);
    expect(excelError('DEPRIVATION', 0.1, 0.2, 0.3, 0.4, 0.5, -0.6, null).message).toMatch(/Factor 6 cannot be negative/);
  });
});

describe('YOT.FEE (NPF 2021 §5.4)', () => {
  it('£5,000 per PO by head; none for PSOs or police officers', () => {
    expect(call('FEE', 'PO', null)).toBe(5000);
    expect(call('FEE', 'PO', 2)).toBe(10000);
    expect(call('FEE', 'Probation Officer', 2)).toBe(10000);
    expect(call('FEE', 'PSO', 3)).toBe(0);
    expect(call('FEE', 'Police Officer', null)).toBe(0);
  });

  it('uses a region’s rulebook saved in the workbook’s settings (loaded in the Rules view), and NPF 2021 again without it', () => {
    const settings = new Map<string, unknown>([['yot.rulebook', { base: 'npf-2021', values: { managementFeePerPo: 5250 }, fileName: 'nw.json' }]]);
    const g = globalThis as Record<string, unknown>;
    g['Office'] = { context: { document: { settings: { get: (k: string) => settings.get(k) } } } };
    try {
      expect(call('FEE', 'PO', 2)).toBe(10500);
      // A damaged setting never gives a wrong number: the default rulebook.
      settings.set('yot.rulebook', { base: 'npf-2021', values: { managementFeePerPo: 'lots' } });
      expect(call('FEE', 'PO', 2)).toBe(10000);
      settings.delete('yot.rulebook');
      expect(call('FEE', 'PO', 2)).toBe(10000);
    } finally {
      delete g['Office'];
    }
  });

  it('headcount is people, not FTE', () => {
    expect(excelError('FEE', 'PO', 1.5).message).toMatch(/whole number.*by head, not FTE.*NPF 2021 §5\.4/);
    expect(excelError('FEE', 'PO', -1).message).toMatch(/cannot be negative/);
    expect(excelError('FEE', 'Manager', null).message).toMatch(/"PO", "PSO" or "Police Officer"/);
    expect(excelError('FEE', null, null).code).toBe('#N/A');
  });
});

describe('YOT.FUNDABLE (NPF 2021 §5.5)', () => {
  it('PSO posts under 0.5 FTE are not funded at stages 4–5', () => {
    expect(call('FUNDABLE', 'PSO', 0.4)).toBe(false);
    expect(call('FUNDABLE', 'PSO', 0.5)).toBe(true);
    expect(call('FUNDABLE', 'PSO', '50%')).toBe(true);
    expect(call('FUNDABLE', 'PO', 0.2)).toBe(true);
  });

  it('refuses FTE outside (0, 1] and police posts', () => {
    expect(excelError('FUNDABLE', 'PSO', 1.5).message).toMatch(/at most 1/);
    expect(excelError('FUNDABLE', 'PSO', 0).message).toMatch(/above 0/);
    expect(excelError('FUNDABLE', 'PSO', null).code).toBe('#N/A');
    expect(excelError('FUNDABLE', 'Police Officer', 1).message).toMatch(/NPF 2021 §5\.5/);
  });
});

describe('YOT.ESCALATIONDATE (NPF 2021 §9)', () => {
  it('is 28 days after the dispute was raised', () => {
    expect(call('ESCALATIONDATE', d(2025, 1, 10))).toBe(d(2025, 2, 7));
    expect(call('ESCALATIONDATE', '10/01/2025')).toBe(d(2025, 2, 7));
    expect(excelError('ESCALATIONDATE', null).code).toBe('#N/A');
  });
});

describe('YOT.FY and YOT.FYQUARTER', () => {
  it('financial year 1 April – 31 March', () => {
    expect(call('FY', d(2025, 9, 30))).toBe('2025/26');
    expect(call('FY', d(2026, 3, 31))).toBe('2025/26');
    expect(call('FY', d(2026, 4, 1))).toBe('2026/27');
    expect(call('FY', '2025-04-01')).toBe('2025/26');
  });

  it('quarters Q1 Apr–Jun … Q4 Jan–Mar', () => {
    expect(call('FYQUARTER', d(2025, 9, 30))).toBe('2025/26 Q2');
    expect(call('FYQUARTER', d(2025, 4, 1))).toBe('2025/26 Q1');
    expect(call('FYQUARTER', d(2026, 1, 1))).toBe('2025/26 Q4');
    expect(excelError('FYQUARTER', 'TBC').code).toBe('#VALUE!');
  });
});

describe('unexpected failures', () => {
  it('become #VALUE! with a plain message, never a bare error', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new TypeError('cannot read this value');
        },
        has() {
          throw new TypeError('cannot read this value');
        },
      },
    );
    const e = excelError('EXITDATE', hostile, null, null);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'YOT.EXITDATE could not work this out (cannot read this value). Check the arguments; if they look right, tell whoever supports the add-in.',
    );
  });
});
