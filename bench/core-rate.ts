/**
 * Validation throughput in the core alone: records made in memory from the
 * generator (no exceljs, no file in the process), then every rule run over them
 * repeatedly. `node bench/out/bench/core-rate.js <rows>` prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { runRules } from '../src/core/validate';
import { NPF_2021 } from '../src/core/rulebook';
import { recordsFor } from './core-only';
import { BENCH_AS_OF } from './generate';

export interface CoreRate {
  rows: number;
  validateMs: number;
  rowsPerSecond: number;
}

export function coreRate(rows: number): CoreRate {
  const records = recordsFor(rows);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 10; i++) runRules(records, BENCH_AS_OF, NPF_2021);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    gc?.();
    const t0 = performance.now();
    runRules(records, BENCH_AS_OF, NPF_2021);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const validateMs = times[Math.floor(times.length / 2)]!;
  return { rows, validateMs, rowsPerSecond: rows / (validateMs / 1000) };
}

if (require.main === module) process.stdout.write(JSON.stringify(coreRate(Number(process.argv[2]))));
