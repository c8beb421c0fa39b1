/**
 * Validation throughput in the core alone: records made in memory from the
 * generator (no exceljs, no file in the process), then run repeatedly two ways:
 * the rules alone (`runRules`, every message read), and `check()`, the entry point
 * the CLI and the task pane call, which gives findings as the user gets them
 * (sorted, secondee names withheld from every message and key, each message made
 * once and kept). The target is judged on `check()`.
 * `node bench/out/bench/core-rate.js <rows>` prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { runRules } from '../src/core/validate';
import { check } from '../src/core/check';
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
  /** `check()` on the same records: findings as the user gets them (sorted, names withheld, kept). */
  check: { validateMs: number; rowsPerSecond: number; cpuMs: number; rowsPerCpuSecond: number; findings: number };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median wall and CPU milliseconds of `runs` timed calls of `fn`, after a full collection before each. */
function timed(runs: number, fn: () => number): { ms: number; cpuMs: number; count: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  const cpu: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    count = fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), count };
}

export function coreRate(rows: number): CoreRate {
  const records = recordsFor(rows);
  const rules = (): number => {
    const found = runRules(records, BENCH_AS_OF, NPF_2021);
    // The messages are part of what the user gets: read every one inside the timing.
    let chars = 0;
    for (const f of found) chars += f.message.length;
    return chars > 0 ? found.length : 0;
  };
  const workbooks = [{ source: 'synthetic', records, readFindings: [] }];
  const checked = (): number => {
    const result = check(workbooks, { asOf: BENCH_AS_OF, today: BENCH_AS_OF, rulebook: NPF_2021 });
    let n = 0;
    for (const w of result.workbooks) for (const f of w.findings) n += f.message.length > 0 ? 1 : 0;
    return n;
  };
  for (let i = 0; i < 10; i++) rules();
  const r = timed(15, rules);
  for (let i = 0; i < 5; i++) checked();
  const c = timed(15, checked);
  return {
    rows,
    validateMs: r.ms,
    rowsPerSecond: rows / (r.ms / 1000),
    cpuMs: r.cpuMs,
    rowsPerCpuSecond: rows / (r.cpuMs / 1000),
    findings: r.count,
    check: { validateMs: c.ms, rowsPerSecond: rows / (c.ms / 1000), cpuMs: c.cpuMs, rowsPerCpuSecond: rows / (c.cpuMs / 1000), findings: c.count },
  };
}

if (require.main === module) process.stdout.write(JSON.stringify(coreRate(Number(process.argv[2]))));
