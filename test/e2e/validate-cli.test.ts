/**
 * `yot validate` end to end on real .xlsx files written and read by exceljs:
 * the shipped sample, the same data laid out the other ways workbooks come in,
 * and bad input.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { formatUk, toUtcDate } from '../../src/core/dates';
import { matchHeader } from '../../src/core/records/read';
import { TABLE_SPECS } from '../../src/core/records/schema';
import type { Cell, TableName } from '../../src/core/records/types';
import { readWorkbookFile } from '../../src/adapters/xlsx/read';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples', 'north-west-tracker.xlsx');

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date(2025, 10, 24), colour: false, cwd: ROOT };
}

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.out.join('\n'), stderr: io.err.join('\n') };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-validate-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex');

interface JsonFinding { rule: string; severity: string; table: string | null; row: number | null; column: string | null; key: string | null; message: string; citation: string }

describe('yot validate on the shipped sample', () => {
  it('reports the deliberate breaches as JSON, exits 1, and leaves the file byte-for-byte unchanged', async () => {
    const before = await sha(SAMPLE);
    const r = await run(['validate', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { asOf: string; rulebook: string; findings: JsonFinding[]; summary: Record<string, number> };
    expect(json.asOf).toBe('2025-09-30'); // the Board sheet's as-of date
    expect(json.rulebook).toBe('npf-2021');
    const has = (rule: string, key: string | null) => json.findings.some((f) => f.rule === rule && f.key === key);
    expect(has('secondment/extension-too-long', 'NW-S010')).toBe(true);
    expect(has('data/invalid-date', 'NW-S014')).toBe(true);
    expect(has('vacancy/stage4-too-early', 'NW-V002')).toBe(true);
    const invalidDate = json.findings.find((f) => f.rule === 'data/invalid-date')!;
    expect(invalidDate).toMatchObject({ severity: 'error', table: 'Secondments', row: 17, column: 'Six-month review' });
    expect(invalidDate.message).toContain('31/04/2024');
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'table', 'row', 'column', 'key', 'message', 'citation']));
      expect(f.citation).toMatch(/^(NPF 2021|London Protocol 2010|PI 31\/2014|E3 YOS proposals|YOT Police Review 2010) §/);
    }
    expect(json.summary.error).toBe(json.findings.filter((f) => f.severity === 'error').length);
    expect(await sha(SAMPLE)).toBe(before);
  });

  it('prints a table for people that fits an 80-column terminal, grouped by severity', async () => {
    const r = await run(['validate', SAMPLE]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toMatch(/ERRORS \(\d+\)/);
    expect(r.stdout.indexOf('ERRORS')).toBeLessThan(r.stdout.indexOf('WARNINGS') < 0 ? Infinity : r.stdout.indexOf('WARNINGS'));
    expect(r.stdout).toContain("Secondments!R17");
    expect(r.stdout.includes('\u001b[')).toBe(false); // no colour codes when not a terminal
  });

  it('takes --as-of in UK or ISO form', async () => {
    const a = JSON.parse((await run(['validate', SAMPLE, '--format=json', '--as-of', '31/12/2025'])).stdout);
    const b = JSON.parse((await run(['validate', SAMPLE, '--format=json', '--as-of=2025-12-31'])).stdout);
    expect(a.asOf).toBe('2025-12-31');
    expect(a).toEqual(b);
  });
});

/** Rewrite the sample's data in another layout: the same facts, laid out as other regions keep them. */
async function writeVariant(file: string, how: { tables: boolean; titleRows: number; synonyms: boolean; textDates: boolean }) {
  const { raw } = await readWorkbookFile(SAMPLE);
  const wb = new ExcelJS.Workbook();
  const board = wb.addWorksheet('Board');
  for (const row of raw.board!.values) board.addRow(row.map((c) => (typeof c === 'number' && c > 40000 ? toUtcDate(c) : c)));
  for (const name of ['Secondments', 'Vacancies', 'Allocations', 'Disputes'] as TableName[]) {
    const g = raw.grids[name]!;
    const spec = TABLE_SPECS[name];
    // The header row: first row of a table, else the row with the most known headers.
    let h = 0;
    if (g.kind === 'sheet') h = g.values.findIndex((r) => r.filter((c) => typeof c === 'string' && matchHeader(spec, c)).length >= 3);
    const headers = g.values[h]!.map((c) => String(c ?? ''));
    const fields = headers.map((x) => matchHeader(spec, x));
    const outHeaders = headers.map((x, i) => {
      const f = fields[i];
      return how.synonyms && f && f !== 'ignore' && f.synonyms.length > 0 ? f.synonyms[0]! : x;
    });
    const body = g.values.slice(h + 1).map((r) =>
      headers.map((_, i) => {
        const c = r[i] ?? null;
        const f = fields[i];
        const isDate = f && f !== 'ignore' && f.type.kind === 'date' && typeof c === 'number';
        if (!isDate) return c;
        return how.textDates ? formatUk(c as number) : toUtcDate(c as number);
      }),
    );
    const ws = wb.addWorksheet(name);
    for (let t = 0; t < how.titleRows; t++) ws.addRow(t === 0 ? [`North West – ${name}`] : []);
    if (how.tables) {
      ws.addTable({
        name, ref: `A${how.titleRows + 1}`, headerRow: true,
        columns: outHeaders.map((n) => ({ name: n })),
        rows: body.map((r) => r.map((c) => (c === null ? '' : c)) as (string | number | Date | boolean)[]),
      });
    } else {
      ws.addRow(outHeaders);
      for (const r of body) ws.addRow(r as (Cell | Date)[]);
    }
  }
  await wb.xlsx.writeFile(file);
}

describe('yot validate reads every layout the same way', () => {
  const shape = (findings: JsonFinding[]) =>
    findings.map((f) => `${f.rule}|${f.key}|${f.message.replace(/"[^"]*"/g, '""').replace(/row \d+/g, 'row N')}`).sort();

  it.each([
    ['Excel tables under one title row', { tables: true, titleRows: 1, synonyms: false, textDates: false }],
    ['plain ranges with two title rows', { tables: false, titleRows: 2, synonyms: false, textDates: false }],
    ['synonym headers on plain ranges', { tables: false, titleRows: 0, synonyms: true, textDates: false }],
    ['UK text dates in tables with synonym headers', { tables: true, titleRows: 3, synonyms: true, textDates: true }],
  ])('%s', async (_, how) => {
    const file = path.join(dir, `variant-${how.tables}-${how.titleRows}-${how.synonyms}-${how.textDates}.xlsx`);
    await writeVariant(file, how);
    const sample = JSON.parse((await run(['validate', SAMPLE, '--format', 'json'])).stdout) as { findings: JsonFinding[] };
    const variant = JSON.parse((await run(['validate', file, '--format', 'json'])).stdout) as { findings: JsonFinding[] };
    expect(shape(variant.findings)).toEqual(shape(sample.findings));
  });
});

describe('yot validate on input it cannot use', () => {
  const oneSentence = (stderr: string) => {
    expect(stderr).toMatch(/^yot: /);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  };

  it('a missing file', async () => {
    const r = await run(['validate', path.join(dir, 'nope.xlsx')]);
    expect(r.code).toBe(2);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('There is no file called');
  });

  it('a text file named .xlsx', async () => {
    const f = path.join(dir, 'notes.xlsx');
    await fs.writeFile(f, 'Secondment ID,Region\nS1,North West\n');
    const r = await run(['validate', f]);
    expect(r.code).toBe(2);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('is not an Excel workbook (.xlsx)');
  });

  it('a password-protected workbook', async () => {
    const f = path.join(dir, 'locked.xlsx');
    await fs.writeFile(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const r = await run(['validate', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('password-protected');
  });

  it('a damaged zip', async () => {
    const f = path.join(dir, 'damaged.xlsx');
    const good = await fs.readFile(SAMPLE);
    await fs.writeFile(f, good.subarray(0, 400));
    const r = await run(['validate', f]);
    expect(r.code).toBe(2);
    oneSentence(r.stderr);
  });

  it('a workbook with no Vacancies', async () => {
    const f = path.join(dir, 'no-vacancies.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Secondments').addRow(['Secondment ID', 'Region', 'PDU', 'YOT', 'Role']);
    wb.addWorksheet('Notes');
    await wb.xlsx.writeFile(f);
    const before = await sha(f);
    const r = await run(['validate', f]);
    expect(r.code).toBe(2);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('"Vacancies"');
    expect(r.stderr).toContain('Secondments, Notes');
    expect(await sha(f)).toBe(before);
  });

  it.each([
    [['validate'], 'Name the workbook'],
    [['validate', SAMPLE, '--as-of', '31/04/2025'], '--as-of should be a date'],
    [['validate', SAMPLE, '--format', 'xml'], '--format should be table or json'],
    [['validate', SAMPLE, '--colour'], 'Unknown option'],
    [['frobnicate'], 'is not a yot command'],
    [['validate', SAMPLE, '--rulebook', 'npf-1999'], 'no rulebook called'],
  ])('usage error %p', async (args, text) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });
});

describe('the installed yot command', () => {
  const bin = path.join(ROOT, 'bin', 'yot.js');
  const built = existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));
  (built ? it : it.skip)('runs as a separate process with the documented exit codes', () => {
    const ok = spawnSync(process.execPath, [bin, 'validate', SAMPLE, '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout).rulebook).toBe('npf-2021');
    const bad = spawnSync(process.execPath, [bin, 'validate', 'missing.xlsx'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('yot validate');
  });

  (built ? it : it.skip)('finds the same dates in every time zone (a date is a calendar day)', () => {
    const inZone = (tz: string) =>
      spawnSync(process.execPath, [bin, 'validate', SAMPLE, '--format', 'json', '--as-of', '2025-09-30'], { encoding: 'utf8', env: { ...process.env, TZ: tz } }).stdout;
    const london = inZone('Europe/London');
    expect(JSON.parse(london).findings.length).toBeGreaterThan(0);
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Asia/Kolkata']) expect(inZone(tz)).toBe(london);
  });
});
