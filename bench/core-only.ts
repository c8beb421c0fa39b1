/**
 * Records for the core-only measurements, made straight from the generator's rows
 * (no exceljs in the process), so validation is timed on a heap of its own size.
 */
import { fromUtcDate } from '../src/core/dates';
import { readRecords } from '../src/core/records/read';
import type { Cell, Grid, Records } from '../src/core/records/types';
import { generateRows, SEC_HEADERS, VAC_HEADERS, ALLOC_HEADERS, DISPUTE_HEADERS } from './generate';

function grid(sheet: string, headers: string[], rows: (string | number | Date | null)[][]): Grid {
  const values: Cell[][] = [headers, ...rows.map((r) => r.map((c) => (c instanceof Date ? fromUtcDate(c) : c)))];
  return { kind: 'table', sheet, originRow: 3, originCol: 1, values };
}

export function recordsFor(rows: number): Records {
  const g = generateRows(rows);
  return readRecords({
    source: 'synthetic',
    sheetNames: ['Secondments', 'Vacancies', 'Allocations', 'Disputes'],
    grids: {
      Secondments: grid('Secondments', SEC_HEADERS, g.secondments),
      Vacancies: grid('Vacancies', VAC_HEADERS, g.vacancies),
      Allocations: grid('Allocations', ALLOC_HEADERS, g.allocations),
      Disputes: grid('Disputes', DISPUTE_HEADERS, g.disputes),
    },
  }).records;
}
