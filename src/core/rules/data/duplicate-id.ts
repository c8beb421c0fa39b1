import type { TableName } from '../../records/types';
import { defineRule } from '../define';

/**
 * data/duplicate-id: every record is found by its ID (a finding's key, the pack's
 * rows), so an ID used twice in one table makes both rows ambiguous. Secondments,
 * Vacancies and Disputes are keyed by their ID column, Allocations by YOT name
 * (one row per YOT, NPF 2021 §5.1). Every row after the first is reported, naming
 * the first. IDs are compared trimmed and case-insensitively: "V-01" and " v-01 "
 * are the same post to a reader, so they must not be two records.
 */
export default defineRule({
  id: 'data/duplicate-id',
  kind: 'workbook',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 i (a clear evidence trail)' },
  description: 'An ID appears more than once in one table.',
  messages: {
    duplicate: '{{label}} "{{id}}" should identify one row only; found it already on row {{firstRow}}.',
    duplicateYot: 'The Allocations table should have one row per YOT; found "{{id}}" already on row {{firstRow}}.',
  },
  check({ records }, report) {
    const tables: readonly [TableName, string, readonly { row: number; key: string | null }[]][] = [
      ['Secondments', 'Secondment ID', records.secondments.map((r) => ({ row: r.row, key: r.id }))],
      ['Vacancies', 'Vacancy ID', records.vacancies.map((r) => ({ row: r.row, key: r.id }))],
      ['Disputes', 'Dispute ID', records.disputes.map((r) => ({ row: r.row, key: r.id }))],
      ['Allocations', 'YOT', records.allocations.map((r) => ({ row: r.row, key: r.yot }))],
    ];
    for (const [table, label, rows] of tables) {
      const firstRow = new Map<string, number>();
      for (const { row, key } of rows) {
        if (key === null) continue;
        const k = key.trim().toLowerCase();
        if (k === '') continue;
        const first = firstRow.get(k);
        if (first === undefined) {
          firstRow.set(k, row);
        } else {
          const place = { table, row, field: table === 'Allocations' ? 'yot' : 'id', key };
          if (table === 'Allocations') report('duplicateYot', { id: key, firstRow: first }, place);
          else report('duplicate', { label, id: key, firstRow: first }, place);
        }
      }
    }
  },
});
