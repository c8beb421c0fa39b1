/**
 * Custom function throughput: the built dist/functions.js loaded the way Excel
 * loads it (a stub CustomFunctions.associate collects each function by its id),
 * then EXITDATE and VACANCYSTAGE called many times with varied arguments.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vm from 'node:vm';

type Fn = (...args: unknown[]) => unknown;

export function loadFunctions(distDir: string): Map<string, Fn> {
  const registered = new Map<string, Fn>();
  class CfError extends Error {
    constructor(public code: string, message?: string) {
      super(message);
    }
  }
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: Fn) => registered.set(id, fn),
      Error: CfError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
    },
    console,
    Date,
    Math,
  } as Record<string, unknown>;
  sandbox['self'] = sandbox;
  sandbox['window'] = sandbox;
  sandbox['globalThis'] = sandbox;
  vm.runInNewContext(readFileSync(path.join(distDir, 'functions.js'), 'utf8'), sandbox);
  return registered;
}

export interface FunctionRates {
  exitDatePerSecond: number;
  vacancyStagePerSecond: number;
  calls: number;
}

function rate(fn: Fn, argsFor: (i: number) => unknown[], calls: number): number {
  for (let i = 0; i < 20_000; i++) fn(...argsFor(i)); // warm up
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn(...argsFor(i));
    samples.push(calls / ((performance.now() - t0) / 1000));
  }
  samples.sort((a, b) => a - b);
  return samples[2]!;
}

export function measureFunctions(distDir: string, calls = 200_000): FunctionRates {
  const fns = loadFunctions(distDir);
  const exitDate = fns.get('EXITDATE');
  const vacancyStage = fns.get('VACANCYSTAGE');
  if (!exitDate || !vacancyStage) throw new Error(`dist/functions.js does not register EXITDATE and VACANCYSTAGE (found ${[...fns.keys()].join(', ')})`);
  // Serial dates across 2021–2025, extensions 0/1, both schemes: what a register holds.
  return {
    exitDatePerSecond: rate(exitDate, (i) => [44197 + (i % 1800), i % 2, i % 7 === 0 ? 'Police' : 'Probation'], calls),
    vacancyStagePerSecond: rate(vacancyStage, (i) => [45444 + (i % 400), 45930, i % 3 === 0 ? 45444 + (i % 400) + 95 : null], calls),
    calls,
  };
}
