import type { TableName } from '../../records/types';
import { firstEarlier } from '../../util/duplicate-keys';
import { defineRule } from '../define';
import { DATA_TABLE_CITATIONS } from './table-citations';

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
  tableCitations: DATA_TABLE_CITATIONS,
  description: 'An ID appears more than once in one table.',
  messages: {
    duplicate: '{{label}} "{{id}}" should identify one row only; found it already on row {{firstRow}}.',
    duplicateYot: 'The Allocations table should have one row per YOT; found "{{id}}" already on row {{firstRow}}.',
  },
  check({ records }, report) {
    const check = <R extends { row: number }>(table: TableName, label: string, field: 'id' | 'yot', rows: readonly R[], keyOf: (r: R) => string | null): void => {
      const earlier = firstEarlier(rows.map(keyOf));
      for (let i = 0; i < rows.length; i++) {
        const j = earlier[i]!;
        if (j < 0) continue;
        const key = keyOf(rows[i]!)!;
        const place = { table, row: rows[i]!.row, field, key };
        const first = rows[j]!.row;
        if (table === 'Allocations') report('duplicateYot', { id: key, firstRow: first }, place);
        else report('duplicate', { label, id: key, firstRow: first }, place);
      }
    };
    check('Secondments', 'Secondment ID', 'id', records.secondments, (r) => r.id);
    check('Vacancies', 'Vacancy ID', 'id', records.vacancies, (r) => r.id);
    check('Disputes', 'Dispute ID', 'id', records.disputes, (r) => r.id);
    check('Allocations', 'YOT', 'yot', records.allocations, (r) => r.yot);
  },
});
