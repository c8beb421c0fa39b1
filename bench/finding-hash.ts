/**
 * A tool for changes to the engine that must not change what it finds: one hash of every
 * finding (every field, its message and facts included, in order) of the sample workbooks,
 * of the generated 10,000- and 100,000-row registers, and of a generated register with NI
 * numbers and control characters planted in its IDs, YOT names and text dates (so the
 * screening's slow path is hashed too). Run before and after; the lines must be the same.
 *
 *   npx tsc -p tsconfig.bench.json && node bench/out/bench/finding-hash.js
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { readWorkbookFile } from '../src/adapters/xlsx/read';
import { fromUtcDate, fromYmd } from '../src/core/dates';
import { readGenerated } from './core-only';
import { runRules, validateWorkbook } from '../src/core/validate';
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

function generated(rows: number, plant: boolean): Finding[] {
  const g = generateRows(rows);
  const first = String(g.secondments[0]![0]);
  const { records, findings: read } = readGenerated(g, (c, _sheet, i, j) =>
    plant && i % 37 === 0 && (j === 0 || j === 3) ? `${String(c)} ${PLANTS[i % PLANTS.length]}` : plant && i % 53 === 0 && j === 0 ? first : c instanceof Date ? fromUtcDate(c) : c,
  );
  return [...read, ...runRules(records, BENCH_AS_OF, NPF_2021)];
}

async function main(): Promise<void> {
  for (const name of ['north-west-tracker.xlsx', 'north-west-tracker-previous.xlsx']) {
    const { raw } = await readWorkbookFile(path.join(ROOT, 'samples', name));
    for (const asOf of [fromYmd(2025, 6, 30), fromYmd(2026, 3, 31)]) process.stdout.write(`${name} ${asOf} ${hash(validateWorkbook(raw, { asOf }).findings)}\n`);
  }
  for (const rows of [10_000, 100_000]) process.stdout.write(`generated ${rows} ${hash(generated(rows, false))}\n`);
  process.stdout.write(`planted 20000 ${hash(generated(20_000, true))}\n`);
}

void main();
