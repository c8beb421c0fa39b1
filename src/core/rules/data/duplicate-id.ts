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
/**
 * The ID compared without case or surrounding spaces. Most IDs are already upper case and
 * trimmed, so they are used as they are: no new string per row on a national register.
 */
function caseless(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c > 127 || ((i === 0 || i === id.length - 1) && c <= 32)) return id.trim().toUpperCase();
  }
  return id;
}

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
    const check = (table: TableName, label: string, field: 'id' | 'yot', rows: readonly { row: number }[], keyOf: (r: never) => string | null): void => {
      const firstRow = new Map<string, number>();
      for (const r of rows) {
        const key = keyOf(r as never);
        if (key === null) continue;
        const k = caseless(key);
        if (k === '') continue;
        const first = firstRow.get(k);
        if (first === undefined) {
          firstRow.set(k, r.row);
        } else {
          const place = { table, row: r.row, field, key };
          if (table === 'Allocations') report('duplicateYot', { id: key, firstRow: first }, place);
          else report('duplicate', { label, id: key, firstRow: first }, place);
        }
      }
    };
    check('Secondments', 'Secondment ID', 'id', records.secondments, (r: { id: string | null }) => r.id);
    check('Vacancies', 'Vacancy ID', 'id', records.vacancies, (r: { id: string | null }) => r.id);
    check('Disputes', 'Dispute ID', 'id', records.disputes, (r: { id: string | null }) => r.id);
    check('Allocations', 'YOT', 'yot', records.allocations, (r: { yot: string | null }) => r.yot);
  },
});
