/**
 * Office.js round trips at national scale, counted with office-addin-mock: the
 * Excel adapter reading the generated tables, and writing the pack built from them.
 */
import { fromUtcDate } from '../src/core/dates';
import { NPF_2021 } from '../src/core/rulebook';
import { validateWorkbook } from '../src/core/validate';
import { buildPack } from '../src/core/pack/model';
import { layoutPack } from '../src/core/pack/layout';
import type { Cell } from '../src/core/records/types';
import { readOpenWorkbook } from '../src/adapters/excel/read';
import { writePackSheets } from '../src/adapters/excel/write-pack';
import { NO_PACK_SHEETS } from '../src/adapters/excel/settings';
import { fakeWorkbook, mockReadContext, mockWorkbook, type SheetSpec } from '../test/helpers/excel-mock';
import { ALLOC_HEADERS, BENCH_AS_OF, DISPUTE_HEADERS, SEC_HEADERS, VAC_HEADERS, type generateRows } from './generate';

export interface SyncCounts {
  rows: number;
  read: number;
  write: number;
}

const cells = (rows: (string | number | Date | null)[][]): Cell[][] => rows.map((r) => r.map((c) => (c instanceof Date ? fromUtcDate(c) : c)));

export async function officeSyncs(rows: number, g: ReturnType<typeof generateRows>): Promise<SyncCounts> {
  const sheets: SheetSpec[] = [
    { name: 'Board', row: 0, col: 0, values: [['As-of date', BENCH_AS_OF]] },
    { name: 'Secondments', table: { name: 'Secondments', row: 2, col: 0 }, row: 2, col: 0, values: [SEC_HEADERS, ...cells(g.secondments)] },
    { name: 'Vacancies', table: { name: 'Vacancies', row: 2, col: 0 }, row: 2, col: 0, values: [VAC_HEADERS, ...cells(g.vacancies)] },
    { name: 'Allocations', table: { name: 'Allocations', row: 2, col: 0 }, row: 2, col: 0, values: [ALLOC_HEADERS, ...cells(g.allocations)] },
    { name: 'Disputes', table: { name: 'Disputes', row: 2, col: 0 }, row: 2, col: 0, values: [DISPUTE_HEADERS, ...cells(g.disputes)] },
  ];
  const { context, stats } = mockReadContext(sheets);
  const raw = await readOpenWorkbook(context, { web: false });
  const result = validateWorkbook(raw, { asOf: BENCH_AS_OF });
  const doc = layoutPack(buildPack([{ source: 'national', region: 'National', records: result.records, findings: result.findings }], { asOf: BENCH_AS_OF, rulebook: NPF_2021, includeNames: false }));
  const write = mockWorkbook(fakeWorkbook(sheets.map((s) => ({ name: s.name }))));
  await writePackSheets(write.context, doc, { web: false, previous: NO_PACK_SHEETS, remember: async () => undefined, support: { conditionalFormats: true, freezePanes: true, printSetup: true, indent: true } });
  return { rows, read: stats.syncs, write: write.stats.syncs };
}
