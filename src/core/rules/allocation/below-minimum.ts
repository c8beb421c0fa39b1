import { yotsOf } from '../../calc/identity';
import { yotKey } from '../../calc/allocation';
import { day, defineRule, fte } from '../define';

/** Float noise (0.1 + 0.2) must not make 0.5 FTE look under 0.5. */
const TOLERANCE = 1e-9;

/**
 * allocation/below-minimum: "0.5 FTE minimum ... retained across all YOTs"
 * (NPF 2021 §5.1). Every YOT named anywhere in the workbook (Secondments,
 * Vacancies, Allocations, Disputes; names matched with case and spacing ignored)
 * is checked, not only YOTs with an Allocations row: a YOT whose only PO post is
 * vacant has 0 FTE. Active PO FTE is the YOT's active Probation PO secondments on
 * the as-of date (ctx.activePoFteByYot). The finding is on the YOT's Allocations
 * row when it has one, else on the first row naming it.
 */
export default defineRule({
  id: 'allocation/below-minimum',
  kind: 'workbook',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.1' },
  description: (rb) => `A YOT named anywhere in the workbook has less than ${rb.minimumPoFte} FTE of active seconded Probation Officers.`,
  messages: {
    below:
      '{{yot}} has {{active}} FTE of active seconded Probation Officers on {{asOf}}; every YOT should have at least {{minimum}} FTE.',
  },
  check({ asOf, rulebook, activePoFteByYot, records }, report) {
    const yots = yotsOf(records);
    const allocationRow = new Map<string, number>();
    for (const a of records.allocations) {
      if (a.yot === null) continue;
      const k = yotKey(a.yot);
      if (!allocationRow.has(k)) allocationRow.set(k, a.row);
    }
    for (const [key, place] of yots) {
      // A Disputes-only name is not a YOT with posts to count (it may be a typo for one): not checked.
      if (place.table === 'Disputes') continue;
      const active = activePoFteByYot.get(key) ?? 0;
      if (active >= rulebook.minimumPoFte - TOLERANCE) continue;
      const row = allocationRow.get(key);
      report(
        'below',
        { yot: place.name, active: fte(active), minimum: rulebook.minimumPoFte, asOf: day(asOf) },
        row !== undefined ? { table: 'Allocations', row, field: 'yot', key: place.name } : { table: place.table, row: place.row, field: 'yot', key: place.name },
      );
    }
  },
});
