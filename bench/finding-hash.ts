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
import { readRecords } from '../src/core/records/read';
import type { Cell, Grid } from '../src/core/records/types';
import { runRules, validateWorkbook } from '../src/core/validate';
import type { Finding } from '../src/core/rules/define';
import { NPF_2021 } from '../src/core/rulebook';
import { ALLOC_HEADERS, BENCH_AS_OF, DISPUTE_HEADERS, generateRows, SEC_HEADERS, VAC_HEADERS } from './generate';

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
  const cell = (c: string | number | Date | null): Cell => (c instanceof Date ? fromUtcDate(c) : c);
  const grid = (sheet: string, headers: string[], list: (string | number | Date | null)[][]): Grid => ({
    kind: 'table',
    sheet,
    originRow: 3,
    originCol: 1,
    values: [headers, ...list.map((r, i) => r.map((c, j) => (plant && i % 37 === 0 && (j === 0 || j === 3) ? `${String(c)} ${PLANTS[i % PLANTS.length]}` : plant && i % 53 === 0 && j === 0 ? String(g.secondments[0]![0]) : cell(c))))],
  });
  const { records, findings: read } = readRecords({
    source: 'synthetic',
    sheetNames: ['Secondments', 'Vacancies', 'Allocations', 'Disputes'],
    grids: {
      Secondments: grid('Secondments', SEC_HEADERS, g.secondments),
      Vacancies: grid('Vacancies', VAC_HEADERS, g.vacancies),
      Allocations: grid('Allocations', ALLOC_HEADERS, g.allocations),
      Disputes: grid('Disputes', DISPUTE_HEADERS, g.disputes),
    },
  });
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
