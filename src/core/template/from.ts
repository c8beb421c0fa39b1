/**
 * Upgrading an old tracker (`yot template --from old.xlsx`): the records of any
 * workbook the reader reads (synonym headers, title rows, text dates) as rows of
 * the template, by canonical header. Text dates become real dates; drop-down
 * fields take their canonical spelling. A cell that can't be read as its field is
 * carried over as it was written (never lost) and reported; a column the
 * template has no place for is reported cell by cell. Pure: the old workbook
 * arrives as a RawWorkbook and is never written to.
 */
import { parseGrid } from '../records/read';
import { TABLE_SPECS } from '../records/schema';
import { cellText, isBlank } from '../records/values';
import type { Finding } from '../rules/define';
import type { Cell, ColumnMapping, RawWorkbook, Records, TableName } from '../records/types';
import { extensionColumn, type TemplateDocument, type TemplateOptions } from './index';

export interface Upgrade {
  readonly data: TemplateDocument['data'];
  readonly board: NonNullable<TemplateOptions['board']>;
  readonly region: string | null;
  readonly pdus: readonly string[];
  readonly yots: readonly string[];
  /** One plain sentence per cell that could not be carried over as it should. */
  readonly notes: readonly string[];
  /** Records carried, per table. */
  readonly counts: Readonly<Partial<Record<TableName, number>>>;
}

function quote(c: Cell): string {
  return `"${cellText(c)}"`;
}

/** The template's rows for the records of a workbook (`records` as readRecords gave them, for derived values). */
export function upgradeRows(raw: RawWorkbook, records: Records, mapping?: ColumnMapping): Upgrade {
  const data: Partial<Record<TableName, Record<string, string | number | null>[]>> = {};
  const notes: string[] = [];
  const counts: Partial<Record<TableName, number>> = {};
  const pdus = new Set<string>();
  const yots = new Set<string>();
  const scratch: Finding[] = [];
  const ext = extensionColumn();
  for (const name of ['Secondments', 'Vacancies', 'Allocations', 'Disputes'] as const) {
    const grid = raw.grids[name];
    if (!grid) continue;
    const spec = TABLE_SPECS[name];
    const parsed = parseGrid(grid, spec, scratch, (mapping ?? raw.mapping ?? {})[name]);
    if (!parsed) {
      notes.push(`The ${name} sheet has no header row the add-in recognises, so none of its rows were carried over.`);
      continue;
    }
    const cellAt = (row: number, col: number): Cell => grid.values[row - grid.originRow]?.[col - grid.originCol] ?? null;
    const out: Record<string, string | number | null>[] = [];
    for (const r of parsed.rows) {
      const key = r.values[spec.keyField];
      const where = `${name} row ${r.row}${typeof key === 'string' && key !== '' ? ` (${key})` : ''}`;
      const rec: Record<string, string | number | null> = {};
      for (const f of spec.fields) {
        const col = parsed.layout.columns[f.key];
        if (!col) continue;
        const v = r.values[f.key];
        const header = ext && ext.field.key === f.key ? ext.header : f.label;
        if (r.invalid.has(f.key)) {
          const cell = cellAt(r.row, col.col);
          if (isBlank(cell)) continue;
          // Kept as written, so nothing is lost: the add-in will report it in the new tracker as in the old one.
          rec[header] = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell;
          notes.push(`${where}, ${f.label}: ${quote(cell)} is not ${f.type.kind === 'date' ? 'a date' : 'a valid value'}, so it was copied as written; correct it in the new tracker.`);
          continue;
        }
        if (v === null || v === undefined) continue;
        if (ext && ext.field.key === f.key && typeof v === 'number') {
          // Into the template's unit, from the unit the reader keeps (the same number when they agree).
          rec[header] = (v * (ext.unit === 'months' ? 12 : 1)) / ext.storedPerYear;
          continue;
        }
        switch (f.type.kind) {
          case 'band':
            rec[header] = `Band ${v as number}`;
            break;
          case 'yn':
            rec[header] = v ? 'Y' : 'N';
            break;
          default:
            rec[header] = typeof v === 'boolean' ? (v ? 'Y' : 'N') : v;
        }
        if (f.key === 'pdu' && typeof v === 'string') pdus.add(v);
        if (f.key === 'yot' && typeof v === 'string') yots.add(v);
      }
      if (name === 'Allocations' && rec['Deprivation index'] === undefined) {
        // The template asks for the index; an old tracker's factor columns carry over as their mean (as the reader takes them).
        const a = records.allocations.find((x) => x.row === r.row);
        if (a && a.deprivationIndex !== null) rec['Deprivation index'] = a.deprivationIndex;
      }
      for (const u of parsed.layout.unmatched) {
        const cell = cellAt(r.row, u.col);
        if (isBlank(cell)) continue;
        notes.push(`${where}, column "${u.header}": ${quote(cell)} was not carried over, because the template has no such column; add the column to the new tracker if you need it.`);
      }
      out.push(rec);
    }
    data[name] = out;
    counts[name] = out.length;
  }
  const b = records.board;
  const board: Record<'meetingDate' | 'trackerSubmitted' | 'asOf', string | number | null> = { meetingDate: b.meetingDate, trackerSubmitted: b.trackerSubmitted, asOf: b.asOf };
  for (const key of ['meetingDate', 'trackerSubmitted', 'asOf'] as const) {
    const at = b.cells[key];
    if (!b.invalid.has(key) || !at || !raw.board) continue;
    const cell = raw.board.values[at.row - raw.board.originRow]?.[at.col - raw.board.originCol] ?? null;
    if (isBlank(cell) || typeof cell === 'boolean') continue;
    board[key] = cell;
    notes.push(`Board, ${at.label}: ${quote(cell)} is not a date, so it was copied as written; correct it in the new tracker.`);
  }
  return { data, board, region: b.region, pdus: [...pdus].sort(), yots: [...yots].sort(), notes, counts };
}
