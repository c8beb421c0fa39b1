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
  /**
   * The same runs in CPU time (user + system, all the process's threads): on a machine
   * shared with other work, wall-clock time includes waiting for a core; this does not.
   */
  cpuMs: number;
  rowsPerCpuSecond: number;
  /** Findings made per run, every one with its message. */
  findings: number;
}

export function coreRate(rows: number): CoreRate {
  const records = recordsFor(rows);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 10; i++) runRules(records, BENCH_AS_OF, NPF_2021);
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < 15; i++) {
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const found = runRules(records, BENCH_AS_OF, NPF_2021);
    // The messages are part of what the user gets: read every one inside the timing.
    let chars = 0;
    for (const f of found) chars += f.message.length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    findings = chars > 0 ? found.length : 0;
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const validateMs = median(times);
  const cpuMs = median(cpu);
  return { rows, validateMs, rowsPerSecond: rows / (validateMs / 1000), cpuMs, rowsPerCpuSecond: rows / (cpuMs / 1000), findings };
}

if (require.main === module) process.stdout.write(JSON.stringify(coreRate(Number(process.argv[2]))));
