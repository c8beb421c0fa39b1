/**
 * The command line and the task pane's file mode make the same decisions:
 * the same two regional workbooks (real .xlsx files written by exceljs) go
 * through `yot validate` / `yot pack` (src/cli/main.ts, in-process) and through
 * the functions the pane runs on an opened file's bytes (file/xlsx.ts readXlsx,
 * check.ts checkWorkbook, pack-plan.ts planPack). Both must give the same as-of
 * date, the same findings in the same order, and the same pack figures and
 * sheets: the decisions live once, in src/core (check.ts, make-pack.ts).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { formatIso, localToday } from '../../src/core/dates';
import { packFigures } from '../../src/core/pack/figures';
import type { RawWorkbook } from '../../src/core/records/types';
import { readXlsx, packXlsxBytes } from '../../src/adapters/file/xlsx';
import { checkWorkbook } from '../../src/taskpane/check';
import { planPack } from '../../src/taskpane/pack-plan';
import { makeWorkbook, type WorkbookInput } from '../helpers/make-workbook';

const NOW = new Date(2025, 10, 24, 10, 0, 0);
const TODAY = localToday(NOW);

function captureIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => NOW, colour: false, cwd };
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(cwd);
  const code = await main(args, io);
  return { code, stdout: io.out.join('\n'), stderr: io.err.join('\n') };
}

const po = (o: Record<string, string | number | null>) => ({ Scheme: 'Probation', Role: 'PO', FTE: 1, 'Vetting cleared': '01/03/2024', 'Authorised officer': 'Y', ...o });

/** North West: Board as-of 15/10/2025, a start date that is not a date (31/04/2025), a secondee's name typed where a finding quotes it. */
function northWest(): WorkbookInput {
  const nw = (o: Record<string, string | number | null>) => po({ Region: 'North West', Nation: 'England', PDU: 'Liverpool North', YOT: 'Liverpool YJS', ...o });
  return {
    board: { region: 'North West', meetingDate: '21/10/2025', asOf: '15/10/2025' },
    secondments: [
      nw({ 'Secondment ID': 'S-1', Secondee: 'Amira Patel', 'Start date': '01/04/2024', 'PPDA agreed': '20/04/2024', 'Six-month review': '01/10/2024', 'Last three-way review': '01/09/2025' }),
      nw({ 'Secondment ID': 'NW-S2', Secondee: 'Jo Bell', 'Start date': '31/04/2025' }),
      nw({ 'Secondment ID': 'NW-S3', Secondee: 'Tom Hargreaves', YOT: 'Wirral YJS', PDU: 'Wirral', FTE: 0.5, 'Start date': '01/09/2023' }),
    ],
    vacancies: [
      { 'Vacancy ID': 'NW-V1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/03/2025', Reason: 'Leaver', 'Stage 1 date': '01/03/2025', 'Stage 1 evidence': 'EOI', 'Filled by': 'Amira Patel' },
    ],
    disputes: [{ 'Dispute ID': 'NW-D1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'Desk space for Amira Patel' }],
  };
}

/** Wales: Board as-of 30/06/2025 (an earlier quarter), and an ID (S-1) that North West uses too. */
function wales(): WorkbookInput {
  const w = (o: Record<string, string | number | null>) => po({ Region: 'Wales', Nation: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', ...o });
  return {
    board: { region: 'Wales', meetingDate: '23/10/2025', asOf: '30/06/2025' },
    secondments: [w({ 'Secondment ID': 's-1', Secondee: 'Rhys Evans', 'Start date': '01/05/2024' }), w({ 'Secondment ID': 'W-S2', Secondee: 'Cerys Lloyd', 'Start date': '01/05/2024', 'Planned end date': '30/04/2026' })],
    vacancies: [{ 'Vacancy ID': 'W-V1', Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/07/2025', 'Stage 1 date': '01/07/2025', 'Stage 1 evidence': 'EOI' }],
    dates: 'text',
  };
}

let dir: string;
let files: string[];
let raws: RawWorkbook[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-parity-'));
  files = [path.join(dir, 'north-west.xlsx'), path.join(dir, 'wales.xlsx')];
  await makeWorkbook(files[0]!, northWest());
  await makeWorkbook(files[1]!, wales());
  // The pane's file mode: the same bytes, read in the page.
  raws = await Promise.all(
    files.map(async (f) => {
      const b = await fs.readFile(f);
      return readXlsx(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, path.basename(f));
    }),
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface JsonFinding { rule: string; severity: string; table: string | null; row: number | null; column: string | null; key: string | null; message: string }
const project = (f: JsonFinding) => ({ rule: f.rule, severity: f.severity, table: f.table, row: f.row, column: f.column, key: f.key, message: f.message });

describe('checking: yot validate and the task pane agree', () => {
  it.each([0, 1])('workbook %i: the same as-of date and the same findings in the same order', async (i) => {
    const r = await cli(['validate', files[i]!, '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { asOf: string; findings: JsonFinding[] };
    const pane = checkWorkbook(raws[i]!, { asOf: null, today: TODAY });
    expect(formatIso(pane.result.asOf)).toBe(json.asOf);
    expect(json.asOf).toBe(i === 0 ? '2025-10-15' : '2025-06-30'); // each workbook's Board as-of date
    expect(json.findings.length).toBeGreaterThan(0);
    expect(pane.result.findings.map((f) => project(f as JsonFinding))).toEqual(json.findings.map(project));
  });

  it('withholds a secondee name copied into a finding, in both', async () => {
    const r = await cli(['validate', files[0]!, '--format', 'json'], dir);
    const pane = checkWorkbook(raws[0]!, { asOf: null, today: TODAY });
    const quoted = pane.result.findings.find((f) => f.rule === 'data/invalid-value' && f.column === 'Filled by')!;
    expect(quoted.message).toContain('[name withheld]');
    expect(r.stdout).not.toContain('Amira');
    // What the pane shows of a finding: its message and key.
    expect(JSON.stringify(pane.result.findings.map((f) => [f.message, f.key]))).not.toContain('Amira');
  });

  it('a given as-of date is used by both', async () => {
    const r = await cli(['validate', files[1]!, '--format', 'json', '--as-of', '31/12/2025'], dir);
    const json = JSON.parse(r.stdout) as { asOf: string; findings: JsonFinding[] };
    const pane = checkWorkbook(raws[1]!, { asOf: localToday(new Date(2025, 11, 31)), today: TODAY });
    expect(json.asOf).toBe('2025-12-31');
    expect(pane.result.findings.map((f) => project(f as JsonFinding))).toEqual(json.findings.map(project));
  });
});

/** Every cell's value and number format, by sheet, leaving out the Cover (its generated time and input-file hashes are the edge's). */
function cells(wb: ExcelJS.Workbook): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  wb.eachSheet((ws) => {
    if (ws.name === 'Cover') return;
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const formats: string[] = [];
      row.eachCell((c) => formats.push(c.numFmt ?? ''));
      rows.push([n, (row.values as unknown[]).map((v) => (v instanceof Date ? v.toISOString() : v)), formats]);
    });
    out[ws.name] = rows;
  });
  return out;
}

describe('the pack: yot pack and the task pane agree on a national roll-up', () => {
  it('the same as-of date (the latest Board as-of date\'s quarter) and the same figures', async () => {
    const r = await cli(['pack', ...files, '--out', path.join(dir, 'figures.xlsx'), '--json'], dir);
    expect(r.stderr).toBe('');
    const cliFigures = JSON.parse(r.stdout) as { asOf: string };
    const plan = planPack(raws, { asOf: null, meetingDate: null, includeNames: false, today: TODAY, now: NOW });
    expect(cliFigures.asOf).toBe('2025-09-30'); // North West's 15/10/2025 is the latest: its quarter, not Wales's
    expect(JSON.parse(JSON.stringify(packFigures(plan.model)))).toEqual(cliFigures);
    expect(plan.fileName).toBe('yogb-pack-national-2025-26-q2.xlsx');
  });

  it('the same findings (with the cross-workbook duplicate) and every sheet but the Cover cell for cell', async () => {
    const out = path.join(dir, 'pack.xlsx');
    const r = await cli(['pack', ...files, '--out', out], dir);
    expect(r.code).toBe(0);
    const plan = planPack(raws, { asOf: null, meetingDate: null, includeNames: false, today: TODAY, now: NOW });
    expect(plan.model.findings.some((f) => f.rule === 'data/duplicate-across-workbooks' && f.region === 'Wales')).toBe(true);
    expect(JSON.stringify(plan.model.findings)).not.toContain('Amira');

    const fromCli = new ExcelJS.Workbook();
    await fromCli.xlsx.readFile(out);
    const fromPane = new ExcelJS.Workbook();
    await fromPane.xlsx.load(Buffer.from(await packXlsxBytes(plan.doc)) as unknown as ArrayBuffer);
    const a = cells(fromCli);
    const b = cells(fromPane);
    expect(Object.keys(a)).toContain('Data quality');
    expect(b).toEqual(a);
  });
});
