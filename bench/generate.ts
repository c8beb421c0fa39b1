/**
 * Synthetic national workbooks for the benchmark: 12 regions, ~110 PDUs, ~155
 * youth justice services, secondments and vacancies in a realistic mix, with a
 * realistic sprinkling of breaches (about one row in twelve). Deterministic:
 * the same size and seed give the same workbook.
 */
import ExcelJS from 'exceljs';
import { addMonths, fromYmd, toUtcDate, formatUk, type Day } from '../src/core/dates';

const REGIONS = [
  'North West', 'North East', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England',
  'London', 'Kent, Surrey and Sussex', 'South West', 'South Central', 'Greater Manchester', 'Wales',
];

/** A small, fast, seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Organisation {
  region: string;
  pdu: string;
  yot: string;
  nation: 'England' | 'Wales';
}

export function organisations(): Organisation[] {
  const out: Organisation[] = [];
  let pduNo = 0;
  let yotNo = 0;
  for (const region of REGIONS) {
    const pdus = region === 'London' ? 14 : 9;
    for (let p = 0; p < pdus; p++) {
      pduNo++;
      const yots = (pduNo % 3) + 1 > 1 ? ((pduNo * 7) % 2) + 1 : 1;
      for (let y = 0; y < yots; y++) {
        yotNo++;
        out.push({ region, pdu: `${region} PDU ${p + 1}`, yot: `YJS ${yotNo}`, nation: region === 'Wales' ? 'Wales' : 'England' });
      }
    }
  }
  return out;
}

export interface GeneratedCounts {
  secondments: number;
  vacancies: number;
  allocations: number;
  disputes: number;
  yots: number;
  pdus: number;
}

export const SEC_HEADERS = [
  'Secondment ID', 'Region', 'PDU', 'YOT', 'Nation', 'Scheme', 'Role', 'Band', 'Secondee', 'FTE', 'Start date',
  'Extension years', 'Planned end date', 'Actual end date', 'Vetting cleared', 'Authorised officer', 'PPDA agreed',
  'Six-month review', 'Last three-way review', 'Exit planning meeting',
];
export const VAC_HEADERS = [
  'Vacancy ID', 'Region', 'PDU', 'YOT', 'Nation', 'Role', 'FTE', 'Vacant from', 'Reason', 'Current stage',
  'Stage 1 date', 'Stage 1 evidence', 'Stage 2 date', 'Stage 2 evidence', 'Stage 3 date', 'Stage 3 evidence',
  'Stage 4 date', 'Stage 4 evidence', 'Stage 5 date', 'Stage 5 evidence', 'YOT informed', 'Temp invoice',
  'Reimbursement claimed', 'Filled date', 'Filled by', 'Temp cover ended',
];

export const ALLOC_HEADERS = ['YOT', 'PDU', 'Region', 'Nation', 'Caseload', 'SYV share', 'Deprivation index'];
export const DISPUTE_HEADERS = ['Dispute ID', 'YOT', 'Raised', 'Escalated', 'Resolved', 'Reported to YOGB', 'Summary'];

type Row = (string | number | Date | null)[];

export const BENCH_AS_OF: Day = fromYmd(2025, 9, 30);

/** The rows of a national workbook of about `rows` secondment + vacancy rows (70/30). */
export function generateRows(rows: number, seed = 2021): { secondments: Row[]; vacancies: Row[]; allocations: Row[]; disputes: Row[]; counts: GeneratedCounts } {
  const rand = rng(seed + rows);
  const orgs = organisations();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const date = (d: Day | null): Date | null => (d === null ? null : toUtcDate(d));
  const nSec = Math.round(rows * 0.7);
  const nVac = rows - nSec;
  const secondments: Row[] = [];
  for (let i = 0; i < nSec; i++) {
    const o = orgs[i % orgs.length]!;
    const police = rand() < 0.08;
    const role = police ? 'Police Officer' : rand() < 0.75 ? 'PO' : 'PSO';
    const start = fromYmd(2021, 1, 1) + Math.floor(rand() * 1700);
    const breach = rand();
    const ext = police ? Math.floor(rand() * 3) : breach < 0.01 ? 2 : rand() < 0.3 ? 1 : 0;
    const lastDay = addMonths(start, 12 * (2 + ext)) - 1;
    const ended = lastDay < BENCH_AS_OF && rand() < 0.85 ? lastDay - Math.floor(rand() * 30) : null;
    const vetting = breach > 0.01 && breach < 0.02 ? start + 10 : start - 20 - Math.floor(rand() * 40);
    const review = breach > 0.02 && breach < 0.04 ? null : addMonths(start, 5);
    const threeWay = Math.min(BENCH_AS_OF - Math.floor(rand() * 120), ended ?? BENCH_AS_OF);
    secondments.push([
      `${o.region.slice(0, 2).toUpperCase()}-S${String(i + 1).padStart(6, '0')}`, o.region, o.pdu, o.yot, o.nation,
      police ? 'Police' : 'Probation', role, police ? null : role === 'PO' ? (breach > 0.04 && breach < 0.05 ? 'Band 3' : 'Band 4') : 'Band 3',
      `Secondee ${i + 1}`, pick([1, 1, 1, 0.8, 0.6, 0.5]), date(start), ext, date(lastDay), date(ended), date(vetting),
      police ? null : breach > 0.05 && breach < 0.055 ? 'N' : 'Y',
      breach > 0.055 && breach < 0.06 ? '31/04/2024' : date(addMonths(start, 1) - 3), date(review), date(threeWay),
      lastDay - BENCH_AS_OF < 200 ? date(addMonths(lastDay, -7)) : null,
    ]);
  }
  const vacancies: Row[] = [];
  for (let i = 0; i < nVac; i++) {
    const o = orgs[(i * 7) % orgs.length]!;
    const vacantFrom = fromYmd(2024, 6, 1) + Math.floor(rand() * 450);
    const breach = rand();
    const role = rand() < 0.7 ? 'PO' : 'PSO';
    const fte = role === 'PSO' && rand() < 0.2 ? 0.4 : pick([1, 1, 0.8, 0.6]);
    const stages: (Day | null)[] = [vacantFrom, null, null, null, null];
    const months = Math.floor((BENCH_AS_OF - vacantFrom) / 30);
    if (months >= 1) stages[1] = vacantFrom + 21;
    if (months >= 2) stages[2] = vacantFrom + 42;
    if (months >= 3) stages[3] = breach < 0.02 ? vacantFrom + 70 : addMonths(vacantFrom, 3) + 3;
    if (months >= 5 && rand() < 0.5) stages[4] = addMonths(stages[3]!, 1) + 2;
    const highest = stages.reduce<number>((h, s, k) => (s !== null ? k + 1 : h), 0);
    const filled = rand() < 0.3 ? Math.min(vacantFrom + 60 + Math.floor(rand() * 200), BENCH_AS_OF) : null;
    const row: Row = [
      `${o.region.slice(0, 2).toUpperCase()}-V${String(i + 1).padStart(6, '0')}`, o.region, o.pdu, o.yot, o.nation, role, fte,
      date(vacantFrom), pick(['Leaver', 'End of secondment', 'Maternity', 'Long-term sickness', 'New post']),
      breach > 0.02 && breach < 0.05 ? Math.max(1, highest - 1) : highest,
    ];
    for (let s = 0; s < 5; s++) row.push(date(stages[s] ?? null), stages[s] === null ? null : breach > 0.05 && breach < 0.08 && s === 2 ? null : `Ref ${i}-${s + 1}`);
    row.push(
      stages[3] !== null ? date(stages[3]) : null, stages[3] !== null ? 3000 + Math.floor(rand() * 3000) : null,
      stages[4] !== null ? 4000 + Math.floor(rand() * 4000) : breach > 0.08 && breach < 0.09 ? 2500 : null,
      date(filled), filled === null ? null : breach > 0.09 && breach < 0.095 ? 'YOT permanent' : 'Probation', date(filled),
    );
    vacancies.push(row);
  }
  const allocations: Row[] = orgs.map((o, i) => [o.yot, o.pdu, o.region, o.nation, 5 + ((i * 13) % 40), ((i * 7) % 30) / 100, ((i * 11) % 90) / 100]);
  const disputes: Row[] = [];
  const nDisputes = Math.max(3, Math.round(rows / 100));
  for (let i = 0; i < nDisputes; i++) {
    const raised = BENCH_AS_OF - Math.floor(rand() * 200);
    const resolved = rand() < 0.6 ? raised + Math.floor(rand() * 40) : null;
    disputes.push([`D${i + 1}`, orgs[i % orgs.length]!.yot, date(raised), null, date(resolved !== null && resolved <= BENCH_AS_OF ? resolved : null), null, `Dispute ${i + 1}`]);
  }
  return {
    secondments, vacancies, allocations, disputes,
    counts: { secondments: nSec, vacancies: nVac, allocations: allocations.length, disputes: nDisputes, yots: orgs.length, pdus: new Set(orgs.map((o) => o.pdu)).size },
  };
}

/** The generated rows as an .xlsx workbook: Excel tables, a Board sheet, like a real national return. */
export function generateWorkbook(rows: number, seed = 2021): { workbook: ExcelJS.Workbook; counts: GeneratedCounts } {
  const g = generateRows(rows, seed);
  const wb = new ExcelJS.Workbook();
  const board = wb.addWorksheet('Board');
  board.addRows([
    ['YOS Governance Board – national return (synthetic, for benchmarking)'], [],
    ['Region', 'National'], ['YOGB meeting date', toUtcDate(BENCH_AS_OF + 21)], ['Tracker submitted', toUtcDate(BENCH_AS_OF + 16)],
    ['As-of date', toUtcDate(BENCH_AS_OF)],
  ]);
  const table = (name: string, headers: string[], body: Row[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([`National – ${name}`]);
    ws.addRow([]);
    ws.addTable({
      name, ref: 'A3', headerRow: true, columns: headers.map((h) => ({ name: h })),
      // exceljs needs a value per cell; an empty string is written as an empty cell.
      rows: body.map((r) => r.map((c) => (c === null ? '' : c))),
    });
  };
  table('Secondments', SEC_HEADERS, g.secondments);
  table('Vacancies', VAC_HEADERS, g.vacancies);
  table('Allocations', ALLOC_HEADERS, g.allocations);
  table('Disputes', DISPUTE_HEADERS, g.disputes);
  return { workbook: wb, counts: g.counts };
}

/** For messages: the as-of date the synthetic data is built around. */
export const BENCH_AS_OF_TEXT = formatUk(BENCH_AS_OF);
