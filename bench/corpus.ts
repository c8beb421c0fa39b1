/**
 * The hostile corpus (test/helpers/hostile.ts, issue #14) measured: every kind of
 * bad input run through the real CLI, each in a process of its own, with its wall
 * time and the process's peak memory (max RSS, Node's own baseline included). The
 * tests assert what each case says and that nothing leaks; how long and how much
 * memory are measured here, never asserted as times in a test.
 *
 *   npm run bench:corpus    writes bench/corpus-results.md
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostileCases, type HostileCase } from '../test/helpers/hostile';
import { main } from '../src/cli/main';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** A case still running after this long is a hang: it is stopped and reported as one. */
const TIMEOUT_MS = 120_000;

interface CaseResult {
  readonly name: string;
  readonly exit: number | null;
  readonly ms: number;
  readonly peakMb: number | null;
  readonly hung: boolean;
}

function argvFor(c: HostileCase, file: string, dir: string): string[] {
  const extra = [...(c.args ?? [])];
  if (c.command === 'pack') {
    if (!extra.includes('--out')) extra.push('--out', path.join(dir, 'pack.xlsx'));
    return ['pack', file, ...extra];
  }
  return ['validate', file, '--format', 'json', ...extra];
}

/** In the child: run the CLI once, throw its output away, print what it cost. */
async function runOne(cwd: string, argv: string[]): Promise<void> {
  const start = performance.now();
  const code = await main(argv, { stdout: () => undefined, stderr: () => undefined, now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd });
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

async function measureAll(): Promise<CaseResult[]> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-corpus-bench-'));
  const results: CaseResult[] = [];
  try {
    for (const c of hostileCases()) {
      const dir = await fs.mkdtemp(path.join(root, 'case-'));
      const file = await c.make(dir);
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [__filename, 'run', dir, ...argvFor(c, file, dir)], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024 });
      const hung = run.error !== undefined && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
      let parsed: { code: number; ms: number; maxRssKb: number } | null = null;
      try {
        parsed = JSON.parse(run.stdout) as { code: number; ms: number; maxRssKb: number };
      } catch {
        parsed = null;
      }
      results.push({ name: c.name, exit: parsed?.code ?? run.status, ms: parsed?.ms ?? performance.now() - t0, peakMb: parsed ? parsed.maxRssKb / 1024 : null, hung });
      await fs.rm(dir, { recursive: true, force: true });
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  return results;
}

function report(results: readonly CaseResult[]): string {
  const byTime = [...results].sort((a, b) => b.ms - a.ms);
  const byMemory = [...results].filter((r) => r.peakMb !== null).sort((a, b) => b.peakMb! - a.peakMb!);
  const fmt = (r: CaseResult) => `| ${r.name.replace(/\|/g, '\\|')} | ${r.exit ?? 'none'} | ${r.ms.toFixed(0)} ms | ${r.peakMb === null ? 'not known' : `${r.peakMb.toFixed(0)} MB`} |`;
  const hung = results.filter((r) => r.hung);
  const lines = [
    '# The hostile corpus, measured',
    '',
    `Every kind of bad input in test/helpers/hostile.ts (${results.length} kinds) run through \`yot\` in a process of its own on ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}. Time is the CLI's own run (the input is made beforehand); peak memory is the process's max RSS, Node's baseline included. Made by \`npm run bench:corpus\`.`,
    '',
    `- Hung (stopped after ${TIMEOUT_MS / 1000} s): ${hung.length === 0 ? 'none' : hung.map((r) => r.name).join(', ')}.`,
    `- Slowest: ${byTime[0] ? `${byTime[0].name}, ${byTime[0].ms.toFixed(0)} ms` : 'none'}; median ${byTime.length ? byTime[Math.floor(byTime.length / 2)]!.ms.toFixed(0) : 0} ms.`,
    `- Most memory: ${byMemory[0] ? `${byMemory[0].name}, ${byMemory[0].peakMb!.toFixed(0)} MB` : 'not known'}.`,
    '',
    '## The 15 slowest',
    '',
    '| case | exit | time | peak memory |',
    '| --- | --- | --- | --- |',
    ...byTime.slice(0, 15).map(fmt),
    '',
    '## The 15 largest',
    '',
    '| case | exit | time | peak memory |',
    '| --- | --- | --- | --- |',
    ...byMemory.slice(0, 15).map(fmt),
    '',
  ];
  return lines.join('\n');
}

async function run(): Promise<void> {
  if (process.argv[2] === 'run') {
    await runOne(process.argv[3]!, process.argv.slice(4));
    return;
  }
  const results = await measureAll();
  const text = report(results);
  writeFileSync(path.join(ROOT, 'bench', 'corpus-results.md'), text);
  process.stdout.write(`${text}\n`);
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
