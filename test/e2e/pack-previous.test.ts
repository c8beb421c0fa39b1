/**
 * `yot pack --previous`, end to end in-process: the shipped sample and its
 * previous-quarter sample (scripts/make-previous-sample.js), and a national
 * roll-up with a previous workbook per region. Checks the --json movement, the
 * Movement and Board summary sheets, the Summary's comparison, and refusals.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { makeWorkbook } from '../helpers/make-workbook';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'north-west-tracker.xlsx');
const PREVIOUS = path.join(ROOT, 'samples', 'north-west-tracker-previous.xlsx');

function captureIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetText(ws: ExcelJS.Worksheet): string[] {
  const rows: string[] = [];
  ws.eachRow((row) => {
    const values: string[] = [];
    // A merged title line is one cell, not one per column.
    row.eachCell({ includeEmpty: true }, (c) => {
      if (!c.isMerged || c.master.address === c.address) values.push(c.value === null || c.value === undefined ? '' : String(c.value));
    });
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    rows.push(values.join(' | '));
  });
  return rows;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-pack-prev-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('yot pack --previous (the shipped samples)', () => {
  let json: Record<string, unknown>;
  let wb: ExcelJS.Workbook;
  let text: string;

  beforeAll(async () => {
    const io = captureIo(dir);
    expect(await main(['pack', SAMPLE, '--previous', PREVIOUS, '--out', path.join(dir, 'pack.xlsx')], io)).toBe(0);
    text = io.out.join('\n');
    const j = captureIo(dir);
    expect(await main(['pack', SAMPLE, '--previous', PREVIOUS, '--out', path.join(dir, 'pack-json.xlsx'), '--json'], j)).toBe(0);
    json = JSON.parse(j.out.join(''));
    wb = await open(path.join(dir, 'pack.xlsx'));
  });

  it('gives the movement in --json, in the issue’s shape', () => {
    expect(json['movement']).toEqual({
      previous: { asOf: '2025-06-30', quarter: '2025/26 Q1' },
      // NW-S013 ended 26/09/2025; NW-S007 was extended from 0 to 1 year this quarter.
      secondments: { started: [], ended: ['NW-S013'], extended: ['NW-S007'] },
      // NW-V007 fell vacant 04/08/2025; NW-V010 was withdrawn; NW-V002 reached stage 4 on 28/07/2025.
      vacancies: { opened: ['NW-V007'], filled: [], closed: ['NW-V010'], advanced: ['NW-V002'] },
      findings: expect.objectContaining({ new: expect.any(Number), resolved: expect.any(Number), carried: expect.any(Number) }),
    });
    const f = (json['movement'] as { findings: { new: number; carried: number } }).findings;
    const now = json['findings'] as { error: number; warning: number; info: number };
    expect(f.new + f.carried).toBe(now.error + now.warning + now.info);
    // The sample's typing mistakes (a text start date, 31/04/2024) are in both quarters.
    expect(f.carried).toBeGreaterThan(0);
    expect(json['movementByRegion']).toBeUndefined();
  });

  it('says what moved in its summary', () => {
    expect(text).toContain('Since 2025/26 Q1 (as of 30/06/2025): 0 secondments started, 1 ended, 1 extended; 1 vacancy opened, 0 filled, 1 closed otherwise, 1 advanced a stage;');
    expect(text).toContain('Sheets: Cover, Board summary, Movement, Summary,');
  });

  it('lists every moved record on the Movement sheet, in words', () => {
    const rows = sheetText(wb.getWorksheet('Movement')!);
    expect(rows[0]).toBe('Movement since 2025/26 Q1 (as of 30/06/2025 to 30/09/2025)');
    expect(rows).toContain('Secondment | NW-S013 | Knowsley and St Helens | Knowsley YJS | Ended | Ended 26/09/2025');
    expect(rows).toContain('Secondment | NW-S007 | Cumbria | Cumberland YJS | Extended | Extension 0 → 12 months (NPF 2021 §5.4)');
    expect(rows).toContain('Vacancy | NW-V002 | East Lancashire | Lancashire YJS | Advanced a stage | Stage 3 → stage 4 (NPF 2021 §5.5)');
    expect(rows).toContain('Vacancy | NW-V007 | Knowsley and St Helens | Knowsley YJS | Opened | Vacant from 04/08/2025; now at stage 1');
    expect(rows).toContain('Vacancy | NW-V010 | Halton and Warrington | Halton YJS | Closed | No longer in the Vacancy Tracker');
  });

  it('shows last quarter’s figure and the change, with an arrow and words, on the Board summary and the Summary', () => {
    const board = sheetText(wb.getWorksheet('Board summary')!);
    expect(board).toContain('Figure | This quarter 2025/26 Q2 | Last quarter 2025/26 Q1 | Change');
    expect(board).toContain('Open vacancies | 7 | 7 | no change');
    expect(board).toContain('Open vacancies at stage 4 | 2 | 1 | ▲ up 1');
    expect(board).toContain('In post (active secondments) | 20 | 21 | ▼ down 1');
    const summary = sheetText(wb.getWorksheet('Summary')!).join('\n');
    expect(summary).toMatch(/Compared with 2025\/26 Q1 \(as of 30\/06\/2025\): posts 25 \(2025\/26 Q1: 26, ▼ down 1\); in post 20 \(2025\/26 Q1: 21, ▼ down 1\); vacant 7 \(2025\/26 Q1: 7, no change\)/);
  });

  it('lists the decisions for the board: what, who, by when (once, when all are needed at the meeting), framework section', () => {
    const board = sheetText(wb.getWorksheet('Board summary')!);
    const at = board.findIndex((r) => r.startsWith('Decisions for the board ('));
    expect(at).toBeGreaterThan(0);
    expect(board[at]).toBe('Decisions for the board (12), all needed at this meeting (21/10/2025)');
    expect(board[at + 1]).toBe('Decision | Who (PDU / YOT) | Framework');
    const decisions = board.slice(at + 2);
    // NW-V001: stage 5 dated 09/06/2025, eligible.
    expect(decisions).toContainEqual(expect.stringMatching(/^1\. Approve the stage 5 reimbursement of £9,800 for vacancy NW-V001: .* \| Blackburn and Darwen \/ Blackburn with Darwen YJS \| NPF 2021 §5\.5 stage 5$/));
    // NW-D02 raised 01/08/2025, not escalated after 28 days.
    expect(decisions).toContainEqual(expect.stringMatching(/Escalate dispute NW-D02 .* \| North West Lancashire \/ Blackpool YJS \| NPF 2021 §9$/));
    expect(decisions).toContainEqual(expect.stringMatching(/extend or replace secondment NW-S003 .* \| NPF 2021 §5\.4; London Protocol 2010 §2$/));
  });

  it('states its inputs on the Cover: file name, size and SHA-256 of this quarter’s and last quarter’s workbooks', async () => {
    const cover = sheetText(wb.getWorksheet('Cover')!);
    for (const [file, quarter, n] of [[SAMPLE, 'this quarter', 1], [PREVIOUS, 'last quarter', 2]] as const) {
      const bytes = await fs.readFile(file);
      const size = String(bytes.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      expect(cover).toContain(`Input file ${n} | ${path.basename(file)} (${quarter}), ${size} bytes, SHA-256 ${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('never changes the input workbooks', async () => {
    const before = await fs.readFile(PREVIOUS);
    const io = captureIo(dir);
    expect(await main(['pack', SAMPLE, '--previous', PREVIOUS, '--out', path.join(dir, 'again.xlsx')], io)).toBe(0);
    expect((await fs.readFile(PREVIOUS)).equals(before)).toBe(true);
  });
});

describe('yot pack --previous (national roll-up)', () => {
  it('gives movement per region, and says which region had no previous workbook', async () => {
    const cardiff = (id: string, o: Record<string, string | number | null> = {}) => ({
      'Secondment ID': id, Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Nation: 'Wales', Role: 'PO', FTE: 1, 'Start date': '01/05/2024', 'Actual end date': null, 'Vetting cleared': '01/04/2024', 'Authorised officer': 'Y', ...o,
    });
    const walesNow = path.join(dir, 'wales.xlsx');
    const walesBefore = path.join(dir, 'wales-q1.xlsx');
    await makeWorkbook(walesNow, {
      board: { region: 'Wales', asOf: '30/09/2025' },
      secondments: [cardiff('W-S1'), cardiff('W-S2', { 'Start date': '01/08/2025', 'Vetting cleared': '01/07/2025' })],
      vacancies: [{ 'Vacancy ID': 'W-V1', Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/04/2025', 'Stage 1 date': '01/04/2025', 'Filled date': '01/08/2025', 'Filled by': 'Probation' }],
    });
    await makeWorkbook(walesBefore, {
      board: { region: 'WALES', asOf: '30/06/2025' },
      secondments: [cardiff('W-S1')],
      vacancies: [{ 'Vacancy ID': 'W-V1', Region: 'Wales', PDU: 'Cardiff', YOT: 'Cardiff YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/04/2025', 'Stage 1 date': '01/04/2025' }],
    });
    const j = captureIo(dir);
    expect(await main(['pack', SAMPLE, walesNow, '--previous', PREVIOUS, '--previous', walesBefore, '--out', path.join(dir, 'national.xlsx'), '--json'], j)).toBe(0);
    const figures = JSON.parse(j.out.join(''));
    const byRegion = figures.movementByRegion as { region: string; secondments: { started: string[] }; vacancies: { filled: string[]; advanced: string[] } }[];
    expect(byRegion.map((r) => r.region)).toEqual(['North West', 'Wales']);
    expect(byRegion[0]!.vacancies.advanced).toEqual(['NW-V002']);
    expect(byRegion[1]!.secondments.started).toEqual(['W-S2']);
    expect(byRegion[1]!.vacancies.filled).toEqual(['W-V1']);
    expect(figures.movement.secondments.started).toEqual(['W-S2']);
    expect(figures.movement.vacancies.filled).toEqual(['W-V1']);

    // Without Wales's previous workbook, only the North West is compared, and the Movement sheet says so.
    const io = captureIo(dir);
    expect(await main(['pack', SAMPLE, walesNow, '--previous', PREVIOUS, '--out', path.join(dir, 'national2.xlsx')], io)).toBe(0);
    const rows = sheetText((await open(path.join(dir, 'national2.xlsx'))).getWorksheet('Movement')!);
    expect(rows).toContain('Not compared (no workbook for last quarter): Wales.');
    expect(rows.some((r) => r.startsWith('North West: 0 secondments started, 1 ended'))).toBe(true);
  });
});

describe('yot pack --previous refusals', () => {
  it.each([
    [['--previous', SAMPLE], "is named as this quarter's workbook and as last quarter's"],
    [['--previous', PREVIOUS, '--previous', PREVIOUS], 'is named twice'],
    [['--previous'], '--previous needs a value.'],
  ])('%j: one sentence, exit 2', async (extra, message) => {
    const io = captureIo(dir);
    expect(await main(['pack', SAMPLE, ...extra, '--out', path.join(dir, 'refused.xlsx')], io)).toBe(2);
    expect(io.err.join('\n')).toContain(message);
    await expect(fs.access(path.join(dir, 'refused.xlsx'))).rejects.toThrow();
  });

  it('refuses a previous quarter that is not before this one', async () => {
    const io = captureIo(dir);
    expect(await main(['pack', PREVIOUS, '--previous', SAMPLE, '--out', path.join(dir, 'refused.xlsx')], io)).toBe(2);
    expect(io.err.join('\n')).toContain('The --previous workbook is as of 30/09/2025, which is not before this pack\'s as-of date 30/06/2025');
  });
});
