/**
 * `yot pack`'s path up to the writer, stage by stage, in one fresh process:
 * `node bench/out/bench/pipeline-stages.js <file.xlsx>` prints JSON with each
 * stage's wall-clock and CPU time (`process.cpuUsage`, which a shared machine's
 * load affects far less) and the heap and resident memory after it.
 *
 * The stages are the CLI's own (src/cli/pack.ts, core/make-pack.ts): the direct
 * reader, parsing into records, the SHA-256 of the input for the Cover,
 * validation with name withholding, the pack model (with validation's
 * withholder, as makePack passes it) and the layout. As the CLI does, the raw
 * cell grid is let go after parsing and the records once the pack is made; run
 * with --expose-gc for the heap figures after each is let go.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readWorkbookFile } from '../src/adapters/xlsx/read';
import { readWorkbook, validateWorkbooks, type Workbook } from '../src/core/check';
import type { RawWorkbook } from '../src/core/records/types';
import { NPF_2021 } from '../src/core/rulebook';
import { buildPack, type PackInput } from '../src/core/pack/model';
import { layoutPack } from '../src/core/pack/layout';
import { BENCH_AS_OF } from './generate';

export interface StageFigures {
  ms: number;
  cpuMs: number;
  heapMb: number;
  rssMb: number;
}

const mb = (n: number) => Math.round(n / 1048576);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function stage<T>(out: Record<string, StageFigures>, name: string, fn: () => Promise<T> | T): Promise<T> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  const m = process.memoryUsage();
  out[name] = { ms: Math.round(performance.now() - t0), cpuMs: Math.round((c.user + c.system) / 1000), heapMb: mb(m.heapUsed), rssMb: mb(m.rss) };
  return value;
}

export async function pipelineStages(file: string): Promise<Record<string, unknown>> {
  const baseRssMb = mb(process.memoryUsage().rss);
  const stages: Record<string, StageFigures> = {};
  let raw: RawWorkbook | null = (await stage(stages, 'read', () => readWorkbookFile(file, { maxFileMb: 1024 }))).raw;
  let wb: Workbook | null = await stage(stages, 'parse', () => readWorkbook(raw!));
  raw = null;
  gc();
  const recordsHeapMb = mb(process.memoryUsage().heapUsed);
  await stage(stages, 'hash', async () => createHash('sha256').update(await fs.readFile(file)).digest('hex'));
  const checked = await stage(stages, 'validate', () => validateWorkbooks([wb!], BENCH_AS_OF, NPF_2021, false));
  let inputs: PackInput[] | null = checked.workbooks.map((w) => ({ source: w.source, region: w.region, records: w.records, findings: w.findings }));
  const model = await stage(stages, 'model', () => buildPack(inputs!, { asOf: BENCH_AS_OF, rulebook: NPF_2021, includeNames: false, scrub: checked.scrub }));
  const doc = await stage(stages, 'layout', () => layoutPack(model, { generatedAt: new Date(0), previous: null }));
  wb = null;
  inputs = null;
  checked.workbooks.length = 0;
  gc();
  const modelAndDocHeapMb = mb(process.memoryUsage().heapUsed);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { file: path.basename(file), stages, baseRssMb, peakRssMb, recordsHeapMb, modelAndDocHeapMb, sheets: doc.sheets.length };
}

if (require.main === module) {
  pipelineStages(process.argv[2]!)
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e));
      process.exit(1);
    });
}
