/**
 * One size of the benchmark, in its own process (so peak memory is this size's
 * alone): `node bench/out/bench/measure.js <rows> <file.xlsx> <runs>` prints JSON.
 *
 * Stages, each the median of several runs:
 * - read:      exceljs loading the file (I/O)
 * - parse:     raw grids → typed records (core)
 * - validate:  every rule over the records (core, no I/O) → rows per second
 * - packModel: pack model + layout (core)
 * - write:     writing the pack's .xlsx (the direct writer, src/adapters/xlsx/write-pack.ts; I/O)
 * - floor:     exceljs reading the same file and writing the same data back, no rules at all
 * - pipeline:  the whole `yot pack` path: read, parse, validate, model, write
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { rawFromWorkbook } from '../src/adapters/xlsx/read';
import { writePackFile } from '../src/adapters/xlsx/write-pack';
import { readRecords } from '../src/core/records/read';
import { runRules } from '../src/core/validate';
import { NPF_2021 } from '../src/core/rulebook';
import { buildPack } from '../src/core/pack/model';
import { layoutPack } from '../src/core/pack/layout';
import type { Finding } from '../src/core/rules/define';
import { BENCH_AS_OF } from './generate';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';
import { formatUk } from '../src/core/dates';

export interface SizeResult {
  rows: number;
  runs: number;
  ms: { read: number; parse: number; validate: number; packModel: number; write: number; floor: number; pipeline: number };
  validateRowsPerSecond: number;
  parseAndValidateRowsPerSecond: number;
  pipelineOverFloor: number;
  findings: number;
  peakRssMb: number;
  heapUsedMb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function loadBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function pipeline(file: string, out: string): Promise<number> {
  const wb = await loadBook(file);
  const { records, findings } = readRecords(rawFromWorkbook(wb, path.basename(file)));
  const all: Finding[] = [...findings, ...runRules(records, BENCH_AS_OF, NPF_2021)];
  const model = buildPack([{ source: file, region: 'National', records, findings: all }], { asOf: BENCH_AS_OF, rulebook: NPF_2021, includeNames: false });
  await writePackFile(layoutPack(model), out);
  return all.length;
}

export async function measure(rows: number, file: string, runs: number): Promise<SizeResult> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-bench-'));
  const t: Record<keyof SizeResult['ms'], number[]> = { read: [], parse: [], validate: [], packModel: [], write: [], floor: [], pipeline: [] };
  let findings = 0;
  // One warm-up pass so the JIT has seen every path before timing.
  await pipeline(file, path.join(tmp, 'warm.xlsx'));
  for (let i = 0; i < runs; i++) {
    gc();
    const read = await time(() => loadBook(file));
    t.read.push(read.ms);
    const raw = rawFromWorkbook(read.value, path.basename(file));
    const parsed = await time(() => readRecords(raw));
    t.parse.push(parsed.ms);
    const { records, findings: readFindings } = parsed.value;
    const validated = await time(() => runRules(records, BENCH_AS_OF, NPF_2021));
    t.validate.push(validated.ms);
    const all = [...readFindings, ...validated.value];
    findings = all.length;
    const model = await time(() => layoutPack(buildPack([{ source: file, region: 'National', records, findings: all }], { asOf: BENCH_AS_OF, rulebook: NPF_2021, includeNames: false })));
    t.packModel.push(model.ms);
    const write = await time(() => writePackFile(model.value, path.join(tmp, `pack-${i}.xlsx`)));
    t.write.push(write.ms);
    gc();
    // The floor: the same bytes in and the same data out, with no rules at all.
    const floor = await time(async () => {
      const wb = await loadBook(file);
      await wb.xlsx.writeFile(path.join(tmp, `floor-${i}.xlsx`));
    });
    t.floor.push(floor.ms);
    gc();
    const whole = await time(() => pipeline(file, path.join(tmp, `pipe-${i}.xlsx`)));
    t.pipeline.push(whole.ms);
  }
  await fs.rm(tmp, { recursive: true, force: true });
  // Validation on its own, as the core sees it: records already parsed, no I/O. It is fast
  // enough that one run is mostly JIT warm-up, so it gets its own warm-up and more runs.
  {
    // Parsed in a function of its own so the exceljs workbook is garbage by the time we time.
    const records = await (async () => readRecords(rawFromWorkbook(await loadBook(file), path.basename(file))).records)();
    gc();
    for (let i = 0; i < 5; i++) runRules(records, BENCH_AS_OF, NPF_2021);
    t.validate = [];
    for (let i = 0; i < Math.max(9, runs); i++) {
      gc();
      t.validate.push((await time(() => runRules(records, BENCH_AS_OF, NPF_2021))).ms);
    }
  }
  const ms = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as SizeResult['ms'];
  return {
    rows,
    runs,
    ms,
    validateRowsPerSecond: rows / (ms.validate / 1000),
    parseAndValidateRowsPerSecond: rows / ((ms.parse + ms.validate) / 1000),
    pipelineOverFloor: ms.pipeline / ms.floor,
    findings,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
}

export interface PackMemory {
  rows: number;
  ms: number;
  /** Peak resident memory of a process that runs `yot pack`'s pipeline once, and what it was before. */
  peakRssMb: number;
  baseRssMb: number;
  /** (peak − before) ÷ rows. */
  bytesPerRow: number;
  findings: number;
}

/**
 * `yot pack` itself (the CLI's own code, as a user runs it) once, in a fresh process:
 * its peak memory, nothing else running beside it.
 */
export async function packMemory(rows: number, file: string): Promise<PackMemory> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-bench-mem-'));
  const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
  const said: string[] = [];
  const io: CliIo = { stdout: (t) => said.push(t), stderr: (t) => said.push(t), now: () => new Date(0), colour: false, cwd: tmp };
  const t0 = performance.now();
  const code = await main(['pack', path.resolve(file), '--out', path.join(tmp, 'pack.xlsx'), '--as-of', formatUk(BENCH_AS_OF)], io);
  const ms = performance.now() - t0;
  if (code === 2) throw new Error(`yot pack failed: ${said.join(' ')}`);
  // "Findings: 86 errors, 127 warnings, 88 for information." (formerly "Data quality: …"): the findings in the pack.
  const dq = /(?:Findings|Data quality): ([\d,]+) errors?, ([\d,]+) warnings?, ([\d,]+)/.exec(said.join('\n'));
  const findings = dq ? dq.slice(1, 4).reduce((a, n) => a + Number(n.replace(/,/g, '')), 0) : Number.NaN;
  await fs.rm(tmp, { recursive: true, force: true });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { rows, ms, peakRssMb, baseRssMb, bytesPerRow: ((peakRssMb - baseRssMb) * 1024 * 1024) / rows, findings };
}

if (require.main === module && process.argv[2] === 'pack-memory') {
  const [, rows, file] = process.argv.slice(2);
  packMemory(Number(rows), file!)
    .then((r) => process.stdout.write(JSON.stringify(r)))
    .catch((e: unknown) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e));
      process.exit(1);
    });
} else if (require.main === module) {
  const [rows, file, runs] = process.argv.slice(2);
  measure(Number(rows), file!, Number(runs ?? 3))
    .then((r) => process.stdout.write(JSON.stringify(r)))
    .catch((e: unknown) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e));
      process.exit(1);
    });
}
