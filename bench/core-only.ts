/**
 * Records for the core-only measurements, made straight from the generator's rows
 * (no exceljs in the process), so validation is timed on a heap of its own size.
 */
import { fromUtcDate } from '../src/core/dates';
import { readRecords } from '../src/core/records/read';
import type { Cell, Grid, Records } from '../src/core/records/types';
import { generateRows, SEC_HEADERS, VAC_HEADERS, ALLOC_HEADERS, DISPUTE_HEADERS } from './generate';

type Row = (string | number | Date | null)[];
/** What a generated cell becomes in the grid: dates as Excel serials, or as a caller plants. */
export type CellOf = (value: Row[number], sheet: string, row: number, col: number) => Cell;
const plain: CellOf = (c) => (c instanceof Date ? fromUtcDate(c) : c);

function grid(sheet: string, headers: string[], rows: Row[], cell: CellOf): Grid {
  const values: Cell[][] = [headers, ...rows.map((r, i) => r.map((c, j) => cell(c, sheet, i, j)))];
  return { kind: 'table', sheet, originRow: 3, originCol: 1, values };
}

/** The generator's rows read as the readers would hand them over (each cell through `cell`). */
export function readGenerated(g: ReturnType<typeof generateRows>, cell: CellOf = plain): ReturnType<typeof readRecords> {
  return readRecords({
    source: 'synthetic',
    sheetNames: ['Secondments', 'Vacancies', 'Allocations', 'Disputes'],
    grids: {
      Secondments: grid('Secondments', SEC_HEADERS, g.secondments, cell),
      Vacancies: grid('Vacancies', VAC_HEADERS, g.vacancies, cell),
      Allocations: grid('Allocations', ALLOC_HEADERS, g.allocations, cell),
      Disputes: grid('Disputes', DISPUTE_HEADERS, g.disputes, cell),
    },
  });
}

export function recordsFor(rows: number): Records {
  return readGenerated(generateRows(rows)).records;
}
