import type { Records, TableName } from '../../records/types';
import { defineRule, type Finding } from '../define';
import { makeFinding } from '../finding';

/**
 * data/duplicate-across-workbooks: in a national roll-up, an ID that appears in
 * two regional workbooks. The rows are kept apart and both counted, never merged
 * silently: the Vacancy Tracker is each region's evidence (NPF 2021 §5.5 vi), so
 * the region whose ID is wrong has to correct it.
 *
 * A parse rule: it has no check of its own, because no single workbook can see
 * the clash. {@link crossWorkbookDuplicates} makes its findings when the pack
 * brings the workbooks together.
 */
const rule = defineRule({
  id: 'data/duplicate-across-workbooks',
  kind: 'parse',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 vi' },
  description: 'An ID appears in more than one of the regional workbooks brought together in one pack.',
  messages: {
    duplicate:
      '{{field}} {{id}} also appears in {{otherSource}} ({{otherRegion}}, {{otherSheet}} row {{otherRow}}); expected each ID once across the workbooks in one pack. Both rows are counted separately, not merged: correct the ID in one of the workbooks.',
  },
});
export default rule;

/** One workbook brought into a roll-up: where it came from, its region and its records. */
export interface WorkbookForDuplicates {
  readonly source: string;
  readonly region: string;
  readonly records: Records;
}

const ID_TABLES = [
  { table: 'Secondments', field: 'Secondment ID', list: (r: Records) => r.secondments },
  { table: 'Vacancies', field: 'Vacancy ID', list: (r: Records) => r.vacancies },
  { table: 'Disputes', field: 'Dispute ID', list: (r: Records) => r.disputes },
] as const satisfies readonly { table: TableName; field: string; list: (r: Records) => readonly { id: string | null; row: number }[] }[];

/** IDs compare as people read them: case and surrounding spaces don't make two IDs different. */
function idKey(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * The findings for IDs seen in an earlier workbook of the list: every row of a
 * later workbook whose ID (same table, ignoring case) is already in an earlier
 * one, pointing at its own ID cell and naming the first workbook that has it.
 * Returns one list per workbook, in the order given. Duplicates inside one
 * workbook are data/duplicate-id's, not reported here.
 * @example crossWorkbookDuplicates([northWest, wales]) //=> [[], [finding for Wales's NW-S001 row]]
 */
export function crossWorkbookDuplicates(workbooks: readonly WorkbookForDuplicates[]): Finding[][] {
  const out: Finding[][] = workbooks.map(() => []);
  // One workbook alone has nothing to clash with (its own repeats are data/duplicate-id's): no ID need be read.
  if (workbooks.length < 2) return out;
  const last = workbooks.length - 1;
  for (const { table, field, list } of ID_TABLES) {
    const firstSeen = new Map<string, { index: number; row: number }>();
    workbooks.forEach((wb, index) => {
      // The last workbook's IDs are only looked up: no later workbook will look for them.
      const seenHere = index === last ? null : new Map<string, { index: number; row: number }>();
      for (const rec of list(wb.records)) {
        if (rec.id === null || rec.id.trim() === '') continue;
        const key = idKey(rec.id);
        const earlier = firstSeen.get(key);
        if (earlier) {
          const other = workbooks[earlier.index]!;
          const layout = wb.records.layouts[table];
          const column = layout?.columns['id'];
          out[index]!.push(
            makeFinding(
              rule,
              'duplicate',
              {
                field,
                id: rec.id,
                otherSource: other.source,
                otherRegion: other.region,
                otherSheet: other.records.layouts[table]?.sheet ?? table,
                otherRow: earlier.row,
              },
              { table, sheet: layout?.sheet ?? null, row: rec.row, col: column?.col ?? null, header: column?.header ?? null, key: rec.id },
            ),
          );
        } else if (seenHere !== null && !seenHere.has(key)) {
          seenHere.set(key, { index, row: rec.row });
        }
      }
      if (seenHere !== null) for (const [k, v] of seenHere) firstSeen.set(k, v);
    });
  }
  return out;
}
