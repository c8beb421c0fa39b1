import ExcelJS from 'exceljs';
import { loadWorkbookBytes } from '../../../../adapters/xlsx/read';
import { buildWorkbook, type RowInput, type WorkbookInput } from '../../../../../test/helpers/make-workbook';
import { NPF_2021 } from '../../../rulebook';
import { readRecords } from '../../../records/read';
import { d } from '../../../rules/testing';
import type { Finding } from '../../../rules/define';
import { validateRecords } from '../../../validate';
import type { PackInput } from '../../model';
import { compareQuarters, identity } from './model';

/** A real .xlsx written by exceljs and read back through the file adapter, validated on `asOf`. */
async function quarter(name: string, asOf: string, input: WorkbookInput): Promise<PackInput> {
  const wb: ExcelJS.Workbook = buildWorkbook(input);
  const bytes = await wb.xlsx.writeBuffer();
  const { raw } = await loadWorkbookBytes(new Uint8Array(bytes as ArrayBuffer), name);
  const { records, findings } = readRecords(raw);
  return { source: name, region: records.board.region ?? name, records, findings: validateRecords(records, findings, d(asOf), NPF_2021).findings };
}

const sec = (id: string, o: Partial<Record<string, string | number>> = {}): RowInput => ({
  'Secondment ID': id, Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Scheme: 'Probation', Role: 'PO', Band: 'Band 4', FTE: 1,
  'Start date': '01/04/2024', 'Extension years': 0, 'Actual end date': null as unknown as string, 'Vetting cleared': '01/03/2024', 'Authorised officer': 'Y', ...o,
});
const vac = (id: string, o: Partial<Record<string, string | number>> = {}): RowInput => ({
  'Vacancy ID': id, Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/03/2025', Reason: 'Leaver',
  'Stage 1 date': '01/03/2025', 'Stage 1 evidence': 'EOI', 'Stage 2 date': null as unknown as string, 'Stage 2 evidence': null as unknown as string,
  'Stage 3 date': null as unknown as string, 'Stage 3 evidence': null as unknown as string, 'Stage 4 date': null as unknown as string, 'Stage 4 evidence': null as unknown as string,
  'Filled date': null as unknown as string, 'Filled by': null as unknown as string, ...o,
});

/** Last quarter (as of 30/06/2025) and this quarter (as of 30/09/2025). */
async function pair() {
  const previous = await quarter('north-west-q1.xlsx', '30/06/2025', {
    board: { region: 'north  west', asOf: '30/06/2025' },
    secondments: [
      sec('NW-S1', { 'Authorised officer': 'N' }),
      sec('NW-S2', { 'Start date': '01/01/2024' }),
      sec('NW-S3'),
      sec('NW-S9'),
    ],
    vacancies: [
      vac('NW-V1', { 'Stage 2 date': '20/03/2025', 'Stage 2 evidence': 'Agency', 'Stage 3 date': '10/04/2025', 'Stage 3 evidence': 'Nil return' }),
      vac('NW-V2', { 'Vacant from': '01/05/2025', 'Stage 1 date': '01/05/2025', 'Stage 2 date': '20/05/2025', 'Stage 2 evidence': 'Agency' }),
      vac('nw-v3 '),
      vac('NW-V4'),
    ],
  });
  const current = await quarter('north-west-q2.xlsx', '30/09/2025', {
    board: { region: 'North West', asOf: '30/09/2025' },
    secondments: [
      sec('NW-S1'),
      sec('NW-S2', { 'Start date': '01/01/2024', 'Extension years': 1 }),
      sec('NW-S3', { 'Actual end date': '15/08/2025' }),
      sec('NW-S4', { 'Start date': '01/08/2025', 'Vetting cleared': '01/07/2025' }),
    ],
    vacancies: [
      vac('NW-V1', { 'Stage 2 date': '20/03/2025', 'Stage 2 evidence': 'Agency', 'Stage 3 date': '10/04/2025', 'Stage 3 evidence': 'Nil return', 'Filled date': '01/09/2025', 'Filled by': 'Probation' }),
      vac('NW-V2', {
        'Vacant from': '01/05/2025', 'Stage 1 date': '01/05/2025', 'Stage 2 date': '20/05/2025', 'Stage 2 evidence': 'Agency',
        'Stage 3 date': '10/06/2025', 'Stage 3 evidence': 'Nil return', 'Stage 4 date': '05/08/2025', 'Stage 4 evidence': 'Email to YOT',
      }),
      vac('NW-V3'),
      vac('NW-V5', { 'Vacant from': '01/08/2025', 'Stage 1 date': '01/08/2025' }),
    ],
  });
  return { previous, current };
}

describe('movement since the previous quarter, from a pair of workbooks', () => {
  it('finds a vacancy filled, one advanced from stage 2 to 4, one opened, a secondment started, one ended and one extended', async () => {
    const { previous, current } = await pair();
    const m = compareQuarters({ asOf: d('30/09/2025'), inputs: [current] }, { asOf: d('30/06/2025'), inputs: [previous] });
    expect(m.previous).toEqual({ asOf: d('30/06/2025'), quarter: '2025/26 Q1', sources: ['north-west-q1.xlsx'] });
    expect(m.secondments).toEqual({ started: ['NW-S4'], ended: ['NW-S3', 'NW-S9'], extended: ['NW-S2'] });
    expect(m.vacancies).toEqual({ opened: ['NW-V5'], filled: ['NW-V1'], closed: ['NW-V4'], advanced: ['NW-V2'] });

    const advanced = m.items.find((i) => i.change === 'advanced')!;
    expect([advanced.before, advanced.after]).toEqual([2, 4]);
    const extended = m.items.find((i) => i.change === 'extended')!;
    expect([extended.before, extended.after]).toEqual([0, 12]);
    expect(m.items.find((i) => i.id === 'NW-S3')).toMatchObject({ change: 'ended', date: d('15/08/2025'), gone: false });
    expect(m.items.find((i) => i.id === 'NW-S9')).toMatchObject({ change: 'ended', date: null, gone: true });
    expect(m.items.find((i) => i.id === 'NW-V1')).toMatchObject({ change: 'filled', date: d('01/09/2025') });
    expect(m.items.find((i) => i.id === 'NW-V4')).toMatchObject({ change: 'closed', gone: true });

    // The regions "north  west" and "North West" are one region; "nw-v3 " and "NW-V3" one vacancy (no movement).
    expect(m.regions.map((r) => r.region)).toEqual(['North West']);
    expect(m.unmatched).toEqual({ current: [], previous: [] });
    expect(m.items.some((i) => identity(i.id) === 'NW-V3')).toBe(false);
  });

  it('counts findings new, resolved and carried, and they add up to each quarter’s findings', async () => {
    const { previous, current } = await pair();
    const m = compareQuarters({ asOf: d('30/09/2025'), inputs: [current] }, { asOf: d('30/06/2025'), inputs: [previous] });
    expect(m.findings.new + m.findings.carried).toBe(current.findings.length);
    expect(m.findings.resolved + m.findings.carried).toBe(previous.findings.length);
    // NW-S1 was not authorised last quarter (secondment/not-authorised) and is now: that finding is resolved.
    expect(previous.findings.some((f) => f.rule === 'secondment/not-authorised' && f.key === 'NW-S1')).toBe(true);
    expect(current.findings.some((f) => f.rule === 'secondment/not-authorised' && f.key === 'NW-S1')).toBe(false);
    expect(m.findings.resolved).toBeGreaterThanOrEqual(1);
  });
});

describe('matching', () => {
  const f = (rule: string, key: string | null, row: number, cell: string | null = `A${row}`): Finding => ({
    rule, severity: 'error', table: 'Secondments', sheet: 'Secondments', row, column: 'FTE', cell, col: 1, key, messageId: 'm', data: {}, message: 'x', citation: 'NPF 2021 §5.4',
  });
  const input = (region: string, findings: Finding[]): PackInput => ({
    source: `${region}.xlsx`, region, findings,
    records: { source: '', secondments: [], vacancies: [], allocations: [], disputes: [], actions: [], board: { region, meetingDate: null, trackerSubmitted: null, asOf: null, cells: {}, invalid: new Set() }, layouts: {}, present: new Set() },
  });

  it('carries a finding whose row moved but whose record ID is the same (in any case), and counts repeats once each', () => {
    const m = compareQuarters(
      { asOf: d('30/09/2025'), inputs: [input('Wales', [f('r/a', 'W-1', 9), f('r/b', 'W-2', 10), f('r/b', 'W-2', 10)])] },
      { asOf: d('30/06/2025'), inputs: [input(' WALES ', [f('r/a', 'w-1', 5), f('r/b', 'W-2', 6), f('r/c', 'W-3', 7)])] },
    );
    expect(m.findings).toEqual({ new: 1, resolved: 1, carried: 2 });
  });

  it('compares only regions in both quarters, and says which were left out', () => {
    const m = compareQuarters({ asOf: d('30/09/2025'), inputs: [input('Wales', []), input('London', [])] }, { asOf: d('30/06/2025'), inputs: [input('Wales', []), input('North East', [])] });
    expect(m.regions.map((r) => r.region)).toEqual(['Wales']);
    expect(m.unmatched).toEqual({ current: ['London'], previous: ['North East'] });
  });

  it('reads identities without case or spacing', () => {
    expect(identity('  Wirral   yjs ')).toBe(identity('WIRRAL YJS'));
    expect(identity('Wirral YJS')).not.toBe(identity('Wirral'));
  });
});
