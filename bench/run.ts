/**
 * `npm run bench`: the national-scale benchmark (not part of `npm test`).
 *
 * For 1,000, 10,000 and 100,000 rows of a synthetic national workbook it
 * measures (each size in a fresh process, so peak memory is that size's own):
 * parse, validate, pack-model and xlsx-write times (medians), validation rows
 * per second (core only), the CLI's `yot pack` against the fastest read + write of bench/io.ts,
 * peak memory; Office.js round trips counted with the mock; custom function
 * calls per second; the taskpane's initial JavaScript (gzipped), what is
 * lazy-loaded, and its first render in headless Chromium. The report is
 * printed and written to bench/results.md.
 *
 * BENCH_SIZES=1000,10000 npm run bench   measures fewer sizes.
 * BENCH_LIGHT_SIZES=100000                 at these sizes, only the core rate, `yot pack`'s
 *                                          memory and the side-by-side I/O (no repeated stages).
 * BENCH_REF_DIST=<dir>                     the reference template's build (bench/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkbook, generateRows, BENCH_AS_OF_TEXT } from './generate';
import type { SizeResult } from './measure';
import type { CoreRate } from './core-rate';
import { measureFunctions, type FunctionRates } from './functions';
import { officeSyncs, type SyncCounts } from './office';
import { referenceDist, taskpaneLoad, type TaskpaneLoad } from './taskpane';
import type { PackMemory } from './measure';
import { WAYS, type IoResult } from './io';

// Compiled to bench/out/bench/run.js: the repository is three folders up.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const OUT = path.join(ROOT, 'bench', 'out');
const DATA = path.join(OUT, 'data');
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
const LIGHT = new Set((process.env['BENCH_LIGHT_SIZES'] ?? '').split(',').filter(Boolean).map(Number));
const LOAD_AT_START = os.loadavg()[0]!;

const TARGETS = {
  validateRowsPerSecond: 1_000_000,
  pipelineOverFloorAt100k: 1.5,
  packPeakMbAt100k: 1536,
  readSyncs: 2,
  writeSyncs: 4,
  initialJsGzipKb: 150,
  firstRenderMs: 300,
  firstRenderOverReference: 0.5,
  interactiveMs: 700,
};

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}
function verdict(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

/** The size each I/O result was measured at. */
const ioRows = new Map<IoResult, number>();

async function dataFile(rows: number): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const file = path.join(DATA, `national-${rows}.xlsx`);
  if (!existsSync(file)) {
    process.stdout.write(`  generating ${fmtInt(rows)} rows… `);
    const { workbook } = generateWorkbook(rows);
    await workbook.xlsx.writeFile(file);
    process.stdout.write(`${(statSync(file).size / 1024 / 1024).toFixed(1)} MB\n`);
  }
  return file;
}

function measureSize(rows: number, file: string): SizeResult {
  const runs = rows >= 100_000 ? 3 : 5;
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', path.join(__dirname, 'measure.js'), String(rows), file, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as SizeResult;
}

function measurePackMemory(rows: number, file: string): PackMemory {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', path.join(__dirname, 'measure.js'), 'pack-memory', String(rows), file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out) as PackMemory;
}

/** Each way of reading and writing .xlsx in a process of its own (bench/io.ts). */
function measureIo(rows: number, file: string): IoResult[] {
  const out: IoResult[] = [];
  for (const way of WAYS) {
    const target = path.join(OUT, `io-${way}-${rows}.xlsx`);
    out.push(JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', path.join(__dirname, 'io.js'), way, file, target], { encoding: 'utf8' })) as IoResult);
  }
  return out;
}

function measureCore(rows: number): CoreRate {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(__dirname, 'core-rate.js'), String(rows)], { encoding: 'utf8' });
  return JSON.parse(out) as CoreRate;
}

function report(sizes: SizeResult[], cores: CoreRate[], syncs: SyncCounts[], fns: FunctionRates, tp: TaskpaneLoad, mems: PackMemory[], ios: IoResult[][]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB.`);
  lines.push(`Synthetic national workbooks (bench/generate.ts): 12 regions, 113 PDUs, 151 services; rows are secondments + vacancies (70/30), as of ${BENCH_AS_OF_TEXT}.`);
  lines.push('Times are medians of several runs after a warm-up; each size runs in a fresh process. Run `npm run bench` to reproduce.');
  lines.push(`Load on the machine (1-minute load average, ${os.cpus().length} cores): ${LOAD_AT_START.toFixed(1)} at the start of this run, ${os.loadavg()[0]!.toFixed(1)} at the end. Above ${os.cpus().length}, other work was sharing the cores and wall-clock times are longer than on a quiet machine; the core rate is also given in CPU time.`, '');
  lines.push('## Targets', '');
  const at100k = sizes.find((s) => s.rows === 100_000);
  const maxRead = Math.max(...syncs.map((s) => s.read));
  const maxWrite = Math.max(...syncs.map((s) => s.write));
  lines.push('| target | measured | |', '| --- | --- | --- |');
  const big = cores.filter((c) => c.rows >= 10_000);
  // Judged on check(), the entry point the CLI and the task pane call: findings as the user gets them
  // (sorted, names withheld, each message made and kept). The rules alone are shown beside it.
  const minBig = big.length ? Math.min(...big.map((c) => c.check.rowsPerSecond)) : Math.min(...cores.map((c) => c.check.rowsPerSecond));
  const rate = (r: { rowsPerSecond: number; rowsPerCpuSecond: number }): string => `${fmtInt(r.rowsPerSecond)}/s wall, ${fmtInt(r.rowsPerCpuSecond)}/s CPU`;
  lines.push(
    `| core validation ≥ ${fmtInt(TARGETS.validateRowsPerSecond)} rows/s at 10k and 100k rows, findings and messages as the user gets them (\`check()\`: sorted, names withheld, kept) | ${cores.map((c) => `${fmtInt(c.rows)} rows: ${rate(c.check)} (the rules alone, every message read: ${rate(c)})`).join('; ')} | ${verdict(minBig >= TARGETS.validateRowsPerSecond)} |`,
  );
  // For comparison only (the target is the next row): the stage pipeline, reading with exceljs, over exceljs's document read + write.
  if (at100k) lines.push(`| (for comparison) stage pipeline with exceljs reading ÷ exceljs document read + write, 100,000 rows | ${at100k.pipelineOverFloor.toFixed(2)}× | |`);
  // `yot pack` run once (bench/measure.ts pack-memory) against the fastest read + write of the same file (bench/io.ts).
  const overFastest = mems.map((m, i) => {
    const fastest = [...(ios[i] ?? [])].sort((a, b) => a.totalMs - b.totalMs)[0];
    return { rows: m.rows, ratio: fastest ? m.ms / fastest.totalMs : Number.NaN, way: fastest?.way ?? '' };
  });
  const over100k = overFastest.find((o) => o.rows === 100_000);
  lines.push(`| \`yot pack\` time ≤ ${TARGETS.pipelineOverFloorAt100k}× the fastest read + write measured side by side (the floor: the fastest way in bench/io.ts, our own reader and writer among them) | ${overFastest.map((o) => `${fmtInt(o.rows)} rows: ${o.ratio.toFixed(2)}× (fastest: ${o.way})`).join('; ')} | ${over100k ? verdict(over100k.ratio <= TARGETS.pipelineOverFloorAt100k) : ''} |`);
  const mem100k = mems.find((m) => m.rows === 100_000);
  lines.push(`| \`yot pack\` peak memory ≤ 1.5 GB at 100,000 rows; bytes per row | ${mem100k ? `${fmtInt(mem100k.peakRssMb)} MB` : 'not measured at 100,000 rows in this run'} (${mems.map((m) => `${fmtInt(m.rows)} rows: ${fmtInt(m.peakRssMb)} MB, ${fmtInt(m.bytesPerRow)} B/row`).join('; ')}) | ${mem100k ? verdict(mem100k.peakRssMb <= TARGETS.packPeakMbAt100k) : ''} |`);
  lines.push(`| ≤ ${TARGETS.readSyncs} syncs to read, constant in rows | ${syncs.map((s) => s.read).join(', ')} | ${verdict(maxRead <= TARGETS.readSyncs && new Set(syncs.map((s) => s.read)).size === 1)} |`);
  lines.push(`| ≤ ${TARGETS.writeSyncs} syncs to write the pack, constant in rows | ${syncs.map((s) => s.write).join(', ')} | ${verdict(maxWrite <= TARGETS.writeSyncs && new Set(syncs.map((s) => s.write)).size === 1)} |`);
  lines.push(`| initial taskpane JavaScript ≤ ${TARGETS.initialJsGzipKb} KB gzipped (office.js aside) | ${tp.initialGzipKb.toFixed(1)} KB | ${verdict(tp.initialGzipKb <= TARGETS.initialJsGzipKb)} |`);
  lines.push(`| Check view's controls on screen ≤ ${TARGETS.firstRenderMs} ms in headless Chromium | ${tp.firstRenderMs === null ? 'not measured' : `${tp.firstRenderMs.toFixed(0)} ms`} | ${tp.firstRenderMs === null ? '' : verdict(tp.firstRenderMs <= TARGETS.firstRenderMs)} |`);
  const refRatio = tp.reference && tp.firstRenderMs !== null ? tp.firstRenderMs / tp.reference.visibleMs : null;
  lines.push(`| … and ≤ ${TARGETS.firstRenderOverReference}× Microsoft's Office-Addin-TaskPane-React template in the same run | ${refRatio === null ? `not measured (${tp.referenceNote ?? tp.note})` : `${refRatio.toFixed(2)}× (template: ${tp.reference!.visibleMs.toFixed(0)} ms)`} | ${refRatio === null ? '' : verdict(refRatio <= TARGETS.firstRenderOverReference)} |`);
  lines.push(`| interactive (Check button works) ≤ ${TARGETS.interactiveMs} ms | ${tp.interactiveMs === null ? 'not measured' : `${tp.interactiveMs.toFixed(0)} ms`} | ${tp.interactiveMs === null ? '' : verdict(tp.interactiveMs <= TARGETS.interactiveMs)} |`);
  lines.push('', '## Per size', '');
  lines.push('| rows | read (exceljs) | parse | validate | pack model + layout | xlsx write | exceljs read + write | stage pipeline | pipeline ÷ exceljs | validate rows/s | findings | peak RSS |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of sizes) {
    lines.push(`| ${fmtInt(s.rows)} | ${fmtMs(s.ms.read)} | ${fmtMs(s.ms.parse)} | ${fmtMs(s.ms.validate)} | ${fmtMs(s.ms.packModel)} | ${fmtMs(s.ms.write)} | ${fmtMs(s.ms.floor)} | ${fmtMs(s.ms.pipeline)} | ${s.pipelineOverFloor.toFixed(2)}× | ${fmtInt(s.validateRowsPerSecond)} | ${fmtInt(s.findings)} | ${s.peakRssMb.toFixed(0)} MB |`);
  }
  lines.push(
    '',
    "This table's stages read with exceljs's document reader (not the CLI's own reader), and \"exceljs read + write\" is exceljs reading the same file and writing the same data back with no rules; the stage pipeline reads with exceljs, parses, validates, builds the pack model and writes the pack with the pack writer. The `yot pack` target is not measured here: it is the CLI's own `yot pack` run once (the memory section below) against the fastest way in the next section.",
  );
  lines.push('"validate" and "validate rows/s" here are measured inside that process, beside exceljs\'s large heap (its garbage collection slows everything in it); the target row above is the core alone, in a process of its own with the records made in memory (bench/core-rate.ts).', '');
  lines.push('## Reading and writing .xlsx: the ways this project could use, side by side', '');
  lines.push(
    "Each way reads every cell of the same generated workbook into plain rows and writes them back as a new workbook, in a process of its own (bench/io.ts); peak is the process's resident memory at its highest, before is what Node itself took. direct-ours and ours write with this project's own writer (src/adapters/xlsx/xlsx-writer.ts, the pack's); ours also reads with the CLI's own reader (ooxml.ts). The fastest way is the floor of the `yot pack` target.",
    '',
  );
  lines.push('| rows | way | read | write | read + write | peak RSS | before | cells read |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const set of ios) for (const r of set) lines.push(`| ${fmtInt(ioRows.get(r) ?? 0)} | ${r.way} | ${fmtMs(r.readMs)} | ${fmtMs(r.writeMs)} | ${fmtMs(r.totalMs)} | ${fmtInt(r.peakRssMb)} MB | ${fmtInt(r.baseRssMb)} MB | ${fmtInt(r.cells)} |`);
  lines.push('');
  lines.push('## `yot pack` memory', '');
  lines.push('| rows | whole pipeline, once | peak RSS | before | bytes per row |', '| ---: | ---: | ---: | ---: | ---: |');
  for (const m of mems) lines.push(`| ${fmtInt(m.rows)} | ${fmtMs(m.ms)} | ${fmtInt(m.peakRssMb)} MB | ${fmtInt(m.baseRssMb)} MB | ${fmtInt(m.bytesPerRow)} |`);
  lines.push('');
  lines.push('## Office.js round trips (office-addin-mock)', '');
  lines.push('| rows | syncs to read the tables | syncs to write the pack |', '| ---: | ---: | ---: |');
  for (const s of syncs) lines.push(`| ${fmtInt(s.rows)} | ${s.read} | ${s.write} |`);
  lines.push('', 'Counted on desktop settings (no 5 MB limit). On Excel on the web a read or a pack write larger than 5 MB is split into more syncs of under 5 MB each.', '');
  lines.push('## Custom functions', '');
  lines.push(`Calls per second through the built dist/functions.js (loaded as Excel loads it), median of 5 × ${fmtInt(fns.calls)} calls:`, '');
  lines.push(`- YOT.EXITDATE: ${fmtInt(fns.exitDatePerSecond)} calls/s`, `- YOT.VACANCYSTAGE: ${fmtInt(fns.vacancyStagePerSecond)} calls/s`, '');
  lines.push('## Taskpane load', '');
  lines.push(`- Initial JavaScript (loaded by taskpane.html, excluding Microsoft's office.js): ${tp.initialFiles.map((f) => `${f.file} ${f.gzipKb.toFixed(1)} KB`).join(', ')}; ${tp.initialGzipKb.toFixed(1)} KB gzipped in all.`);
  lines.push(`- Lazy-loaded: ${tp.lazyFiles.length === 0 ? 'nothing' : tp.lazyFiles.map((f) => `${f.file} (${f.gzipKb.toFixed(1)} KB gzipped${f.contains ? `: ${f.contains}` : ''})`).join('; ')}.`);
  lines.push(`- exceljs in the first load: ${tp.exceljsInitial ? '**yes**' : 'no'}.`);
  lines.push(`- Check view's controls on screen in headless Chromium (navigation start to the later of the first contentful paint and the first frame with the Check button in the page, median of ${tp.renderRuns} loads, standalone): ${tp.firstRenderMs === null ? `not measured (${tp.note})` : `${tp.firstRenderMs.toFixed(0)} ms (first contentful paint ${tp.firstPaintMs?.toFixed(0)} ms)`}.`);
  lines.push(`- Interactive (React has committed: the Check button's handler is attached, the 'yot:rendered' mark): ${tp.interactiveMs === null ? 'not measured' : `${tp.interactiveMs.toFixed(0)} ms`}.`);
  lines.push(`- Microsoft's Office-Addin-TaskPane-React template, built from its repository and served and loaded the same way, alternating with ours (its button on screen): ${tp.reference ? `${tp.reference.visibleMs.toFixed(0)} ms (first contentful paint ${tp.reference.firstPaintMs.toFixed(0)} ms)` : `not measured: ${tp.referenceNote ?? tp.note}`}.`);
  lines.push('', 'What profiling found, what was changed (before and after), and why any target is still missed: [history.md](history.md).', '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  process.stdout.write('YOT add-in benchmark\n');
  const sizes: SizeResult[] = [];
  const syncs: SyncCounts[] = [];
  const cores: CoreRate[] = [];
  const mems: PackMemory[] = [];
  const ios: IoResult[][] = [];
  // The browser and the functions first (a few minutes at most), then the sizes; results.md is
  // written after each size, so a run stopped part-way still leaves what it measured.
  const fns = measureFunctions(path.join(ROOT, 'dist'));
  let tp = await taskpaneLoad(path.join(ROOT, 'dist'));
  let md = '';
  for (const rows of SIZES) {
    const file = await dataFile(rows);
    process.stdout.write(`  measuring ${fmtInt(rows)} rows…\n`);
    if (!LIGHT.has(rows)) sizes.push(measureSize(rows, file));
    cores.push(measureCore(rows));
    mems.push(measurePackMemory(rows, file));
    const io = measureIo(rows, file);
    for (const r of io) ioRows.set(r, rows);
    ios.push(io);
    syncs.push(await officeSyncs(rows, generateRows(rows)));
    md = report(sizes, cores, syncs, fns, tp, mems, ios);
    writeFileSync(path.join(ROOT, 'bench', 'results.md'), md);
  }
  if (!tp.reference && referenceDist()) {
    // The reference template's build appeared while the sizes ran: measure the two side by side now.
    tp = await taskpaneLoad(path.join(ROOT, 'dist'));
    md = report(sizes, cores, syncs, fns, tp, mems, ios);
  }
  writeFileSync(path.join(ROOT, 'bench', 'results.md'), md);
  process.stdout.write(`\n${md}\nWritten to bench/results.md\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
