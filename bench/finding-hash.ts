/**
 * A tool for changes to the engine that must not change what it finds: one hash of every
 * finding (every field, its message and facts included, in order) of the sample workbooks,
 * of the generated 10,000- and 100,000-row registers, and of a generated register with NI
 * numbers and control characters planted in its IDs, YOT names and text dates (so the
 * screening's slow path is hashed too). Run before and after; the lines must be the same.
 * The `check` lines hash what the user gets: `validateWorkbooks` (check()'s path) with names
 * withheld and with names, for one workbook at a time and for several brought together
 * (so data/duplicate-across-workbooks is hashed too).
 *
 *   npx tsc -p tsconfig.bench.json && node bench/out/bench/finding-hash.js
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { readWorkbookFile } from '../src/adapters/xlsx/read';
import { fromUtcDate, fromYmd } from '../src/core/dates';
import { readGenerated } from './core-only';
import { runRules, validateWorkbook } from '../src/core/validate';
import { readWorkbook, validateWorkbooks, type Workbook } from '../src/core/check';
import type { Finding } from '../src/core/rules/define';
import { NPF_2021 } from '../src/core/rulebook';
import { BENCH_AS_OF, generateRows } from './generate';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function hash(findings: readonly Finding[]): string {
  const h = createHash('sha256');
  for (const f of findings) {
    h.update(JSON.stringify(f));
    // Every field by name too, in case a field is not an own enumerable property.
    h.update(JSON.stringify([f.rule, f.severity, f.table, f.sheet, f.row, f.column, f.cell, f.col, f.key, f.messageId, f.data, f.message, f.citation]));
  }
  return `${findings.length} ${h.digest('hex').slice(0, 16)}`;
}

const PLANTS = ['QQ 12 34 56 C', 'ab123456d', 'x\u001b[31mred', 'bidi\u202eevil', 'ＱＱ１２３４５６Ｃ', 'row 123456', 'AB-12-34-56'];

function generatedWorkbook(rows: number, plant: boolean, source: string, hostile = false): Workbook {
  const { records, findings } = generatedRecords(rows, plant, hostile);
  return { source, records, readFindings: findings };
}

/** The user's findings: check()'s path, names withheld and with names. */
function checked(workbooks: readonly Workbook[], asOf: number): string {
  return [false, true]
    .map((names) => {
      const out = validateWorkbooks(workbooks, asOf, NPF_2021, names).workbooks;
      return `${names ? 'names' : 'withheld'} ${out.map((w) => hash(w.findings)).join(' | ')}`;
    })
    .join(' ; ');
}

function generated(rows: number, plant: boolean): Finding[] {
  const { records, findings: read } = generatedRecords(rows, plant);
  return [...read, ...runRules(records, BENCH_AS_OF, NPF_2021)];
}

/** Secondee names that are also words of the messages, accented, an NI number, a control character. */
const HOSTILE_NAMES = ['Row Also', 'José Núñez', 'Secondment ID', 'Expected', 'QQ 12 34 56 C', 'Ann\u0007 Lee', 'Ｓｅｃｏｎｄｅｅ ７', 'NW', 'Board'];
/** IDs that carry a name: in either order, run together, another case, accents, width and spacing. */
const NAMED_IDS = ['Secondee 3', 'secondee, 5', 'SECONDEE  7', 'Secondee7', 'Sécondée 9', 'Núñez José', 'ANN LEE', 'row also'];

function generatedRecords(rows: number, plant: boolean, hostile = false): ReturnType<typeof readGenerated> {
  const g = generateRows(rows);
  const first = String(g.secondments[0]![0]);
  return readGenerated(g, (c, sheet, i, j) =>
    hostile && sheet === 'Secondments' && j === 8 && i % 11 === 0
      ? HOSTILE_NAMES[(i / 11) % HOSTILE_NAMES.length]!
      : hostile && j === 0 && i % 7 === 0
        ? `${String(c)} ${NAMED_IDS[i % NAMED_IDS.length]!}`
        : plant && i % 37 === 0 && (j === 0 || j === 3) ? `${String(c)} ${PLANTS[i % PLANTS.length]}` : plant && i % 53 === 0 && j === 0 ? first : c instanceof Date ? fromUtcDate(c) : c,
  );
}

async function main(): Promise<void> {
  const samples: Workbook[] = [];
  for (const name of ['north-west-tracker.xlsx', 'north-west-tracker-previous.xlsx']) {
    const { raw } = await readWorkbookFile(path.join(ROOT, 'samples', name));
    for (const asOf of [fromYmd(2025, 6, 30), fromYmd(2026, 3, 31)]) {
      process.stdout.write(`${name} ${asOf} ${hash(validateWorkbook(raw, { asOf }).findings)}\n`);
      process.stdout.write(`check ${name} ${asOf} ${checked([readWorkbook(raw)], asOf)}\n`);
    }
    samples.push(readWorkbook(raw));
  }
  process.stdout.write(`check both samples ${checked(samples, fromYmd(2026, 3, 31))}\n`);
  for (const rows of [10_000, 100_000]) process.stdout.write(`generated ${rows} ${hash(generated(rows, false))}\n`);
  process.stdout.write(`planted 20000 ${hash(generated(20_000, true))}\n`);
  for (const rows of [10_000, 100_000]) process.stdout.write(`check generated ${rows} ${checked([generatedWorkbook(rows, false, 'generated.xlsx')], BENCH_AS_OF)}\n`);
  const planted = generatedWorkbook(20_000, true, 'planted QQ123456C.xlsx');
  process.stdout.write(`check planted 20000 ${checked([planted], BENCH_AS_OF)}\n`);
  // Several workbooks in one check: the same IDs in each, so every row clashes with the first.
  process.stdout.write(`check hostile names 20000 ${checked([generatedWorkbook(20_000, true, 'Secondee 3 José Núñez.xlsx', true)], BENCH_AS_OF)}\n`);
  process.stdout.write(`check three ${checked([generatedWorkbook(10_000, false, 'a.xlsx'), planted, generatedWorkbook(5_000, false, 'c.xlsx')], BENCH_AS_OF)}\n`);
}

void main();
